#!/usr/bin/env python3
"""Build the holdout82 blind test corpus: 150 hand-written support mails
(private schools under contract, enseignement catholique, Pays de la Loire and
Bretagne) and their labels.

Standard library only, deterministic.  Every mail text below was written by
hand; this script only wraps each text in headers and a transfer encoding,
writes h001.eml ... h150.eml and labels.jsonl next to itself, then re-reads
everything and checks it.

    python3 make_holdout82.py
"""
import html
import json
import os
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20250882)
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
    "subscription_activation", "head_of_establishment_request", "order_billing",
    "contract_documents", "transfer_incident", "automated", "other",
]
# categories whose default action never allows an automatic answer
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
DEFAULT_AUTO = {"password_reset": True, "missing_noreply_mail": True,
                "mailinblack_spam": True, "subscription_activation": True,
                "account_creation": True}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

# shared/spec/regions.md
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
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr",
}
DEPT2REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        DEPT2REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN2REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def check_letter(digits):
    return LETTERS[int(digits) % 23]


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = parseaddr(sender)[1].rpartition("@")[2].lower()
    return DOMAIN2REGION.get(dom)


MAILS = []


def m(cat, frm, subj, body, *, lang="fr", uai=None, plat=None, auto=None, hard=False,
      notes="", client="tb", cte="8bit", fmt="plain", att=None, hdrs=(), reply=False,
      to=None, cc=None, raw=None, rpath=None, auth="pass"):
    """Record one hand-written mail and its label."""
    if auto is None:
        auto = DEFAULT_AUTO.get(cat, False)
    MAILS.append(dict(cat=cat, frm=frm, subj=subj, body=body, lang=lang, uai=uai,
                      plat=plat, auto=auto, hard=hard, notes=notes, client=client,
                      cte=cte, fmt=fmt, att=att, hdrs=list(hdrs), reply=reply,
                      to=to, cc=cc, raw=raw, rpath=rpath, auth=auth))

# ---------------------------------------------------------------------------
# password_reset
# ---------------------------------------------------------------------------
m("password_reset", "Anne Le Goff <anne.le-goff@ac-rennes.fr>",
  "Mot de passe e-sidoc perdu - collège Saint-Joseph Lannion",
"""Bonjour,

Je suis professeure documentaliste au collège Saint-Joseph de Lannion
(établissement privé sous contrat, UAI 0221003W).

Après les vacances de la Toussaint, je n'arrive plus à entrer dans
l'administration de notre portail e-sidoc : le mot de passe est refusé et je
ne l'ai noté nulle part. Pourriez-vous me renvoyer un lien pour le
réinitialiser ?

Merci d'avance,

Anne Le Goff
Professeure documentaliste
Collège Saint-Joseph - Lannion
""", uai="0221003W", plat="esidoc",
  notes="Documentaliste has lost the e-sidoc admin password, UAI in the body: standard reset.")

m("password_reset", "Gestion OGEC Notre-Dame <gestion@ensemble-ndcholet.fr>",
  "mdp espace acheteur",
"""bonjour

impossible de me connecter sur l espace acheteur depuis lundi, le mdp ne
passe plus. j ai essayé 3 fois et maintenant ça me dit compte bloqué.
pouvez vous me debloquer svp, on a une commande de manuels a passer avant
vendredi

cdlt

Sylvie Bouchet
Comptable OGEC - Ensemble scolaire Notre-Dame
Cholet
RNE 0491367V
""", client="ol", uai="0491367V", plat="espace_acheteur",
  notes="OGEC accountant locked out of the Espace Acheteur after three tries; UAI only in the signature.")

m("password_reset", "Yannick Kerleroux <y.kerleroux@lycee-lesaintesprit-brest.fr>",
  "Lost admin password for our e-sidoc portal",
"""Hello,

I look after IT at Lycée Le Saint-Esprit in Brest (private school, UAI
0292147B). Our librarian is on sick leave and nobody here knows the password
of the e-sidoc administration account. We need to get back in to update the
opening hours page.

Could you send a reset link to the address you have on file for the school?

Thanks,
Yannick Kerleroux
IT technician
""", lang="en", client="gm", uai="0292147B", plat="esidoc",
  notes="English; IT technician asks for a reset link to the address on file, which the reset rule allows.")

m("password_reset", "Mathilde Renaud <mathilde.renaud@ac-nantes.fr>",
  "Identifiant de connexion e-sidoc ?",
"""Bonjour,

Ce n'est pas mon mot de passe qui pose problème, c'est l'identifiant : je
viens d'arriver au lycée Saint-Félix (Nantes) et on m'a donné un mot de
passe, mais personne ne sait quel identifiant taper sur la page de
connexion de l'administration e-sidoc. J'ai essayé mon adresse mail, sans
succès.

Pouvez-vous m'aider ? Notre code établissement est 0441296V.

Bonne journée,
Mathilde Renaud
Professeure documentaliste
""", client="zb", uai="0441296V", plat="esidoc", hard=True,
  notes="Negation 'ce n'est pas mon mot de passe': a forgotten identifier, which the taxonomy still files under password_reset.")

m("password_reset", "Secrétariat Lycée Saint-Paul <secretariat@stpaul-vannes.fr>",
  "Compte verrouillé",
"""Bonjour,

Notre gestionnaire, M. Guégan, a verrouillé son compte sur l'Espace
Acheteur ce matin (trop d'essais). Le message affiché dit de contacter
l'assistance. Pouvez-vous le débloquer ou lui envoyer un nouveau mot de
passe ?

Lycée Saint-Paul, Vannes - UAI 0561724V

Merci,
Le secrétariat
""", client="ol", uai="0561724V", plat="espace_acheteur",
  notes="Account locked after too many attempts on the Espace Acheteur: password_reset.")

m("password_reset", "Thomas Chevalier <thomas.chevalier@ac-nantes.fr>",
  "Lien de réinitialisation expiré",
"""Bonjour,

J'ai demandé hier un nouveau mot de passe pour l'administration e-sidoc du
collège Sainte-Anne (Le Mans, 0721276W). Le mail est bien arrivé mais
je ne l'ai ouvert que ce matin et le lien me dit qu'il a expiré.

Est-ce que vous pouvez m'en renvoyer un ?

Merci
Thomas Chevalier
""", client="zb", uai="0721276W", plat="esidoc",
  notes="Reset link expired, UAI in the body; a new link is the standard answer.")

m("password_reset", "Claire Jaouen <claire.jaouen@ac-nantes.fr>",
  "perte mot de passe portail CDI",
"""Bonjour,

Documentaliste au collège privé Saint-Joseph de Savenay, j'ai oublié le mot
de passe d'administration du portail e-sidoc du CDI.
Notre numéro UAI : 044 2575 K

Merci de m'indiquer comment le récupérer.

Claire Jaouen
""", client="tb", uai="0442575K", plat="esidoc", hard=True,
  notes="UAI written with spaces (044 2575 K); the label is the compact code.")

m("password_reset", "Secretariat College Sainte-Thérèse <ce.0531068y@ac-nantes.fr>",
  "Mot de passe administrateur",
"""Bonjour,

Notre professeur documentaliste, M. Hamon, a perdu le mot de passe du
compte administrateur du portail documentaire e-sidoc. Pouvez-vous envoyer
le lien de réinitialisation à cette adresse ? Nous lui ferons suivre.

Cordialement,

Le secrétariat
Collège Sainte-Thérèse - Laval
""", client="zb", uai="0531068Y", plat="esidoc", hard=True,
  notes="The UAI appears only in the ce.<UAI>@ac-nantes.fr sender address, in lower case; the secretariat asks for the link on the official address.")

m("password_reset", "Pascale Morin <pascale.morin85@gmail.com>",
  "mot de passe",
"""Bonjour,

Je n'ai plus le mot de passe pour le portail e-sidoc de l'école Sainte-Marie
de Challans (RNE 0852657C). Pouvez-vous me l'envoyer directement sur cette
adresse gmail, je n'ai pas encore de mail académique.

Merci beaucoup
Pascale Morin
enseignante, référente BCD
""", client="gm", uai=None, plat="esidoc", hard=True, auto=False,
  notes="Code written 0852657C has a wrong check letter (the digits give 0852657B), so no UAI and no region from a gmail sender; she also wants the password on a personal address, so no automatic answer.")

m("password_reset", "Gwenaelle Rouxel <g.rouxel@ogec-stmartin-rennes.fr>",
  "Forgotten password - buyer space",
"""Good morning,

I am the new bursar (gestionnaire) of the OGEC Saint-Martin in Rennes, UAI
0351593S. I have forgotten the password I set up last week for the buyer
space (Espace Acheteur) and the "forgot password" page does not recognise my
login. Could you help me reset it?

Kind regards,
Gwenaelle Rouxel
""", lang="en", client="ol", uai="0351593S", plat="espace_acheteur",
  notes="English; forgotten Espace Acheteur password, UAI in the body.")

m("password_reset", "Hervé Le Bihan <herve.lebihan@ac-rennes.fr>",
  "Mot de passe + facture",
"""Bonjour,

Deux choses :
1) je n'arrive plus à me connecter à l'administration e-sidoc (mot de passe
oublié), pouvez-vous m'envoyer un lien de réinitialisation ?
2) notre OGEC me réclame la facture de l'abonnement 2024-2025, elle n'a
jamais été reçue à la comptabilité. Pouvez-vous nous la renvoyer ?

Merci,
Hervé Le Bihan
Professeur documentaliste
Lycée Sainte-Marie - Quimper (0291755A)
""", client="tb", uai="0291755A", plat="esidoc", hard=True, auto=False,
  notes="Two topics: e-sidoc password reset (first, main) and a missing invoice; an automatic answer would only cover half.")

m("password_reset", "Morgane Tanguy <morgane.tanguy@ac-rennes.fr>",
  "Re: [#SUP-007214] Europresse pas visible sur le portail",
"""Bonjour,

Autre souci maintenant : depuis ce matin je ne peux plus me connecter du tout
à l'administration du portail, mon mot de passe est refusé. Je pense que ma
collègue l'a changé sans me prévenir. Pouvez-vous m'envoyer un lien de
réinitialisation ?

Morgane

Le 14/11/2024 à 10:02, Assistance a écrit :
> Bonjour,
>
> La ressource Europresse est activée pour votre établissement (0222715G).
> Elle sera visible pour les élèves une fois publiée depuis l'onglet
> Ressources numériques.
>
> Cordialement,
> L'équipe d'assistance
""", client="tb", uai="0222715G", plat="esidoc", hard=True, reply=True,
  notes="Reply on a subscription ticket, but the new text clearly asks for a password reset; the UAI is only in the quoted answer.")

m("password_reset", "Jean-Luc Bernier <jl.bernier@ensemble-stlaud-angers.fr>",
  "Accès admin e-sidoc lycée",
"""Bonjour,

Je suis documentaliste de l'ensemble scolaire Saint-Laud à Angers, qui a
deux portails e-sidoc : un pour le collège (0492618E) et un pour le lycée
(0491341S).

Le collège fonctionne, mais j'ai perdu le mot de passe administrateur du
portail du lycée. Pourriez-vous m'envoyer un lien de réinitialisation
pour le lycée uniquement ?

Merci,
Jean-Luc Bernier
""", client="ap", uai="0491341S", plat="esidoc", hard=True,
  notes="Ensemble scolaire with two UAIs: the request is about the lycée 0491341S; the collège code 0492618E works and is only mentioned.")

m("password_reset", "Nadine Poirier <nadine.poirier@ac-nantes.fr>",
  "Portail assistance : mot de passe oublie",
"""Bonjour,

Je voulais suivre ma demande sur votre portail d'assistance (les tickets)
mais je ne me souviens plus du mot de passe de mon compte sur ce portail.
Le bouton "mot de passe oublie" ne m'envoie rien d'utile.

Comment faire ?

N. Poirier
""", client="zb", plat="ticket_portal",
  notes="Lost password of the support ticket portal account; no UAI, region from the ac-nantes.fr sender.")

m("password_reset", "Sandrine Menard <s.menard@ogec-ste-anne-sable.fr>",
  "Identifiant oublié Espace Acheteur",
"""Bonjour,

Je ne retrouve plus mon identifiant pour me connecter à l'Espace Acheteur.
Est-ce le code UAI de l'établissement ou mon adresse mail ?
Notre UAI est le 0722147T (OGEC Sainte-Anne, Sablé-sur-Sarthe).

Bien à vous,

Sandrine Ménard
Secrétaire de gestion
Envoyé de mon iPhone
""", client="ap", uai="0722147T", plat="espace_acheteur",
  notes="Forgotten identifier on the Espace Acheteur; the login is the UAI, so the reset answer applies.")

m("password_reset", "Loic Guillou <loic.guillou@ac-rennes.fr>",
  "Nouveau mot de passe e-sidoc",
"""Bonjour,

J'ai oublié le mot de passe d'administration e-sidoc du lycée Saint-Louis
(Lorient, 0561612Y). L'adresse de contact enregistrée chez vous est celle
de mon prédécesseur, qui est parti à la retraite.

Merci de m'envoyer le nouveau mot de passe sur mon adresse personnelle,
loic.guillou56@orange.fr, c'est celle que je consulte le plus.

Loïc Guillou
""", client="tb", uai="0561612Y", plat="esidoc", hard=True, auto=False,
  notes="Lost password, but he asks for it on a personal address that is not on file and the contact on file is outdated: a person must handle it.")

m("password_reset", "Catherine Provost <catherine.provost@ac-rennes.fr>",
  "Password for the library portal",
"""Dear support team,

I am the teacher-librarian at Collège Saint-Malo La Providence (UAI
0351804W). I cannot log in to the administration side of our e-sidoc portal
any more: the password I have been using is rejected.

Could you please tell me how to reset it?

Best regards,
Catherine Provost
""", lang="en", client="ol", fmt="html", uai="0351804W", plat="esidoc",
  notes="English, HTML-only Outlook mail; lost e-sidoc admin password with the UAI in the body.")

m("password_reset", "Erwan Le Floch <erwan.le-floch@ac-rennes.fr>",
  "mdp",
"""bjr,
mdp esidoc perdu pr le college st jo de pontivy (0562414V), vous pouvez
m envoyer un lien ?
merci
erwan
""", client="gm", uai="0562414V", plat="esidoc",
  notes="Very short, abbreviated ('mdp', 'pr'); clear lost e-sidoc password with the UAI.")

m("password_reset", "Bertrand Dufresne <b.dufresne@stemariechateau-gontier.fr>",
  "Mot de passe administrateur EcoleDirecte perdu",
"""Bonjour,

Nous avons perdu le mot de passe du compte administrateur EcoleDirecte de
l'établissement (UAI 0531887N). Il ne s'agit pas des identifiants d'un
professeur : c'est le compte qui gère les accès de tout le monde.

Pouvez-vous nous aider à le récupérer ?

B. Dufresne
Responsable informatique
Ensemble scolaire Sainte-Marie - Château-Gontier
""", client="ol", uai="0531887N", plat="ecoledirecte", auto=False,
  notes="Lost EcoleDirecte administrator password: no reset template exists for this product, so a person answers.")

m("password_reset", "Marie-Annick Hervouet <ma.hervouet@ogec-stjoseph-clisson.fr>",
  "Mot de passe expiré",
"""Bonjour,

En voulant me connecter à l'Espace Acheteur, on me dit que mon mot de passe
a expiré et qu'il faut le changer, mais le lien proposé renvoie une page
d'erreur. Je suis donc bloquée.

Établissement : Collège Saint-Joseph, Clisson - 0442003N

Merci pour votre aide.
Marie-Annick Hervouët
Gestionnaire OGEC
""", client="ol", cte="base64", uai="0442003N", plat="espace_acheteur",
  notes="Expired password whose change page fails; base64 body.")

m("password_reset", "Solenn Caradec <solenn.caradec@ac-rennes.fr>",
  "Accès portail",
"""Bonjour,

Je ne parviens plus à me connecter à l'interface de gestion de notre portail
https://0292630b.esidoc.fr (mot de passe oublié depuis les vacances).

Pouvez-vous me renvoyer un lien de réinitialisation ?

Solenn Caradec
Documentaliste - Lycée Saint-Joseph, Landerneau
""", client="tb", uai="0292630B", plat="esidoc", hard=True,
  notes="The UAI appears only inside the portal URL, in lower case (0292630b.esidoc.fr); the label is the upper-case code.")

m("password_reset", "Secrétariat Ecole Sainte-Jeanne d'Arc <secretariat.sja@ecole-sja-lesherbiers.fr>",
  "TR: mot de passe portail BCD",
"""Bonjour,

Je vous transfère la demande de notre enseignante ci-dessous.
Merci de votre retour.

Secrétariat - École Sainte-Jeanne d'Arc, Les Herbiers (UAI 0851715C)

-----Message d'origine-----
De : Aurélie Girard
Envoyé : mardi 4 février 2025 17:41
À : Secrétariat
Objet : mot de passe portail BCD

Coucou, je n'ai plus le mot de passe pour gérer le portail e-sidoc de la
BCD, tu pourrais demander un nouveau mot de passe à l'assistance ? Merci !!
Aurélie
""", client="ol", uai="0851715C", plat="esidoc",
  notes="The secretariat forwards a teacher's lost e-sidoc password; forwarded history with '-----Message d'origine-----'.")

# ---------------------------------------------------------------------------
# missing_noreply_mail
# ---------------------------------------------------------------------------
m("missing_noreply_mail", "Fabienne Guérin <f.guerin@ogec-stfelix-nantes.fr>",
  "Lien d'activation jamais reçu",
"""Bonjour,

Je me suis inscrite lundi sur l'Espace Acheteur pour l'OGEC du lycée
Saint-Félix-La Salle (0441598Y). On m'annonçait un mail avec un lien
d'activation, je n'ai toujours rien reçu.

Merci de vérifier de votre côté.

Fabienne Guérin
Gestionnaire
""", client="ol", uai="0441598Y", plat="espace_acheteur",
  notes="Activation link from the Espace Acheteur never arrived; no anti-spam product named.")

m("missing_noreply_mail", "Rozenn Le Gall <rozenn.legall@gmail.com>",
  "Pas de mail pour le nouveau mot de passe",
"""Bonjour,

J'ai cliqué sur "mot de passe oublié" sur la page d'administration e-sidoc
du collège Saint-Pierre de Plérin (0222444M). La page me dit qu'un
mail a été envoyé, mais rien n'arrive, même au bout d'une heure.

Est-ce que l'envoi fonctionne ?

Rozenn
""", client="gm", uai="0222444M", plat="esidoc", hard=True,
  notes="Reads like a password problem, but the reset tool works and the new-password mail never arrives: missing_noreply_mail.")

m("missing_noreply_mail", "Julien Moreau <julien.moreau@stvincent-rennes.fr>",
  "We no longer receive order notifications",
"""Hello,

Since the beginning of January we no longer receive the automatic
notifications from the buyer space (order confirmations, delivery updates).
They used to come from a no-reply address. Our UAI is 0352323K.

Has something changed on your side?

Regards,
Julien Moreau
Purchasing, Ensemble Saint-Vincent Providence, Rennes
""", lang="en", client="ol", uai="0352323K", plat="espace_acheteur",
  notes="English; the no-reply notifications stopped arriving, no anti-spam product named.")

m("missing_noreply_mail", "Anne-Sophie Daniel <as.daniel@ac-rennes.fr>",
  "Mail de confirmation introuvable",
"""Bonjour,

Je n'ai pas reçu le mail de confirmation d'inscription à l'Espace Acheteur.
Avant que vous me posiez la question : nous n'avons PAS MailInBlack, j'ai
vérifié avec le service informatique de la DDEC, et rien dans les
indésirables non plus.

Collège Notre-Dame du Vœu, Hennebont - UAI 0561230H

Merci,
Anne-Sophie Daniel
""", client="tb", uai="0561230H", plat="espace_acheteur", hard=True,
  notes="MailInBlack is named only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.")

m("missing_noreply_mail", "Vincent Ricou <vincent.ricou@ac-nantes.fr>",
  "toujours pas de mail",
"""Bonjour,
j'ai redemandé le mail d'activation du compte e-sidoc ce matin pour le
lycée Saint-Martin d'Angers (0491533A), j'ai regardé dans les spams, rien.
Vous pouvez renvoyer ?
Merci
V. Ricou
""", client="zb", uai="0491533A", plat="esidoc",
  notes="Activation mail for e-sidoc not received, junk folder already checked; still the no-reply procedure.")

m("missing_noreply_mail", "Christine Lebreton <christine.lebreton@ndkerbertrand.fr>",
  "Confirmations de commande non reçues",
"""Bonjour,

Quand je valide un panier sur l'Espace Acheteur je devrais recevoir un mail
récapitulatif, mais je ne reçois rien depuis deux semaines. Mes commandes
apparaissent pourtant bien dans l'historique.

Pouvez-vous vérifier si les mails partent bien ?

Christine Lebreton
Économe - Collège Notre-Dame de Kerbertrand, Quimperlé
""", client="ol", plat="espace_acheteur",
  notes="Order summary mails from the platform no longer arrive; no UAI and a school domain, so no region.")

m("missing_noreply_mail", "Direction Collège Saint-Gabriel <ce.0852581u@ac-nantes.fr>",
  "Lien de connexion",
"""Bonjour,

Notre nouvelle gestionnaire, Mme Pineau, n'a jamais reçu le lien de
connexion à l'Espace Acheteur qui devait lui être envoyé à la création de son
compte. Pourriez-vous le renvoyer ?

Bien cordialement,
Le secrétariat de direction
""", client="zb", fmt="alt", uai="0852581U", plat="espace_acheteur", hard=True,
  notes="UAI only in the lower-case ce.<UAI>@ac-nantes.fr sender; the connection link never arrived.")

m("missing_noreply_mail", "Gaëlle Huchet <g.huchet@ecole-stjoseph-mayenne.fr>",
  "Mail de confirmation EcoleDirecte",
"""Bonjour,

Je dois confirmer mon adresse mail sur EcoleDirecte pour finir
l'activation de mon compte enseignant, mais le mail de confirmation n'arrive
jamais (vérifié dans les courriers indésirables).
Établissement : 0531965Y

Cordialement,
Gaëlle Huchet
""", client="gm", uai="0531965Y", plat="ecoledirecte",
  notes="EcoleDirecte confirmation mail never arrives; no anti-spam product named.")

m("missing_noreply_mail", "Patrice Gourdon <patrice.gourdon@lasalle-stnazaire.fr>",
  "Mail d'activation",
"""Bonjour,

Je n'ai pas reçu le mail d'activation de mon compte sur le nouvel Espace
Acheteur. Peut-être a-t-il été envoyé à une mauvaise adresse ?

Merci d'avance,

Patrice Gourdon
Service intendance
""", client="ol", cte="quoted-printable", plat="espace_acheteur",
  notes="Espace Acheteur activation mail never arrived; no UAI and a school domain, so no region; quoted-printable.")

m("missing_noreply_mail", "Ronan Quéré <ronan.quere@ac-rennes.fr>",
  "Activation e-mail never arrived",
"""Hi,

I signed up for an e-sidoc back-office account three days ago. The site said
an activation e-mail had been sent, but nothing has come through, not even in
my junk folder.

Could you resend it?

Thanks,
Ronan Quéré
""", lang="en", client="tb", plat="esidoc",
  notes="English; activation mail not received, no UAI; region from the ac-rennes.fr sender.")

m("missing_noreply_mail", "Karine Lucas <karine.lucas@ac-nantes.fr>",
  "Inscription lycée : pas de mail",
"""Bonjour,

Notre ensemble scolaire a deux établissements : le lycée professionnel
Saint-Pierre (0442034X), qui a déjà son compte, et le lycée général (0442984E).
J'ai créé hier le compte Espace Acheteur du lycée général, mais le mail de
validation n'est jamais arrivé.

Merci de votre aide,
Karine Lucas
""", client="tb", uai="0442984E", plat="espace_acheteur", hard=True,
  notes="Ensemble with two UAIs: the missing validation mail is for the lycée général 0442984E; 0442034X already has its account.")

m("missing_noreply_mail", "Bleuenn Perrot <bleuenn.perrot@ac-rennes.fr>",
  "Re: Re: Mail de réinitialisation non reçu",
"""Bonjour,

Je vous relance : cela fait maintenant dix jours. J'ai suivi vos conseils
(indésirables, ajout de l'adresse no-reply aux contacts), rien n'y fait,
aucun mail n'arrive. Notre collège, c'est Saint-Joseph de Quimper,
0291903L. Quelqu'un peut-il regarder réellement le problème ?

Bleuenn Perrot

Le 21 janv. 2025 à 09:15, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Pensez à vérifier votre dossier de courrier indésirable et à autoriser
> l'expéditeur no-reply. Sans nouvelles de votre part sous 48 h, nous
> reviendrons vers vous.
""", client="ap", uai="0291903L", plat="esidoc", hard=True, auto=False, reply=True,
  notes="The mail still does not arrive ten days after the automatic junk-folder answer: it persists, so a person (or the region) must take it, not the same template again.")

m("missing_noreply_mail", "Isabelle Rivière <isabelle.riviere@ac-rennes.fr>",
  "Validation de mon adresse",
"""Bonjour,

Je n'ai jamais reçu le lien pour valider mon adresse sur e-sidoc. Je suis la
nouvelle documentaliste du collège Saint-Sauveur à Redon (0351054F).

Merci,
Isabelle Rivière

Envoyé de mon iPad
""", client="ap", uai="0351054F", plat="esidoc",
  notes="Address-validation link never received.")

m("missing_noreply_mail", "Damien Lemaitre <damien.lemaitre@ac-nantes.fr>",
  "Mail de création de compte",
"""Bonjour,

J'attends toujours le mail de création de compte pour l'Espace Acheteur. Le
numéro d'établissement saisi est 0721254Y (collège Saint-Jean-Baptiste de La
Salle, Le Mans).

Cordialement
D. Lemaître
""", client="zb", uai=None, plat="espace_acheteur", hard=True,
  notes="The code 0721254Y has a wrong check letter (the digits give 0721254X), so no UAI; region from the ac-nantes.fr sender; maybe the typo also explains the missing mail.")

m("missing_noreply_mail", "Nolwenn Briand <nolwenn.briand@ac-rennes.fr>",
  "Réinitialisation demandée trois fois",
"""Bonjour,

J'ai demandé trois fois la réinitialisation de mon mot de passe e-sidoc
aujourd'hui (collège Saint-Joseph, Lamballe - 0222103S). Je n'ai reçu aucun
des mails. Le mot de passe n'est pas le problème, c'est le mail qui ne vient
pas !

Nolwenn
""", client="tb", uai="0222103S", plat="esidoc", hard=True,
  notes="Mentions the password several times, but what is missing is the no-reply mail: missing_noreply_mail.")

m("missing_noreply_mail", "Oliver Bennett <oliver.bennett.teach@gmail.com>",
  "Sign-up confirmation not received",
"""Hello,

I registered on the buyer space on behalf of an international section of a
private school in Nantes. I was told I would receive a confirmation email
but I have not. I have checked spam.

Thank you,
Oliver Bennett
""", lang="en", client="gm", plat="espace_acheteur",
  notes="English; sign-up confirmation not received, personal address, no UAI, no region.")

# ---------------------------------------------------------------------------
# mailinblack_spam
# ---------------------------------------------------------------------------
m("mailinblack_spam", "Hélène Maillard <helene.maillard@ac-nantes.fr>",
  "Vos mails bloqués par MailInBlack",
"""Bonjour,

Notre établissement est équipé de MailInBlack et vos messages (activation,
mot de passe) sont bloqués : ils restent dans la liste "en attente" et je
dois les libérer à la main, quand je les vois.

Comment faire pour que vos adresses soient autorisées une fois pour
toutes ?

Hélène Maillard
Documentaliste - Lycée Saint-Joseph La Joliverie (0442688H)
""", client="zb", uai="0442688H", plat="esidoc",
  notes="MailInBlack named; platform messages held in its pending list.")

m("mailinblack_spam", "Service informatique Ensemble Bellefontaine <informatique@bellefontaine-angers.fr>",
  "Quarantaine MailInBlack - expéditeur no-reply",
"""Bonjour,

Nous constatons que les notifications de l'Espace Acheteur envoyées à nos
gestionnaires tombent dans la quarantaine MailInBlack ("message en attente
d'authentification"). Pouvez-vous nous communiquer les adresses et
serveurs d'envoi à mettre en liste blanche ?

Établissement concerné : 0492392J

Cordialement,
Le service informatique
""", client="ol", uai="0492392J", plat="espace_acheteur",
  notes="The IT department names MailInBlack quarantine and asks what to allow-list.")

m("mailinblack_spam", "Arnaud Lesage <a.lesage@ndfougeres.fr>",
  "Emails held by MailinBlack",
"""Hello,

Our school (UAI 0351518K) uses MailinBlack. Your automatic emails are held
because the sender cannot validate the challenge. Which addresses should we
whitelist?

Thanks,
Arnaud Lesage
Network administrator
""", lang="en", client="ol", uai="0351518K",
  notes="English; MailinBlack named, asks for the addresses to allow-list; platform not stated.")

m("mailinblack_spam", "Maryvonne Le Pape <maryvonne.lepape@ac-rennes.fr>",
  "Vos messages n'arrivent pas",
"""Bonjour,

Je ne reçois pas vos mails d'activation. Mon collègue informaticien
m'explique que depuis la rentrée, chaque nouvel expéditeur reçoit un mail lui
demandant de cliquer sur un lien et de recopier un code pour prouver qu'il est
humain, et que tant que ce n'est pas fait le message reste bloqué chez nous.

Que faire ?

Maryvonne Le Pape
Collège Saint-Jean-Baptiste de La Salle, Auray - 0562973C
""", client="tb", uai="0562973C", plat=None, auto=False, hard=True,
  notes="Sender-authentication challenge described without naming the product: mailinblack_spam, but a person should confirm the product before sending the MailInBlack guide.")

m("mailinblack_spam", "Alexandra Fouquet <a.fouquet@ogec-stjoseph-lemans.fr>",
  "mail in black",
"""bonjour

nos mails de l'espace acheteur sont bloqués par mailinblak, la gestionnaire
doit cliquer pour debloquer chaque fois. comment on fait pour vous mettre
en liste blanche ?

UAI 0721986T

merci
A. Fouquet
""", client="gm", uai="0721986T", plat="espace_acheteur",
  notes="Product misspelt ('mail in black', 'mailinblak') but clearly named.")

m("mailinblack_spam", "Laurent Charrier <laurent.charrier@ac-nantes.fr>",
  "Capture quarantaine MailInBlack",
"""Bonjour,

Ci-joint une capture d'écran : votre mail de réinitialisation de mot de
passe est dans la quarantaine MailInBlack de l'établissement (Collège
Saint-Louis, Saint-Gilles-Croix-de-Vie, 0852985H).

Je l'ai libéré mais le lien avait expiré. Comment éviter ça ?

Laurent Charrier
""", client="ol", att="png", uai="0852985H", plat=None,
  notes="MailInBlack quarantine named, screenshot attached; the platform of the reset mail is not stated.")

m("mailinblack_spam", "Sophie Garnier <sophie.garnier@ac-nantes.fr>",
  "MailInBlack et devis",
"""Bonjour,

1. Vos mails sont bloqués par MailInBlack chez nous, est-ce que vous avez
une procédure pour les autoriser ?
2. Par ailleurs, pouvez-vous m'envoyer un devis pour le renouvellement de
l'abonnement e-sidoc, l'OGEC en a besoin pour le budget ?

Lycée Immaculée-Conception, Laval - 0531203V

Merci,
Sophie Garnier
""", client="zb", uai="0531203V", plat="esidoc", hard=True, auto=False,
  notes="Two topics: MailInBlack blocking (first, main) and a quote for the renewal (order_billing), which needs a person.")

m("mailinblack_spam", "Pierrick Josse <pierrick.josse@ac-rennes.fr>",
  "Adresse no-reply bloquée par MailInBlack",
"""Bonjour,

L'adresse no-reply de vos plateformes ne peut pas répondre au challenge
MailInBlack, donc nos messages n'arrivent jamais. Pouvez-vous nous dire
quoi autoriser ?

Pierrick Josse
""", client="tb", plat=None,
  notes="MailInBlack named, no UAI; region from the ac-rennes.fr sender.")

m("mailinblack_spam", "Secrétariat Lycée Notre-Dame du Kreisker <ce.0291852F@ac-rennes.fr>",
  "Mails bloqués",
"""Bonjour,

Les mails de la plateforme e-sidoc sont retenus par notre anti-spam
MailInBlack. Notre informaticien demande la liste des expéditeurs à
autoriser.

Merci,
Le secrétariat
""", client="zb", uai="0291852F", plat="esidoc", hard=True,
  notes="UAI only in the ce.<UAI>@ac-rennes.fr sender address; MailInBlack named.")

m("mailinblack_spam", "DSI Enseignement catholique de Vendée <dsi@ec85-exemple.fr>",
  "Liste blanche MailInBlack pour le réseau",
"""Bonjour,

Plusieurs établissements de notre réseau diocésain utilisent MailInBlack et
nous remontent que vos mails automatiques sont bloqués. Pour éviter de les
traiter un par un, pouvez-vous nous transmettre les domaines et adresses IP
à autoriser ?

Bien cordialement,
Service informatique - Direction diocésaine de l'enseignement catholique
""", client="ol", plat=None,
  notes="The diocesan IT service asks for the MailInBlack allow-list for several schools; no UAI, non-academic domain, no region.")

m("mailinblack_spam", "Tugdual Le Roux <tugdual.leroux@ac-rennes.fr>",
  "Challenge emails from MailInBlack",
"""Hello,

Our school switched to MailInBlack this term. Since then I have not received
any e-sidoc notifications: they are waiting for the sender to answer a
challenge. School code 0221495F.

Best,
Tugdual Le Roux
""", lang="en", client="tb", cte="quoted-printable", uai="0221495F", plat="esidoc",
  notes="English, quoted-printable; MailInBlack challenge holds the e-sidoc notifications.")

m("mailinblack_spam", "Claire Boisseau <claire.boisseau@ac-nantes.fr>",
  "RE: [#SUP-008031] Mail d'activation non reçu",
"""Bonjour,

J'ai enfin trouvé : nous avons MailInBlack, et votre mail était dans la
liste des messages bloqués, pas dans les indésirables. Comment faire pour
que ça ne se reproduise plus ?

Claire Boisseau
Collège Saint-Nicolas, Évron (0532193W)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 10 mars 2025 14:20
À : Claire Boisseau
Objet : [#SUP-008031] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur à
vos contacts. Sans nouvelles sous 48 h, nous reviendrons vers vous.
""", client="ol", uai="0532193W", plat=None, hard=True, reply=True,
  notes="Reply on a missing-mail ticket, but the new text names MailInBlack as the cause: the category moves to mailinblack_spam.")

m("mailinblack_spam", "Jérôme Bouyer <jerome.bouyer@ac-nantes.fr>",
  "Quarantaine",
"""Bonjour,

Vos mails tombent systématiquement dans la quarantaine Mailinblack de
l'établissement, et on doit valider à chaque fois. Pouvez-vous nous
envoyer la procédure ?

Jérôme Bouyer, CPE
Collège Saint-Paul, Les Sables-d'Olonne - 0851178U
""", client="zb", fmt="alt", uai="0851178U", plat=None,
  notes="Mailinblack quarantine named; asks for the procedure.")

# ---------------------------------------------------------------------------
# head_of_establishment_request
# ---------------------------------------------------------------------------
m("head_of_establishment_request", "Direction Lycée Saint-Joseph <ce.0442662E@ac-nantes.fr>",
  "Changement d'adresse du compte administrateur e-sidoc",
"""Madame, Monsieur,

En qualité de chef d'établissement du lycée Saint-Joseph d'Ancenis, je vous
demande de remplacer l'adresse de contact du compte administrateur de notre
portail e-sidoc par celle de notre nouvelle professeure documentaliste,
Mme Élodie Bréhier : elodie.brehier@ac-nantes.fr.

Je vous remercie par avance.

Dominique Fleury
Chef d'établissement
""", client="zb", uai="0442662E", plat="esidoc",
  notes="The head writes from the ce.<UAI> address to change the e-sidoc administrator contact address.")

m("head_of_establishment_request", "Françoise Babin <direction@ecole-stemarie-montaigu.fr>",
  "Autorisation de commande",
"""Bonjour,

Je soussignée Françoise Babin, directrice de l'école Sainte-Marie de
Montaigu (UAI 0851992D), autorise Mme Rabaud, secrétaire, à valider la
commande en cours sur l'Espace Acheteur (panier "Albums cycle 2") pour un
montant de 612,40 € TTC.

Françoise Babin
Directrice
""", client="ol", uai="0851992D", plat="espace_acheteur",
  notes="The directrice of a private primary school authorises an order in writing.")

m("head_of_establishment_request", "Head teacher Collège Saint-Michel <ce.0352978X@ac-rennes.fr>",
  "Request: reset of the e-sidoc administrator password",
"""Dear support team,

As head of Collège Saint-Michel, Liffré, I formally request that the
password of our e-sidoc administrator account be reset and that the link be
sent to this official address. Our librarian left in December and nobody
has the credentials.

Yours sincerely,
Pierre-Yves Lemoine
Chef d'établissement
""", lang="en", client="ol", uai="0352978X", plat="esidoc",
  notes="English; the head asks in writing, from the ce.<UAI> address, for the administrator password reset: head-of-establishment request, not password_reset.")

m("head_of_establishment_request", "Benoît Nédélec <b.nedelec@ensemble-stjoseph-landivisiau.fr>",
  "Changement d'administrateur - lycée",
"""Bonjour,

Chef d'établissement coordinateur de l'ensemble scolaire Saint-Joseph de
Landivisiau, je vous demande de désigner M. Kévin Abgrall comme
administrateur du compte Espace Acheteur du lycée (UAI 0291786J), à la
place de Mme Ollivier qui a quitté l'établissement.

Le compte du collège (0292465X) ne change pas.

Benoît Nédélec
Chef d'établissement coordinateur
""", client="ol", uai="0291786J", plat="espace_acheteur", hard=True,
  notes="Coordinating head of an ensemble with two UAIs asks to change the lycée's administrator (0291786J); the collège 0292465X is mentioned as unchanged.")

m("head_of_establishment_request", "Secrétariat de direction <secretariat.direction@ndbonnes-nouvelles-mayenne.fr>",
  "Courrier du chef d'établissement - compte administrateur",
"""Bonjour,

Veuillez trouver ci-joint le courrier signé de M. Lecomte, chef
d'établissement, demandant le changement de l'adresse de l'administrateur
de notre compte Espace Acheteur. M. Lecomte est en copie.

Ensemble scolaire Notre-Dame de Bonnes Nouvelles - Mayenne - 0531629H

Cordialement,
Valérie Cottereau
Secrétaire de direction
""", client="ol", att="pdf", cc="Hubert Lecomte <direction@ndbonnes-nouvelles-mayenne.fr>",
  uai="0531629H", plat="espace_acheteur", hard=True,
  notes="The secretary sends the head's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check letter and sender.")

m("head_of_establishment_request", "Gilles Tessier <gilles.tessier72@gmail.com>",
  "Demande de réinitialisation - collège Saint-Michel",
"""Bonjour,

Je suis le chef d'établissement du collège Saint-Michel de La Ferté-Bernard
(0722285T). Notre messagerie d'établissement est en panne depuis hier, je
vous écris donc de mon adresse personnelle.

Merci de réinitialiser le mot de passe administrateur e-sidoc et
d'envoyer le nouveau à cette adresse.

Gilles Tessier
""", client="gm", uai="0722285T", plat="esidoc", hard=True,
  notes="Claims to be the head but writes from a personal gmail address and wants the password sent there: a head-of-establishment request that staff must verify, never executed automatically.")

m("head_of_establishment_request", "Direction Collège Saint-Joseph <direction@stjoseph-hennebont.fr>",
  "Validation de commande",
"""Bonjour,

Je confirme par la présente mon accord pour la commande de l'abonnement
e-sidoc 2025-2026 passée par notre documentaliste sur l'Espace Acheteur.
Vous pouvez la valider.

UAI : 0561501C

Le chef d'établissement,
Marc Kervella
""", client="ap", uai="0561501C", plat="espace_acheteur",
  notes="The head authorises an order in writing.")

m("head_of_establishment_request", "Proviseur Lycée Sacré-Cœur <proviseur@sacrecoeur-angers.fr>",
  "Changement d'administrateur Espace Acheteur",
"""Madame, Monsieur,

Notre gestionnaire, M. Robin, quitte l'établissement le 31 mars. Je vous
demande de transférer les droits d'administrateur de notre structure sur
l'Espace Acheteur à Mme Laure Baudouin, sa remplaçante
(laure.baudouin@sacrecoeur-angers.fr).

Lycée du Sacré-Cœur, Angers - UAI 0491320U

Veuillez agréer mes salutations distinguées.

Jean-François Aubry
Proviseur
""", client="ol", uai="0491320U", plat="espace_acheteur",
  notes="The proviseur asks to move the administrator rights to the new gestionnaire.")

m("head_of_establishment_request", "Anne Chauvin <a.chauvin@college-stjean-craon.fr>",
  "Nouvel administrateur EcoleDirecte",
"""Bonjour,

Je vous demande de bien vouloir transférer le rôle d'administrateur
EcoleDirecte de notre établissement à M. Thibault Cormier, qui prend la
responsabilité de la vie scolaire.

Bien à vous,

Anne Chauvin
Chef d'établissement
Collège Saint-Jean, Craon
UAI 0531405P
""", client="tb", uai="0531405P", plat="ecoledirecte", hard=True,
  notes="Head asks to change the EcoleDirecte administrator; the UAI is only in the signature.")

m("head_of_establishment_request", "Principal Collège Saint-Charles <ce.0221621T@ac-rennes.fr>",
  "Adresse de contact portail documentaire",
"""Bonjour,

Je vous prie de modifier l'adresse de contact du compte administrateur
e-sidoc du collège Saint-Charles (UAI 0221621R) : la nouvelle adresse est
celle de M. Guillaume Raoul, guillaume.raoul@ac-rennes.fr.

Avec mes remerciements,

Le chef d'établissement
Collège Saint-Charles - Saint-Brieuc
""", client="zb", fmt="alt", cte="quoted-printable", uai="0221621T", plat="esidoc", hard=True,
  notes="The body gives 0221621R (wrong check letter) but the sender address ce.0221621T@ac-rennes.fr carries the valid UAI, which is the label.")

m("head_of_establishment_request", "Principal Saint-Pierre <principal@stpierre-nantes.fr>",
  "Authorisation: password reset for the library portal",
"""Hello,

I am the head of Lycée Saint-Pierre in Nantes (UAI 0442034X). I authorise
the reset of the e-sidoc administrator password; please send the link to
our librarian, Mrs Jeanne Audrain, jeanne.audrain@ac-nantes.fr.

Regards,
Étienne Morvan
Chef d'établissement
""", lang="en", client="ol", cte="base64", uai="0442034X", plat="esidoc",
  notes="English, base64; the head authorises a reset and names the address: staff approval required.")

m("head_of_establishment_request", "Cécile Bouvier <direction@stvincent-laferte.fr>",
  "Administrateur + facture",
"""Bonjour,

En tant que directrice du collège Saint-Vincent (0721174K), je vous demande
de nommer Mme Foucher administratrice de notre compte Espace Acheteur, en
remplacement de M. Lamy.

Par ailleurs, notre comptable ne trouve pas la facture de février dans
Chorus, pouvez-vous vérifier ?

Cécile Bouvier
Chef d'établissement
""", client="ol", uai="0721174K", plat="espace_acheteur", hard=True,
  notes="Two topics: change of administrator requested by the head (main) and an invoice missing in Chorus (order_billing).")

m("head_of_establishment_request", "Ecole Saint-Louis <ce.0851371D@ac-nantes.fr>",
  "changement adresse mail espace acheteur",
"""bonjour,
je suis la directrice de l ecole st louis de fontenay le comte, merci de
changer l adresse mail du compte espace acheteur de l ecole, la nouvelle
adresse est secretariat.stlouis85@orange.fr
merci
mme Giraudeau
""", client="gm", uai="0851371D", plat="espace_acheteur",
  notes="Directrice asks, from the ce.<UAI> address, to change the account's contact address; no accents.")

m("head_of_establishment_request", "Olivier Marchand <o.marchand@ensemble-stlouis-saumur.fr>",
  "Désignation administrateur",
"""Bonjour,

Je vous confirme que Mme Hélène Dupuy, gestionnaire de l'OGEC, devient
administratrice de notre compte Espace Acheteur à compter de ce jour.

Établissement : 0492 870D

Olivier Marchand
Chef d'établissement coordinateur
Ensemble scolaire Saint-Louis, Saumur
""", client="ap", uai="0492870D", plat="espace_acheteur", hard=True,
  notes="Coordinating head designates a new administrator; the UAI is written with a space (0492 870D).")

# ---------------------------------------------------------------------------
# account_creation
# ---------------------------------------------------------------------------
m("account_creation", "Yvonne Le Du <yvonne.ledu@ac-rennes.fr>",
  "Qui est administrateur e-sidoc ?",
"""Bonjour,

Je prends le poste de documentaliste au collège Saint-Yves de Guingamp
(0221731M). Je voudrais un compte sur l'administration du portail e-sidoc
mais personne ici ne sait qui est l'administrateur. Pouvez-vous me le
dire ?

Merci,
Yvonne Le Du
""", client="tb", uai="0221731M", plat="esidoc", auto=False,
  notes="Asks who the structure's administrator is: needs a look-up, so a person answers.")

m("account_creation", "Mickaël Grosbois <m.grosbois@ogec-ndsainteCroix.fr>",
  "Compte en attente de validation",
"""Bonjour,

J'ai rempli le formulaire d'inscription sur l'Espace Acheteur il y a deux
jours. Quand je me connecte, on me dit que mon compte est en attente de
validation. Combien de temps faut-il attendre ?

Notre-Dame Sainte-Croix, Le Mans - 0721666V

Cdt,
M. Grosbois
""", client="ol", uai="0721666V", plat="espace_acheteur",
  notes="Sign-up done, account waiting for validation by the structure administrator: FAQ case.")

m("account_creation", "Emily Carter <e.carter@stgabriel-cesson.fr>",
  "New buyer account",
"""Hello,

I have just joined Collège Saint-Gabriel (Cesson-Sévigné, UAI 0352355V) as
bursar. How do I create an account on the buyer space?

Thank you,
Emily Carter
""", lang="en", client="gm", uai="0352355V", plat="espace_acheteur",
  notes="English; new bursar asks how to create a buyer account: the sign-up answer fits.")

m("account_creation", "Annaïg Cadiou <annaig.cadiou@ac-rennes.fr>",
  "Pas de compte",
"""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je suis
arrivée en janvier au collège Sainte-Anne de Ploërmel (0561611X) et je
voudrais accéder à l'administration du portail e-sidoc. Comment créer mon
compte ?

Annaïg Cadiou
""", client="tb", uai="0561611X", plat="esidoc", hard=True,
  notes="Negation 'je n'ai pas perdu mon mot de passe': she never had an account, account_creation.")

m("account_creation", "Romain Vétillard <r.vetillard@ensemble-stjoseph-evron.fr>",
  "UAI introuvable à l'inscription",
"""Bonjour,

Suite à la fusion du collège et de l'école au 1er septembre, notre ensemble
scolaire a reçu un nouveau numéro UAI : 0532719T. Quand je veux créer le
compte client, ce numéro n'apparaît pas dans la liste.

Comment faire ?

Romain Vétillard
Gestionnaire
""", client="ol", uai="0532719T", plat=None, auto=False,
  notes="The new UAI after a merger is not in the list when opening the customer account: goes to a person.")

m("account_creation", "Odile Marquet <odile.marquet@ogec-stgilles.fr>",
  "Administrateur de notre structure",
"""Bonjour,

Je suis la nouvelle gestionnaire de l'OGEC du collège Saint-Gilles (UAI
0851715C). Pour avoir un compte Espace Acheteur, on me dit que
l'administrateur de la structure doit valider ma demande. Qui est-ce
chez nous ? Personne ne le sait.

Merci
Odile Marquet
""", client="ol", uai="0851715C", plat="espace_acheteur", auto=False,
  notes="Asks who the structure's administrator is: a look-up, so a person answers.")

m("account_creation", "Benjamin Lory <benjamin.lory@lycee-stjeanbaptiste-angers.fr>",
  "Droits de commande pour une collègue",
"""Bonjour,

Comment ouvrir les droits de commande sur l'Espace Acheteur à ma
collègue, Mme Saulnier, qui a déjà un compte en consultation ?
Lycée Saint-Jean-Baptiste - 0492562U

Merci d'avance,
Benjamin Lory
Intendant
""", client="tb", uai="0492562U", plat="espace_acheteur",
  notes="Rights to open for a colleague: the FAQ answer (structure administrator grants them) fits.")

m("account_creation", "Fiona Mahé <fiona.mahe@ac-rennes.fr>",
  "Second librarian account",
"""Hello,

We now have two teacher-librarians at Lycée Saint-Louis, Châteaulin (UAI
0292669U). How can my colleague get her own account for the e-sidoc
administration?

Many thanks,
Fiona Mahé
""", lang="en", client="ap", uai="0292669U", plat="esidoc",
  notes="English; a second back-office account for a colleague.")

m("account_creation", "Gérard Pasquier <g.pasquier@ensemble-lasalle-stnazaire.fr>",
  "Compte pour l'école primaire",
"""Bonjour,

Notre ensemble scolaire comprend le collège (0442003N), qui a déjà son
compte Espace Acheteur, et désormais l'école primaire La Salle, UAI
0442575K, qui nous a rejoints. Comment créer un compte distinct pour
l'école ?

Gérard Pasquier
Gestionnaire
""", client="ol", uai="0442575K", plat="espace_acheteur", hard=True,
  notes="Ensemble with two UAIs: the new account is for the primary school 0442575K; the collège 0442003N already has one.")

m("account_creation", "Emmanuelle Riou <emmanuelle.riou@ac-nantes.fr>",
  "Compte sur le portail d'assistance",
"""Bonjour,

Comment créer un compte sur votre portail d'assistance pour suivre mes
demandes ? Je ne vois pas de bouton d'inscription.

Merci,
E. Riou
""", client="zb", plat="ticket_portal",
  notes="How to create an account on the support ticket portal; region from the ac-nantes.fr sender.")

m("account_creation", "Joëlle Guivarc'h <joelle.guivarch@ac-rennes.fr>",
  "RE: mot de passe admin",
"""Bonjour,

Merci, le mot de passe est bien réinitialisé. Nouvelle question : notre
nouvelle collègue, Mme Pennec, doit-elle avoir son propre compte ? Comment
le lui créer ?

Joëlle

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 6 mars 2025 11:04
Objet : mot de passe admin

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse connue pour le
collège Saint-Joseph de Quimper (0291903L). Il est valable 12 heures.
""", client="ol", uai="0291903L", plat="esidoc", hard=True, reply=True,
  notes="Quoted history is a password reset answer; the new question is an account for a new colleague.")

# ---------------------------------------------------------------------------
# subscription_activation
# ---------------------------------------------------------------------------
m("subscription_activation", "Céline Drouet <celine.drouet@ac-nantes.fr>",
  "Europresse pas encore visible",
"""Bonjour,

Nous avons commandé l'abonnement Europresse hier sur l'Espace Acheteur
pour le lycée Saint-Martin d'Angers (0491533A). Il n'apparaît pas encore
dans les ressources de notre portail e-sidoc. Est-ce normal ?

Céline Drouet
""", client="zb", uai="0491533A", plat="esidoc",
  notes="Ordered yesterday, not visible yet: within the 72-hour activation window.")

m("subscription_activation", "Direction OGEC Sainte-Anne <direction@steanne-sable.fr>",
  "Date d'activation de l'abonnement",
"""Bonjour,

Je suis le chef d'établissement du collège Sainte-Anne (0722147T). Nous
avons passé commande avant-hier du module de prêt e-sidoc. Pouvez-vous
m'indiquer quand il sera disponible ?

Cordialement,
Hugues Brault
""", client="ol", uai="0722147T", plat="esidoc", hard=True,
  notes="Written by the head, but he only asks when the ordered module will be available: not a head-of-establishment request.")

m("subscription_activation", "Sarah Nicolas <sarah.nicolas@ac-rennes.fr>",
  "Subscription not showing",
"""Hi,

We ordered the Cafeyn subscription for our pupils yesterday (Lycée
Saint-Vincent, Rennes, 0352856P) but it does not show in "Mes abonnements"
yet. When will it be active?

Sarah
""", lang="en", client="tb", uai="0352856P", plat="esidoc",
  notes="English; ordered yesterday, within the 72-hour rule.")

m("subscription_activation", "Marie Chiron <marie.chiron@ecole-stemarie-montaigu.fr>",
  "Abonnement toujours inactif",
"""Bonjour,

Nous avons commandé l'abonnement e-sidoc pour la BCD il y a maintenant
deux semaines et demie (commande du 3 février), et il n'est toujours pas
actif. Pouvez-vous regarder ?

École Sainte-Marie, Montaigu - 0851992D

Marie Chiron
""", client="ol", uai="0851992D", plat="esidoc", auto=False,
  notes="Ordered more than two weeks ago and still inactive: past the 72-hour rule, a person must look at the order.")

m("subscription_activation", "Thierry Le Meur <thierry.lemeur@ac-rennes.fr>",
  "Publier une ressource pour les élèves",
"""Bonjour,

Notre abonnement au Kiosque est bien actif (je le vois dans l'admin),
mais comment le publier pour que les élèves le voient sur le portail ?

Collège Saint-Joseph, Lamballe - 0222103S

Merci
Thierry Le Meur
""", client="tb", uai="0222103S", plat="esidoc",
  notes="How to publish an active resource on the portal.")

m("subscription_activation", "Lénaïg Morvan <lenaig.morvan@ac-rennes.fr>",
  "Ressource invisible",
"""Bonjour,

Je n'ai pas de problème de mot de passe, je me connecte sans souci.
Par contre la ressource Universalis commandée lundi n'apparaît nulle part
sur le portail.

Lycée Saint-Paul, Vannes (0561724V)

Lénaïg
""", client="gm", uai="0561724V", plat="esidoc", hard=True,
  notes="Negation 'je n'ai pas de problème de mot de passe'; the ordered resource is not visible yet.")

m("subscription_activation", "Stéphane Poulain <stephane.poulain@ac-nantes.fr>",
  "Module prêt non activé",
"""Bonjour,

Nous avons commandé le module de gestion des prêts pour le CDI du collège
Sainte-Thérèse de Laval (0531068Y) jeudi dernier. Lundi, toujours rien
dans le portail. Combien de temps faut-il compter ?

S. Poulain
""", client="zb", uai="0531068Y", plat="esidoc",
  notes="Ordered module not yet visible a few days after the order; the 72-hour answer applies.")

m("subscription_activation", "Katell Gourvès <katell.gourves@ac-rennes.fr>",
  "Renouvellement : toujours affiché expiré",
"""Bonjour,

Nous avons renouvelé avant-hier notre abonnement e-sidoc, mais dans
l'administration il est toujours affiché comme expiré.

Lycée Le Saint-Esprit, Brest - 0292147B

Bonne journée,
Katell

Envoyé de mon iPhone
""", client="ap", uai="0292147B", plat="esidoc",
  notes="Renewed subscription still shown as expired two days after the order.")

m("subscription_activation", "Antoine Bazin <antoine.bazin@ac-nantes.fr>",
  "abonnement",
"""bonjour,
abonnement lemonde.fr commandé mardi pour la joliverie (0442688H), rien
sur le portail pour l instant. c est normal ?
merci
AB
""", client="gm", uai="0442688H", plat="esidoc",
  notes="Short mail without accents; ordered resource not yet visible.")

m("subscription_activation", "Vie scolaire Sainte-Marie <vie.scolaire@stemariechateau-gontier.fr>",
  "Module EcoleDirecte commandé non visible",
"""Bonjour,

Nous avons commandé hier le module "Réservation de salles" pour
EcoleDirecte. Il n'apparaît pas encore dans le menu. Faut-il attendre
ou faire une manipulation ?

UAI 0531887N

Merci,
La vie scolaire
""", client="ol", uai="0531887N", plat="ecoledirecte",
  notes="EcoleDirecte module ordered yesterday, not visible yet: activation rule.")

m("subscription_activation", "Agnès Rabiller <agnes.rabiller@ac-nantes.fr>",
  "Abonnement + convention",
"""Bonjour,

Notre abonnement à BNF Gallica Pro, commandé vendredi, n'est pas encore
visible sur le portail. Par ailleurs, je ne vois pas non plus la
convention correspondante dans "Mes marchés" sur l'Espace Acheteur.

Collège Saint-Gabriel - 0852581U

Agnès Rabiller
""", client="zb", uai="0852581U", plat="esidoc", hard=True, auto=False,
  notes="Two topics: a subscription not yet visible (main) and a convention missing from 'Mes marchés' (contract_documents), so a person answers.")

# ---------------------------------------------------------------------------
# order_billing
# ---------------------------------------------------------------------------
m("order_billing", "Comptabilité OGEC Saint-Félix <compta@ogec-stfelix-nantes.fr>",
  "Demande de devis renouvellement e-sidoc",
"""Bonjour,

Notre conseil d'administration de l'OGEC exige un devis avant tout
engagement de dépense. Pouvez-vous nous adresser un devis pour le
renouvellement de l'abonnement e-sidoc 2025-2026 ?

Lycée Saint-Félix, Nantes - 0441296V

Cordialement,
Service comptabilité OGEC
""", client="ol", uai="0441296V", plat="esidoc",
  notes="Quote requested by the OGEC before committing the renewal.")

m("order_billing", "Sylvie Bouchet <gestion@ensemble-ndcholet.fr>",
  "Facture rejetée Chorus",
"""Bonjour,

Votre facture n° FA-2025-01184 a été rejetée dans Chorus Pro : le SIRET
indiqué est celui de l'établissement et non celui de l'OGEC, qui est notre
entité juridique. Pouvez-vous la réémettre avec le bon SIRET ?

Sylvie Bouchet
Comptable OGEC - Ensemble scolaire Notre-Dame, Cholet (0491367V)
""", client="ol", uai="0491367V", plat=None,
  notes="Invoice rejected in Chorus Pro because of the SIRET (OGEC vs school): billing.")

m("order_billing", "Gwenaelle Rouxel <g.rouxel@ogec-stmartin-rennes.fr>",
  "Billing address change",
"""Hello,

Please note that from now on all invoices for OGEC Saint-Martin (UAI
0351593S) must be addressed to the OGEC, 12 rue de Fougères, 35000 Rennes,
and not to the school itself. Could you update our billing details?

Thank you,
Gwenaelle Rouxel
Bursar
""", lang="en", client="ol", uai="0351593S", plat=None,
  notes="English; billing address change for invoices.")

m("order_billing", "Pauline Ferré <pauline.ferre@ac-nantes.fr>",
  "Panier impossible à valider",
"""Bonjour,

Sur l'Espace Acheteur, quand je clique sur "Valider la commande", le bouton
tourne puis rien ne se passe. Le panier contient 14 articles (fournitures
CDI). Collège Sainte-Anne, Le Mans - 0722723U.

Pouvez-vous m'aider, c'est assez urgent ?

Pauline Ferré
""", client="zb", uai="0722723U", plat="espace_acheteur",
  notes="Basket cannot be validated on the Espace Acheteur.")

m("order_billing", "Yann Le Bras <yann.lebras@stemarie-quimper.fr>",
  "Moyens de paiement",
"""Bonjour,

Nous sommes un établissement privé sous contrat : nous ne payons pas par
mandat administratif mais par virement de l'OGEC. Le bon de commande
proposé sur la plateforme ne prévoit que le mandat. Comment faire ?

Y. Le Bras, gestionnaire
Lycée Sainte-Marie, Quimper - 0291755A
""", client="tb", uai="0291755A", plat="espace_acheteur",
  notes="Payment means: a private school pays by OGEC transfer, not administrative mandate.")

m("order_billing", "Benjamin Lory <benjamin.lory@lycee-stjeanbaptiste-angers.fr>",
  "Facture au mauvais établissement",
"""Bonjour,

La facture de l'abonnement du lycée Saint-Jean-Baptiste (0492562U) a été
établie au nom du collège de l'ensemble (0492618E). Notre OGEC ne peut pas
la payer en l'état. Pouvez-vous refaire la facture au nom du lycée ?

Benjamin Lory
Intendant
""", client="tb", uai="0492562U", plat=None, hard=True,
  notes="Invoice made out to the wrong school of the ensemble: about the lycée 0492562U; the collège 0492618E is mentioned as the wrong addressee.")

m("order_billing", "Anne Chauvin <a.chauvin@college-stjean-craon.fr>",
  "Bon de commande signé",
"""Bonjour,

Vous trouverez en pièce jointe le bon de commande signé pour le
renouvellement de nos licences. Merci de nous envoyer la facture
correspondante.

Collège Saint-Jean, Craon - 0531405P

Anne Chauvin
""", client="tb", att="pdf", uai="0531405P", plat=None,
  notes="Signed purchase order attached, invoice requested.")

m("order_billing", "Gaëtan Prigent <gaetan.prigent@ac-rennes.fr>",
  "Duplicata de facture",
"""Bonjour,

Pourriez-vous m'envoyer un duplicata de la facture de notre abonnement
e-sidoc de septembre ? L'original a été égaré lors du changement de
gestionnaire.

Merci,
Gaëtan Prigent
""", client="zb", cte="quoted-printable", plat="esidoc",
  notes="Invoice duplicate; no UAI, region from the ac-rennes.fr sender; quoted-printable.")

m("order_billing", "Erwan Le Floch <erwan.le-floch@ac-rennes.fr>",
  "Re: [#SUP-006602] mdp",
"""Merci pour le lien, c'est réglé !

Autre chose : la comptable de l'OGEC me demande où télécharger la facture
de l'abonnement, elle ne la trouve pas. Vous pouvez me l'envoyer ?

erwan

Le lun. 3 févr. 2025 à 14:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
> votre établissement (0562414V).
> Cordialement
""", client="gm", uai="0562414V", plat="esidoc", hard=True, reply=True,
  notes="Reply on a password ticket; the quoted history is about the password but the new question is an invoice.")

m("order_billing", "Isabelle Normand <isabelle.normand@stpierre-nantes.fr>",
  "Validation du panier - seuil",
"""Bonjour,

Mon panier dépasse le seuil de 1 500 € et l'Espace Acheteur me demande
une validation par un autre acheteur. Qui peut valider chez nous ?

Lycée Saint-Pierre, Nantes - 0442984E

Isabelle Normand
""", client="ol", uai="0442984E", plat="espace_acheteur",
  notes="Order validation above a threshold on the Espace Acheteur.")

# ---------------------------------------------------------------------------
# contract_documents
# ---------------------------------------------------------------------------
m("contract_documents", "Fabienne Guérin <f.guerin@ogec-stfelix-nantes.fr>",
  "Convention introuvable",
"""Bonjour,

Je ne trouve pas la convention d'adhésion de notre établissement dans la
rubrique "Mes marchés" de l'Espace Acheteur. Elle était signée en juin.

Lycée Saint-Félix-La Salle - 0441598Y

Merci,
Fabienne Guérin
""", client="ol", uai="0441598Y", plat="espace_acheteur",
  notes="Cannot see the signed membership convention in 'Mes marchés'.")

m("contract_documents", "Philippe Gaborit <p.gaborit@ogec-challans.fr>",
  "Avenant non visible",
"""Bonjour,

L'avenant n°2 au marché de fournitures, notifié le mois dernier,
n'apparaît pas dans nos documents sur l'Espace Acheteur. Pouvez-vous le
mettre à disposition ?

OGEC Sainte-Marie, Challans - 0852657B

Philippe Gaborit
""", client="ol", uai="0852657B", plat="espace_acheteur",
  notes="Amendment to the market not visible in the documents.")

m("contract_documents", "Julien Moreau <julien.moreau@stvincent-rennes.fr>",
  "Framework agreement documents",
"""Hello,

I cannot find the framework agreement documents (CCAP, price list) for the
office supplies market in our buyer space. UAI 0352323K.

Could you make them available?

Julien Moreau
""", lang="en", client="ol", uai="0352323K", plat="espace_acheteur",
  notes="English; market documents not visible in the buyer space.")

m("contract_documents", "Direction diocésaine Nantes <achats@ddec-exemple.fr>",
  "Accès aux pièces du marché pour le réseau",
"""Bonjour,

La direction diocésaine souhaite consulter les pièces du marché
"mobilier scolaire" (CCTP, avenants) auxquelles les établissements de
notre réseau ont adhéré. Nous n'y avons pas accès depuis notre compte.

Cordialement,
Service achats - DDEC
""", client="ol", plat="espace_acheteur",
  notes="The diocesan direction cannot see the market documents; no UAI, non-academic domain, no region.")

m("contract_documents", "Florence Abiven <florence.abiven29@gmail.com>",
  "Conventions",
"""Bonjour,

Je ne vois aucune des conventions signées par notre établissement sur
votre plateforme. Notre UAI : 0292669A.

Merci de faire le nécessaire,
F. Abiven
""", client="gm", uai=None, plat=None, hard=True,
  notes="The code 0292669A has a wrong check letter (the digits give 0292669U), so no UAI; gmail sender, no region.")

m("contract_documents", "Gestion Collège Sainte-Anne <gestion@steanne-lemans.fr>",
  "Convention à signer introuvable",
"""Bonjour,

On nous annonce une convention à signer électroniquement, mais je ne la
vois pas dans mon espace de signature : la liste des documents est vide.

Collège Sainte-Anne, Le Mans - 0721276W

Cordialement,
M. Pottier
""", client="ol", uai="0721276W", plat="esignature",
  notes="Cannot see the convention to sign in the e-signature space.")

m("contract_documents", "Ludivine Beucher <ludivine.beucher@ac-nantes.fr>",
  "Documents du marché",
"""Bonjour,

Les documents du marché "manuels scolaires" ne s'affichent plus dans
l'Espace Acheteur (message : "document indisponible").

Collège Saint-Joseph - 0531965Y

Ludivine Beucher
""", client="ol", fmt="html", uai="0531965Y", plat="espace_acheteur",
  notes="HTML-only; market documents no longer display.")

# ---------------------------------------------------------------------------
# transfer_incident
# ---------------------------------------------------------------------------
m("transfer_incident", "Informatique La Salle Saint-Nazaire <informatique@ensemble-lasalle-stnazaire.fr>",
  "Transfert EcoleDirecte en échec",
"""Bonjour,

Depuis hier le transfert des données de notre logiciel de gestion vers
EcoleDirecte échoue avec le message "Erreur 503 - délai dépassé".
Établissement : 0442575K.

Merci de votre intervention,
Service informatique
""", client="ol", uai="0442575K", plat="ecoledirecte",
  notes="School-management data transfer failing.")

m("transfer_incident", "Proviseur adjoint <adjoint@sacrecoeur-angers.fr>",
  "Mot de passe de maintenance",
"""Bonjour,

Pouvez-vous nous communiquer le mot de passe de maintenance du jour ?
Nous devons relancer la synchronisation EcoleDirecte après le changement
d'emploi du temps.

Lycée du Sacré-Cœur, Angers - 0491320U
""", client="ol", uai="0491320U", plat="ecoledirecte",
  notes="Daily maintenance password to resynchronise: transfer_incident per the taxonomy.")

m("transfer_incident", "Gilles Tessier <g.tessier@stmichel-laferte.fr>",
  "Licence expirée",
"""Bonjour,

Le logiciel de vie scolaire nous indique que la licence est expirée et
refuse l'export vers EcoleDirecte. Pouvez-vous régénérer la licence ?
UAI 0722285T

Merci
G. Tessier
""", client="tb", uai="0722285T", plat="ecoledirecte",
  notes="Licence to regenerate for the school-management transfer.")

m("transfer_incident", "Alan Rolland <alan.rolland@stmalo-providence.fr>",
  "Sync failure",
"""Hello,

The nightly synchronisation between our school-management database and
EcoleDirecte has failed three nights in a row ("authentication refused").
UAI 0351804W. Logs available on request.

Alan Rolland
IT manager
""", lang="en", client="ol", uai="0351804W", plat="ecoledirecte",
  notes="English; nightly synchronisation failing.")

m("transfer_incident", "Secrétariat Collège Saint-Paul <secretariat@stpaul-lessables.fr>",
  "mot de passe maintenance",
"""Bonjour,

Ce n'est pas un mot de passe oublié : il nous faut le mot de passe de
maintenance pour réindexer la base élèves avant le transfert.
Collège Saint-Paul - 0851178U

Merci
""", client="ol", uai="0851178U", plat="ecoledirecte", hard=True,
  notes="Negation 'ce n'est pas un mot de passe oublié': the maintenance password is transfer_incident, not password_reset.")

m("transfer_incident", "Tugdual Le Roux <tugdual.leroux@ac-rennes.fr>",
  "Import annuaire élèves e-sidoc",
"""Bonjour,

L'import automatique des comptes élèves dans e-sidoc (synchronisation avec
l'annuaire) est en erreur depuis la rentrée de janvier : les nouveaux élèves
ne peuvent pas se connecter. Code 0221495F.

Tugdual Le Roux
""", client="tb", uai="0221495F", plat="esidoc",
  notes="Directory synchronisation into e-sidoc failing: a data transfer incident.")

m("transfer_incident", "Service informatique Saint-Jean-Baptiste <dsi@lasalle-auray.fr>",
  "Transfert lycée KO, collège OK",
"""Bonjour,

Nous avons deux bases dans l'ensemble scolaire : le transfert du collège
(0561230H) fonctionne, mais celui du lycée (0562973C) échoue à chaque fois
depuis lundi avec "fichier incomplet".

Merci,
Service informatique
""", client="ol", uai="0562973C", plat="ecoledirecte", hard=True,
  notes="Ensemble with two UAIs: the failing transfer is the lycée's 0562973C; the collège 0561230H works.")

m("transfer_incident", "Sophie Garnier <sophie.garnier@ac-nantes.fr>",
  "Erreur transfert - journal joint",
"""Bonjour,

Je vous joins le journal du dernier transfert, qui s'arrête à 37 %.
Lycée Immaculée-Conception, Laval - 0531203V

Sophie Garnier
""", client="zb", att="txt", uai="0531203V", plat="ecoledirecte",
  notes="Transfer log attached; transfer stops midway.")

m("transfer_incident", "Kevin Abgrall <kevin.abgrall29@gmail.com>",
  "transfert bloque",
"""bonjour, le transfert de donnees vers ecoledirecte est bloque depuis ce
matin, message "base verrouillee". college st joseph landivisiau 0292465X.
merci de rappeler au 02 98 00 00 00
kevin
""", client="gm", uai="0292465X", plat="ecoledirecte",
  notes="Transfer blocked with a locked database message; no accents.")

m("transfer_incident", "Morgane Tanguy <morgane.tanguy@ac-rennes.fr>",
  "Synchronisation EcoleDirecte",
"""Bonjour,

La synchronisation des emplois du temps vers EcoleDirecte ne se fait plus
depuis vendredi. Collège Notre-Dame, Guingamp - 0222715G.

Merci,
Morgane
""", client="tb", uai="0222715G", plat="ecoledirecte",
  notes="Timetable synchronisation to EcoleDirecte stopped.")

# ---------------------------------------------------------------------------
# automated
# ---------------------------------------------------------------------------
AUTO_OOO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

m("automated", "Mathieu Cosnard <m.cosnard@ensemble-stlaud-angers.fr>",
  "Réponse automatique : [#SUP-008112] Accès admin e-sidoc lycée",
"""Bonjour,

Je suis absent du 17 au 28 février inclus, sans accès à ma messagerie.
Pour toute urgence, merci de contacter l'accueil de l'ensemble scolaire
au 02 41 00 00 00.

Cordialement,
Mathieu Cosnard
""", client="ol", hdrs=AUTO_OOO, reply=True,
  notes="Exchange out-of-office in French (Auto-Submitted, X-Auto-Response-Suppress).")

m("automated", "Emily Carter <e.carter@stgabriel-cesson.fr>",
  "Out of office: New buyer account",
"""Thank you for your message. I am out of the office until Monday 14 April
with limited access to email. For urgent matters please contact the school
office.

Emily Carter
""", lang="en", client="gm", hdrs=[("Auto-Submitted", "auto-replied")], reply=True,
  notes="English Gmail vacation responder (Auto-Submitted: auto-replied).")

m("automated", "Mail Delivery System <MAILER-DAEMON@mx.ogec-stjoseph-clisson.fr>",
  "Undelivered Mail Returned to Sender",
"""This is the mail system at host mx.ogec-stjoseph-clisson.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<compta.ancien@ogec-stjoseph-clisson.fr>: host
    mx.ogec-stjoseph-clisson.fr[192.0.2.77] said: 550 5.1.1
    <compta.ancien@ogec-stjoseph-clisson.fr>: Recipient address rejected: User
    unknown in local recipient table
""", lang="en", rpath="<>", hdrs=[("Auto-Submitted", "auto-replied")],
  raw=dict(kind="delivery-status",
           status="Reporting-MTA: dns; mx.ogec-stjoseph-clisson.fr\n"
                  "Arrival-Date: Tue, 14 Jan 2025 09:12:03 +0100 (CET)\n\n"
                  "Final-Recipient: rfc822; compta.ancien@ogec-stjoseph-clisson.fr\n"
                  "Action: failed\nStatus: 5.1.1\n"
                  "Diagnostic-Code: smtp; 550 5.1.1 User unknown in local recipient table\n",
           orig="From: Assistance <support@assistance.example.fr>\n"
                "To: compta.ancien@ogec-stjoseph-clisson.fr\n"
                "Subject: [#SUP-007730] Votre demande de devis\n"
                "Date: Tue, 14 Jan 2025 09:12:00 +0100\n"
                "Message-ID: <SUP-007730.1736842320.a81c2e@assistance.example.fr>\n"
                "Auto-Submitted: auto-replied\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n"
                "Bonjour,\n\nVotre demande a bien été transmise au service commercial.\n\n"
                "L'équipe d'assistance\n"),
  notes="Postfix bounce, multipart/report delivery-status with the original attached, null Return-Path.")

m("automated", "Microsoft Outlook <postmaster@stemarie-quimper.fr>",
  "Non remis : [#SUP-007991] Moyens de paiement",
"""Votre message n'a pas pu être remis à yann.lebras@stemarie-quimper.fr,
car l'adresse de messagerie est introuvable ou n'existe plus.

Que dois-je faire ?
Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème
persiste, contactez l'administrateur de votre messagerie.

Serveur ayant signalé l'erreur : AM9P192MB1234.EURP192.PROD.OUTLOOK.COM
""", client="ol", rpath="<>", hdrs=[("Auto-Submitted", "auto-replied")],
  raw=dict(kind="delivery-status",
           status="Reporting-MTA: dns;AM9P192MB1234.EURP192.PROD.OUTLOOK.COM\n"
                  "Received-From-MTA: dns;mx1.assistance.example.fr\n"
                  "Arrival-Date: Thu, 20 Feb 2025 10:40:11 +0000\n\n"
                  "Final-Recipient: rfc822;yann.lebras@stemarie-quimper.fr\n"
                  "Action: failed\nStatus: 5.1.10\n"
                  "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
           orig=None),
  notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report.")

m("automated", "Mailinblack <ne-pas-repondre@protection.mailinblack.example>",
  "Votre message à stephanie.marais@ogec-stjoseph-lemans.fr est en attente",
"""Bonjour,

Votre message à destination de stephanie.marais@ogec-stjoseph-lemans.fr
est en attente. Pour qu'il soit délivré, merci de confirmer que vous êtes
bien un humain en cliquant sur le lien ci-dessous et en recopiant le code
affiché :

https://protection.mailinblack.example/auth/7Qd2pL9xZ

Ce message est généré automatiquement, merci de ne pas y répondre.

Mailinblack - Protection de messagerie
""", fmt="alt", hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], hard=True,
  notes="A MailInBlack challenge sent to our own outgoing mail: a robot, not a person describing a block, so automated rather than mailinblack_spam.")

m("automated", "Pauline Ferré <pauline.ferre@ac-nantes.fr>",
  "Lu : [#SUP-008244] Panier impossible à valider",
"""Votre message

  À : Pauline Ferré
  Objet : [#SUP-008244] Panier impossible à valider
  Envoyé : 12/03/2025 14:02

a été lu le 12/03/2025 14:31.
""", client="ol",
  raw=dict(kind="disposition-notification",
           status="Reporting-UA: ac-nantes.fr; Microsoft Outlook 16.0\n"
                  "Final-Recipient: rfc822;pauline.ferre@ac-nantes.fr\n"
                  "Original-Message-ID: <SUP-008244.1741784520.bd11a0@assistance.example.fr>\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n",
           orig=None),
  notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-nantes.fr sender.")

m("automated", "Sarah Nicolas <sarah.nicolas@ac-rennes.fr>",
  "Return Receipt (displayed) - Re: Subscription not showing",
"""This is a Return Receipt for the mail that you sent to
sarah.nicolas@ac-rennes.fr.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.
""", lang="en", client="tb",
  raw=dict(kind="disposition-notification",
           status="Reporting-UA: ac-rennes.fr; Thunderbird 128.5.0\n"
                  "Final-Recipient: rfc822;sarah.nicolas@ac-rennes.fr\n"
                  "Original-Message-ID: <SUP-008301.1742201100.0c9f55@assistance.example.fr>\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n",
           orig=None),
  notes="Thunderbird return receipt in English, disposition-notification; region from the ac-rennes.fr sender.")

m("automated", "Enseignement catholique Pays de la Loire <lettre@ec-paysdelaloire-exemple.fr>",
  "La Lettre de l'Enseignement catholique - mars 2025",
"""La Lettre de l'Enseignement catholique - n° 142 - mars 2025

À la une
- Journée régionale des chefs d'établissement coordinateurs : inscriptions
  ouvertes jusqu'au 4 avril.
- Formation des gestionnaires OGEC : nouveau module sur la dématérialisation
  des factures.
- Pastorale scolaire : retour sur le rassemblement des lycéens à Angers.

Vous recevez cette lettre car vous êtes abonné à la liste de diffusion.
Se désinscrire : https://ec-paysdelaloire-exemple.fr/desinscription
""", client="ol", fmt="alt",
  hdrs=[("List-Id", "Lettre EC Pays de la Loire <lettre.ec-paysdelaloire-exemple.fr>"),
        ("List-Unsubscribe", "<https://ec-paysdelaloire-exemple.fr/desinscription>"),
        ("Precedence", "bulk")],
  notes="Regional Enseignement catholique newsletter (List-Id, Precedence: bulk).")

m("automated", "e-sidoc <no-reply@esidoc-notifications.example.fr>",
  "Rapport hebdomadaire de votre portail",
"""Bonjour,

Voici l'activité de votre portail du 3 au 9 mars 2025 :
- 412 visites
- 57 réservations
- 3 suggestions d'acquisition en attente

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", fmt="alt", hdrs=[("Auto-Submitted", "auto-generated")], plat="esidoc",
  notes="Auto-generated weekly activity report from the e-sidoc platform.")

m("automated", "Nathalie Ménard <n.menard@ogec-stelouis-saumur.fr>",
  "RE: Désignation administrateur",
"""Bonjour,

Je suis actuellement absente et je reprendrai mes fonctions le lundi 10
mars. Votre message ne sera pas transféré.

En cas d'urgence, vous pouvez joindre le secrétariat de l'ensemble scolaire.

Nathalie Ménard
Gestionnaire OGEC
""", client="ol", hard=True,
  notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.")

m("automated", "Vincent Ricou <vincent.ricou@ac-nantes.fr>",
  "Absence : Re: toujours pas de mail",
"""Je suis absent jusqu'au 3 mars. Je prendrai connaissance de votre message
à mon retour.

V. Ricou
""", client="zb", hdrs=[("Auto-Submitted", "auto-replied")], reply=True,
  notes="Zimbra out-of-office; region from the ac-nantes.fr sender.")

m("automated", "Gwladys Le Cam <gwladys.lecam@ac-rennes.fr>",
  "[doc-bretagne] Mot de passe e-sidoc : quelqu'un a la procédure ?",
"""Bonjour à toutes et tous,

Quelqu'un sait-il comment récupérer le mot de passe admin e-sidoc quand la
personne partie avait mis son adresse perso ? Je suis dans un lycée privé
de Pontivy et personne n'a la main.

Merci !
Gwladys

_______________________________________________
doc-bretagne mailing list
doc-bretagne@listes.ac-rennes.fr
""", client="tb", plat="esidoc", hard=True, to="doc-bretagne@listes.ac-rennes.fr",
  hdrs=[("List-Id", "Documentalistes de Bretagne <doc-bretagne.listes.ac-rennes.fr>"),
        ("List-Post", "<mailto:doc-bretagne@listes.ac-rennes.fr>"),
        ("Precedence", "list")],
  notes="A real e-sidoc password question, but posted to a mailing list the desk receives (List-Id, Precedence: list), not written to us; region from the ac-rennes.fr sender.")

m("automated", "Signature électronique <notifications@signature-electronique.example.fr>",
  "Document signé : Convention d'adhésion 2025 - Collège Sainte-Anne",
"""Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 -
Collège Sainte-Anne ». Vous pouvez le télécharger depuis votre espace
pendant 30 jours.

Ceci est un message automatique.
""", fmt="html", plat="esignature", hard=True,
  notes="E-signature 'completed' notification without Auto-Submitted or Precedence; the no-reply style and wording show it is automatic.")

m("automated", "Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
  "Chorus Pro - Changement de statut de votre facture",
"""Bonjour,

La facture n° FA-2025-01184 déposée sur Chorus Pro a changé de statut :
REJETÉE.
Motif : SIRET du destinataire invalide.

Ce courriel est généré automatiquement, merci de ne pas y répondre.
""", hdrs=[("Auto-Submitted", "auto-generated")],
  notes="Auto-generated Chorus Pro status notification: about an invoice, but nobody wrote it to us.")

m("automated", "Mail Delivery System <Mailer-Daemon@smtp.ndkerbertrand.fr>",
  "Mail delivery failed: returning message to sender",
"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  christine.lebreton@ndkerbertrand.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: [#SUP-007402] Confirmations de commande non reçues
From: Assistance <support@assistance.example.fr>

Bonjour, pouvez-vous vérifier votre dossier de courrier indésirable ?
""", lang="en", rpath="<>", hard=True,
  notes="Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.")

m("automated", "Assistance informatique DDEC <helpdesk@ddec-exemple.fr>",
  "[GLPI #0004521] Nouveau ticket : Liste blanche MailInBlack pour le réseau",
"""Bonjour,

Votre demande a bien été enregistrée sous le numéro 0004521.
Un technicien la prendra en charge dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.
""", hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF")],
  notes="Helpdesk auto-acknowledgement from a diocesan GLPI; the MailInBlack words are only in the quoted subject.")

m("automated", "Laure Baudouin <laure.baudouin@sacrecoeur-angers.fr>",
  "Réponse automatique : Changement d'administrateur Espace Acheteur",
"""Bonjour,

Je suis en congé maternité jusqu'au 30 juin. Pour toute question
concernant les achats, merci d'écrire à intendance@sacrecoeur-angers.fr.

Bien cordialement,
Laure Baudouin
""", client="ol", hdrs=AUTO_OOO,
  notes="Outlook out-of-office with Auto-Submitted and X-Auto-Response-Suppress.")

m("automated", "Système de messagerie <MAILER-DAEMON@ac-nantes.fr>",
  "Échec de la remise : boîte pleine",
"""Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<damien.lemaitre@ac-nantes.fr> : la boîte aux lettres du destinataire est
pleine (quota dépassé). Le message a été refusé.
""", rpath="<>", hdrs=[("Auto-Submitted", "auto-replied")],
  raw=dict(kind="delivery-status",
           status="Reporting-MTA: dns; smtp.ac-nantes.fr\n\n"
                  "Final-Recipient: rfc822; damien.lemaitre@ac-nantes.fr\n"
                  "Action: failed\nStatus: 5.2.2\n"
                  "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
           orig=None),
  notes="French bounce (mailbox full), multipart/report; region from the ac-nantes.fr MAILER-DAEMON domain.")

m("automated", "EcoleDirecte <information@ecoledirecte-infos.example.fr>",
  "Maintenance programmée de la plateforme",
"""Madame, Monsieur,

Une opération de maintenance aura lieu dans la nuit du samedi 5 au
dimanche 6 avril, de 22 h à 6 h. La plateforme et les transferts de
données seront indisponibles pendant cette période.

Merci de votre compréhension.
Pour ne plus recevoir ces informations : lien de désabonnement.
""", fmt="alt", plat="ecoledirecte",
  hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:desabonnement@ecoledirecte-infos.example.fr>")],
  notes="Bulk maintenance announcement from EcoleDirecte (Precedence: bulk, List-Unsubscribe).")

m("automated", "Postmaster <postmaster@stgabriel-cesson.fr>",
  "Avertissement : remise différée",
"""Ceci est un message d'avertissement uniquement.
Vous n'avez pas besoin de renvoyer votre message.

La remise aux destinataires suivants a été retardée :
    e.carter@stgabriel-cesson.fr

Le serveur continuera d'essayer pendant 48 heures.
""", rpath="<>",
  raw=dict(kind="delivery-status",
           status="Reporting-MTA: dns; mail.stgabriel-cesson.fr\n\n"
                  "Final-Recipient: rfc822; e.carter@stgabriel-cesson.fr\n"
                  "Action: delayed\nStatus: 4.4.1\n"
                  "Will-Retry-Until: Fri, 21 Mar 2025 10:00:00 +0100\n",
           orig=None),
  notes="Delivery delay warning (Action: delayed), multipart/report, null Return-Path.")

# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------
m("other", "Hervé Le Bihan <herve.lebihan@ac-rennes.fr>",
  "Re: [#SUP-007650] Mot de passe + facture",
"""Parfait, tout est rentré dans l'ordre, merci beaucoup pour votre
rapidité !

Hervé

Le 05/12/2024 à 16:20, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe vient de vous être envoyé ;
> la facture a été renvoyée à votre OGEC.
""", client="tb", plat="esidoc", hard=True, reply=True,
  notes="Thanks only, quoting our answer: 'mot de passe' and 'facture' appear but nothing is asked; region from the ac-rennes.fr sender.")

m("other", "Ryan Cooper <ryan@top-rank-seo.example.com>",
  "Get your school website to page 1 of Google",
"""Hi there,

I was checking your website and noticed it is not ranking for key terms.
Our team can get you on page 1 within 30 days, guaranteed. Reply YES for a
free audit.

Best,
Ryan
""", lang="en", auth="fail",
  notes="English SEO spam.")

m("other", "Service recouvrement <recouvrement@factures-relance.example.net>",
  "URGENT - Facture impayée n° 2025-8841",
"""Madame, Monsieur,

Sauf erreur de notre part, la facture jointe reste impayée à ce jour.
Merci de procéder au règlement sous 48 h afin d'éviter des pénalités.
Ouvrez le document joint pour consulter le détail.

Service recouvrement
""", att="pdf", auth="fail", hard=True,
  notes="Fake 'unpaid invoice' with a PDF attachment from an unknown sender: phishing, not order_billing.")

m("other", "Maud Hamelin <maud.hamelin@ac-nantes.fr>",
  "Formation e-sidoc pour les nouveaux documentalistes",
"""Bonjour,

Proposez-vous des sessions de formation à e-sidoc pour les documentalistes
nouvellement nommés dans l'enseignement privé ? Nous serions cinq dans le
diocèse d'Angers à être intéressées.

Merci,
Maud Hamelin
""", client="zb", plat="esidoc",
  notes="Asks about training sessions: none of the support categories.")

m("other", "Léa Fourmy <lea.fourmy@etu.univ-exemple.fr>",
  "Candidature spontanée - stage",
"""Madame, Monsieur,

Étudiante en master Information-Documentation, je recherche un stage de
deux mois à partir de mai. Vous trouverez mon CV en pièce jointe.

Respectueusement,
Léa Fourmy
""", att="pdf", client="gm",
  notes="Internship application, unrelated to support.")

m("other", "Paul-Henri Daguin <ph.daguin@ac-rennes.fr>",
  "Suggestion pour le portail",
"""Bonjour,

Ce serait formidable de pouvoir afficher sur la page d'accueil du portail
e-sidoc les nouveautés du mois sous forme de carrousel, comme sur certains
sites de médiathèques. Est-ce prévu ?

Bonne continuation,
P.-H. Daguin
""", client="tb", plat="esidoc",
  notes="Feature suggestion, not a support request.")

m("other", "Salon Educatech Ouest <contact@salon-educ-ouest.example.com>",
  "Invitation : Salon de l'éducation numérique - Nantes",
"""Bonjour,

Nous avons le plaisir de vous inviter au Salon de l'éducation numérique,
les 15 et 16 mai au parc des expositions. Réservez dès maintenant votre
stand exposant à tarif préférentiel !

L'équipe du salon
""", fmt="alt", auth="fail",
  notes="Commercial invitation from an event organiser, unsolicited.")

m("other", "Présidente OGEC Saint-Joseph <presidence@ogec-stjoseph-clisson.fr>",
  "RGPD - registre des traitements",
"""Bonjour,

Dans le cadre de la mise à jour du registre des traitements de l'OGEC,
pouvez-vous nous transmettre les informations sur les données personnelles
que vous traitez pour notre établissement (hébergement, durée de
conservation, sous-traitants) ?

Collège Saint-Joseph, Clisson - 0442003N

Cordialement,
La présidente de l'OGEC
""", client="ol", uai="0442003N",
  notes="GDPR information request from the OGEC: not one of the support categories.")

m("other", "Rozenn Le Gall <rozenn.legall@gmail.com>",
  "Re: Pas de mail pour le nouveau mot de passe",
"""C'était dans les indésirables, désolée ! Merci, c'est bon.

Rozenn

Le mar. 8 oct. 2024 à 11:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
> no-reply à vos contacts.
""", client="gm", plat="esidoc", hard=True, reply=True,
  notes="Closing thanks: the mail was in the junk folder; quoted junk-folder advice, nothing asked.")

m("other", "Stéphanie Loiseau <steph.loiseau@free.fr>",
  "Notes de mon fils",
"""Bonjour,

Je n'arrive pas à voir les notes de mon fils sur EcoleDirecte depuis le
début du trimestre, alors que ma fille, dans le même collège, a bien les
siennes. Pouvez-vous régler ça ? Il est en 4e B au collège Saint-Jean de
Craon.

Merci
S. Loiseau
""", client="gm", plat="ecoledirecte", hard=True,
  notes="A parent writing about a pupil's grades: not a staff support request the desk handles, despite the platform.")

m("other", "IT Security <security@ac-nantes-securite.example.com>",
  "Your password expires today",
"""Dear user,

Your mailbox password expires today. To keep your account active, confirm
your current password within 24 hours using the secure link below:

http://ac-nantes-securite.example.com/verify

IT Security Team
""", lang="en", auth="fail", fmt="html", hard=True,
  notes="English phishing: mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region.")

m("other", "Julie Santerre <j.santerre@editions-jeunesse.example.fr>",
  "Proposition de partenariat",
"""Bonjour,

Éditeur de romans jeunesse, nous souhaiterions proposer nos titres aux CDI
des établissements catholiques de l'Ouest. Pouvons-nous échanger sur un
partenariat ?

Julie Santerre
Chargée de développement
""", client="ap",
  notes="Publisher's partnership proposal, not support.")

m("other", "Armelle Nicol <armelle.nicol@ac-rennes.fr>",
  "Intervention journée pédagogique",
"""Bonjour,

Dans le cadre de la journée pédagogique des documentalistes du réseau
(enseignement catholique du Morbihan), serait-il possible qu'une personne
de votre équipe vienne présenter les nouveautés d'e-sidoc, le 22 avril ?

Bien cordialement,
Armelle Nicol
""", client="tb", plat="esidoc",
  notes="Asks for a presentation at a training day: other.")

m("other", "Marc Kervella <direction@stjoseph-hennebont.fr>",
  "Re: Enquête de satisfaction",
"""Bonjour,

En réponse à votre enquête : service très satisfaisant, délais corrects.
Seul regret, le numéro de téléphone est difficile à joindre le lundi.

Marc Kervella
Collège Saint-Joseph, Hennebont
""", client="ap", reply=True,
  notes="Answer to a satisfaction survey, written by a head but asking nothing.")

m("other", "Chantal Barré <chantal.barre@stemarie-pornic.fr>",
  "Désinscription",
"""Bonjour,

Merci de me retirer de votre liste de diffusion, je ne suis plus
gestionnaire depuis septembre.

Chantal Barré
""", client="ol",
  notes="Unsubscribe request.")

m("other", "Ophélie Renard <ophelie.renard@ac-nantes.fr>",
  "Lier une notice à un exemplaire",
"""Bonjour,

Comment rattacher un exemplaire à une notice déjà existante dans le
catalogue ? Quand je fais la saisie, ça me crée un doublon à chaque fois.

Lycée Saint-Joseph La Joliverie - 0442688H

Merci,
Ophélie Renard
""", client="zb", uai="0442688H", plat="esidoc",
  notes="Cataloguing how-to question: none of the support categories.")

# ---------------------------------------------------------------------------
# wrapping: headers, transfer encodings, structure
# ---------------------------------------------------------------------------
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
LOG = """[2025-03-11 22:00:02] Début du transfert
[2025-03-11 22:00:05] Connexion au serveur : OK
[2025-03-11 22:03:41] Export des élèves : 37 %
[2025-03-11 22:03:41] ERREUR : flux interrompu par le serveur distant
[2025-03-11 22:03:41] Transfert abandonné
"""
ATTACH = {"pdf": (PDF, "application", "pdf", "document.pdf"),
          "png": (PNG, "image", "png", "capture-quarantaine.png"),
          "txt": (LOG, "text", "plain", "journal_transfert.log")}
ATT_NAMES = {"pdf": ["courrier_chef_etablissement.pdf", "bon_de_commande_signe.pdf",
                     "Facture_2025-8841.pdf", "CV_Lea_Fourmy.pdf"]}


def client_headers(client, domain):
    r = RNG
    if client == "ol":
        mid = "<%s%s@%s>" % ("".join(r.choice("0123456789ABCDEF") for _ in range(16)),
                             "$%08X" % r.getrandbits(32), "EXCH01." + domain)
        return mid, [("X-Mailer", "Microsoft Outlook 16.0"),
                     ("Thread-Index", "AdtQ" + "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789") for _ in range(24))),
                     ("Content-Language", "fr")]
    if client == "gm":
        mid = "<CA%s@mail.gmail.com>" % "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_") for _ in range(40))
        return mid, []
    if client == "ap":
        mid = "<%s@%s>" % (str(uuid.UUID(int=r.getrandbits(128))).upper(), domain)
        return mid, [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    if client == "zb":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randint(10**8, 10**9), r.randint(10**5, 10**6),
                                                  r.randint(10**12, 10**13), domain)
        return mid, [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)"),
                     ("Thread-Topic", None)]
    if client == "tb":
        mid = "<%s@%s>" % (uuid.UUID(int=r.getrandbits(128)), domain)
        return mid, [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
    # robots and unknown agents
    mid = "<%d.%s@%s>" % (r.randint(10**9, 10**10), "".join(r.choice("abcdef0123456789") for _ in range(12)), domain)
    return mid, []


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body><div style=\"font-family: Calibri, Arial, sans-serif; font-size: 11pt\">\n"
            + "\n".join(out) + "\n</div></body></html>\n")


def random_date():
    start = datetime(2024, 9, 2)
    while True:
        d = start + timedelta(days=RNG.randint(0, 290))
        if d.weekday() < 5 or RNG.random() < 0.1:
            break
    d = d.replace(hour=RNG.randint(7, 19), minute=RNG.randint(0, 59), second=RNG.randint(0, 59))
    off = 2 if 4 <= d.month <= 10 else 1
    return d.replace(tzinfo=timezone(timedelta(hours=off)))


FOLD = policy.default.clone(linesep="\n")


def build(i, x):
    addr = parseaddr(x["frm"])[1]
    domain = addr.rpartition("@")[2].lower()
    date = random_date()
    mid, chead = client_headers(x["client"] if not x["rpath"] else "robot", domain)
    ip = "%d.0.%d.%d" % (RNG.choice([192, 198, 203]), RNG.choice([2, 113]), RNG.randint(2, 250))
    auth = x["auth"]
    headers = [
        ("Return-Path", x["rpath"] or "<%s>" % addr),
        ("Delivered-To", SUPPORT),
        ("Received", "from smtp.%s (smtp.%s [%s])\r\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\r\n"
                     "\tfor <%s>; %s" % (domain, domain, ip,
                                         "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)),
                                         SUPPORT, format_datetime(date + timedelta(seconds=7)))),
        ("Authentication-Results", "mx1.assistance.example.fr;\r\n\tdkim=%s header.d=%s;\r\n\tspf=%s smtp.mailfrom=%s;\r\n\tdmarc=%s header.from=%s"
         % ("pass" if auth == "pass" else "none", domain, "pass" if auth == "pass" else "softfail", domain,
            "pass" if auth == "pass" else "fail", domain)),
        ("Message-ID", mid),
        ("Date", format_datetime(date)),
        ("From", x["frm"]),
        ("To", x["to"] or "Assistance <%s>" % SUPPORT),
    ]
    if x["cc"]:
        headers.append(("Cc", x["cc"]))
    headers.append(("Subject", x["subj"]))
    if x["reply"]:
        ref = "<SUP-%06d.%d.%06x@assistance.example.fr>" % (RNG.randint(5000, 9000), int(date.timestamp()) - 86400 * RNG.randint(1, 9), RNG.getrandbits(24))
        headers += [("In-Reply-To", ref), ("References", ref)]
    for k, v in chead:
        headers.append((k, v if v is not None else x["subj"]))
    headers += x["hdrs"]

    if x["raw"]:
        # hand-assembled multipart/report (bounce, delivery delay, read receipt)
        r = x["raw"]
        b = "=_report_%08x" % RNG.getrandbits(32)
        hmsg = EmailMessage(policy=FOLD)
        for k, v in headers:
            hmsg[k] = v.replace("\r\n\t", " ")
        head = hmsg.as_string().rstrip("\n") + "\n"
        parts = ["--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
                 "Content-Description: Notification\n\n%s\n" % (b, x["body"]),
                 "--%s\nContent-Type: message/%s\n\n%s\n" % (b, r["kind"], r["status"])]
        if r.get("orig"):
            parts.append("--%s\nContent-Type: message/rfc822\nContent-Description: Undelivered Message\n\n%s\n" % (b, r["orig"]))
        text = (head + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=%s;\n boundary=\"%s\"\n\n"
                "This is a MIME-encapsulated message.\n\n" % (r["kind"], b) + "".join(parts) + "--%s--\n" % b)
        return text.encode("utf-8")

    msg = EmailMessage(policy=FOLD)
    for k, v in headers:
        msg[k] = v.replace("\r\n\t", " ")
    cte = x["cte"]
    if x["fmt"] == "plain":
        msg.set_content(x["body"], cte=cte)
    elif x["fmt"] == "html":
        msg.set_content(to_html(x["body"]), subtype="html", cte=cte)
    else:
        msg.set_content(x["body"], cte=cte)
        msg.add_alternative(to_html(x["body"]), subtype="html", cte="quoted-printable" if cte == "8bit" else cte)
    if x["att"]:
        data, maintype, subtype, name = ATTACH[x["att"]]
        if x["att"] == "pdf":
            name = ATT_NAMES["pdf"].pop(0)
        if maintype == "text":
            msg.add_attachment(data, subtype=subtype, filename=name, cte="quoted-printable")
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for part in msg.walk():
        if part.is_multipart():  # fixed boundaries keep the output deterministic
            part.set_boundary("----=_Part_%d_%010d" % (i, RNG.getrandbits(30)))
    return msg.as_bytes(policy=FOLD)


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d(?: ?\d){6} ?[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    chunks = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Subject")]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            chunks.append(part.get_content())
        elif ct == "text/html":
            chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    for sub in msg.walk():
        if sub.get_content_type() == "message/rfc822":
            inner = sub.get_payload(0)
            chunks += [str(inner.get(h, "")) for h in ("From", "To", "Subject")]
    return "\n".join(chunks)


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150, len(labels)
    files = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "file set"
    assert [l["file"] for l in labels] == files
    seen = set()
    for lab in labels:
        fn = lab["file"]
        assert list(lab) == keys, (fn, list(lab))
        assert lab["category"] in CATEGORIES, fn
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), fn
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, fn
        assert lab["uai"] is None or uai_ok(lab["uai"]), fn
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, fn
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, fn
        assert lab["lang"] in ("fr", "en"), fn
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 15 and lab["notes"].endswith("."), fn

        with open(os.path.join(HERE, fn), "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (fn, h)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
            for name, value in part.items():
                assert not getattr(value, "defects", None), (fn, name, value.defects)
        text = visible_text(msg)
        found = {c.replace(" ", "").upper() for c in CODE_RE.findall(text)}
        wrong = [c for c in found if not uai_ok(c)]
        for c in found:
            if uai_ok(c):
                assert c == lab["uai"] or c in lab["notes"], (fn, c)
            else:
                assert "wrong check letter" in lab["notes"] and c in lab["notes"], (fn, c)
                assert check_letter(c[:7]) != c[7], (fn, c)
        if "wrong check letter" in lab["notes"]:
            assert wrong, (fn, "notes say wrong check letter but none found")
        if lab["uai"]:
            assert lab["uai"] in found, (fn, lab["uai"], found)
        assert lab["region"] == region_for(lab["uai"], str(msg["From"])), (fn, lab["region"])
    assert seen == set(CATEGORIES), set(CATEGORIES) - seen
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(150))
    RNG.shuffle(order)
    for stale in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", stale):
            os.remove(os.path.join(HERE, stale))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as lf:
        for n, idx in enumerate(order, 1):
            x = MAILS[idx]
            fn = "h%03d.eml" % n
            with open(os.path.join(HERE, fn), "wb") as f:
                f.write(build(n, x))
            lab = {"file": fn, "category": x["cat"], "auto_reply_ok": x["auto"], "uai": x["uai"],
                   "region": region_for(x["uai"], x["frm"]), "platform": x["plat"], "hard": x["hard"],
                   "lang": x["lang"], "notes": x["notes"]}
            lf.write(json.dumps(lab, ensure_ascii=False) + "\n")
    labels = check()
    counts = {c: sum(l["category"] == c for l in labels) for c in CATEGORIES}
    print("ok: %d mails, %d English, %d hard" % (len(labels), sum(l["lang"] == "en" for l in labels),
                                                 sum(l["hard"] for l in labels)))
    for c, k in counts.items():
        print("  %-30s %d" % (c, k))


if __name__ == "__main__":
    main()
