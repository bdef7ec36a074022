#!/usr/bin/env python3
"""Build holdout106: 150 hand-written blind test mails on the theme of
follow-ups ("relances"): people chasing an earlier request, some adding the
missing detail, some angry, some quoting their first mail, some slipping a new
question into the follow-up.  Standard library only, deterministic.

Run:  python3 make_holdout106.py   (writes h001.eml .. h150.eml + labels.jsonl
next to this script, then re-reads and checks everything).
"""
import base64
import datetime as dt
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(106106)

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
AUTO_OK_CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "account_creation", "subscription_activation",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr",
    "mayotte": "ac-mayotte.fr",
}
DEPT_TO_REGION = {}
for _reg, _deps in REGION_DEPTS.items():
    for _d in _deps.split():
        DEPT_TO_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_TO_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}
DOM_TZ = {"guadeloupe": -4, "martinique": -4, "guyane": -3,
          "la-reunion": 4, "mayotte": 3}


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and \
        UAI_LETTERS[int(code[:7]) % 23] == code[7]


def uai_region(code):
    return DEPT_TO_REGION.get(code[:3])


def domain_region(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    return DOMAIN_TO_REGION.get(dom)


# Mails whose text names a date or a weekday get a matching Date header.
FIXED_DATES = {
    "Relance + autre question": (2024, 11, 19, 17, 2),
    "Relance – je voudrais parler à quelqu'un": (2024, 10, 17, 12, 18),
    "Relance : notifications de comptes à valider": (2024, 10, 15, 14, 0),
    "Relance : adresse d'expédition à autoriser": (2024, 11, 18, 11, 11),
    "Relance (2 sujets)": (2025, 1, 20, 11, 5),
    "Relance : demande écrite de modification de l'adresse administrateur": (2024, 11, 28, 16, 44),
    "Relance : fermeture des accès de l'ancienne documentaliste": (2024, 12, 12, 8, 37),
    "Relance désignation administrateur": (2025, 2, 6, 10, 10),
    "Relance demande de réinitialisation": (2025, 3, 18, 9, 25),
    "Relance ouverture compte client e-sidoc": (2024, 11, 26, 9, 50),
    "Relance : ouverture des droits de commande": (2025, 1, 13, 16, 20),
    "RE: compte en attente - relance": (2024, 11, 25, 13, 7),
    "Relance abonnement toujours inactif (commande du 2 décembre)": (2024, 12, 23, 10, 5),
    "Relance - date de disponibilité de l'abonnement": (2024, 12, 11, 10, 22),
    "relance activation": (2025, 1, 15, 12, 31),
    "Relance : devis renouvellement 2025": (2024, 11, 20, 10, 30),
    "Re: facture absente de Chorus - 2e relance": (2024, 11, 12, 15, 20),
    "Relance facture en double": (2025, 2, 14, 9, 3),
    "TR: Rappel de paiement - facture déjà réglée": (2025, 1, 10, 8, 48),
    "Relance - montant erroné": (2025, 1, 28, 13, 55),
    "relance panier disparu": (2024, 12, 18, 16, 16),
    "URGENT - clôture de l'exercice - facture toujours pas reçue": (2024, 12, 23, 7, 12),
    "Relance : plus de transfert vers EcoleDirecte depuis 5 jours": (2024, 11, 19, 9, 14),
    "Relance : « licence expirée »": (2024, 9, 18, 8, 5),
    "Re: transferts - c'est reparti mais...": (2024, 11, 21, 18, 2),
    "Relance : marché 2022-041 introuvable": (2024, 11, 22, 10, 45),
    "Relance avenant n°3": (2025, 2, 20, 15, 33),
    "Relance - convention d'adhésion vide": (2025, 3, 4, 8, 21),
    "Réponse automatique : [#SUP-012233] Relance mot de passe": (2024, 12, 23, 8, 2),
    "Absent : Re: [#SUP-011874] Mails bloqués": (2024, 11, 13, 14, 31),
    "Out of office Re: Following up on your request": (2025, 4, 22, 16, 8),
    "Lu : [#SUP-012120] Relance : ouverture des droits de commande": (2025, 1, 14, 9, 47),
    "Rappel : dernières places pour le webinaire « Bien démarrer avec l'Espace Acheteur »": (2025, 1, 16, 9, 0),
    "Rappel : un document attend votre signature": (2025, 1, 8, 3, 0),
    "Relance : facture en attente de traitement": (2025, 3, 6, 6, 0),
    "Re: [#SUP-012366] Relance - alertes offres": (2025, 2, 24, 11, 40),
    "Réponse automatique : [#SUP-012398] Re: document manquant": (2025, 2, 17, 10, 15),
    "[GLPI #2025-00871] Nouveau suivi : Relance de votre demande": (2025, 2, 4, 15, 2),
    "Je me permets de revenir vers vous - aménagement de CDI": (2025, 3, 17, 9, 30),
    "Relance : suppression de mes données personnelles": (2025, 2, 17, 10, 2),
    "relance sortie scolaire": (2025, 3, 10, 7, 58),
    "Relance candidature stage": (2025, 3, 5, 19, 40),
    "Relance - convention à signer : mauvais nom d'établissement": (2024, 11, 7, 14, 12),
}


MAILS = []


def m(frm, subj, body, lab, **opt):
    """frm=(display name, address); lab=(category, auto_reply_ok, uai,
    region, platform, hard, lang, notes)."""
    MAILS.append(dict(frm=frm, subj=subj, body=body, lab=lab, date=FIXED_DATES.get(subj), opt=opt))


# --------------------------------------------------------------------------
# Mail texts.  Every text below is written by hand for this set.
# --------------------------------------------------------------------------
# ---- password_reset -------------------------------------------------------
m(("Sandrine Oudot", "sandrine.oudot@ac-lyon.fr"),
  "Relance : mot de passe e-sidoc",
  """Bonjour,

Je me permets de relancer ma demande de la semaine dernière, restée sans
réponse. Je ne peux toujours pas accéder à l'administration de notre portail
e-sidoc (collège Paul Éluard, Vénissieux, UAI 0695405A) : mot de passe perdu.

Pouvez-vous m'envoyer un lien de réinitialisation ?

Merci d'avance,
Sandrine Oudot
Professeure documentaliste""",
  ("password_reset", True, "0695405A", "auvergne-rhone-alpes", "esidoc", False, "fr",
   "Plain follow-up of an unanswered lost-password request, first mail quoted below; the reset path still fits."),
  mailer="thunderbird", quote=("thunderbird", "self", 8,
  """Bonjour,

Je n'arrive plus à me connecter au back office e-sidoc du collège, le mot de
passe est refusé. Que dois-je faire ?

Sandrine Oudot"""))

m(("Yannick Le Goff", "yannick.legoff29@orange.fr"),
  "Re: mot de passe portail CDI",
  """Bonjour,

je reviens vers vous car je n'ai pas eu de retour. Je m'aperçois que j'avais
oublié de vous donner notre numéro d'établissement : c'est le 0351244M
(lycée professionnel à Rennes). C'est pour le mot de passe administrateur
e-sidoc que j'ai perdu.

J'écris de mon adresse perso parce que la messagerie académique me
déconnecte sans arrêt, désolé.

Yannick Le Goff""",
  ("password_reset", True, "0351244M", "bretagne", "esidoc", False, "fr",
   "Follow-up that adds the missing UAI to the earlier lost-password request; personal address, region from the UAI."),
  mailer="webmail_orange")

m(("Bernard Castellani", "bernard.castellani@ac-aix-marseille.fr"),
  "2e RELANCE - lien de réinitialisation expiré (encore)",
  """Bonjour,

C'est la troisième fois que je vous écris. Vos liens de réinitialisation
arrivent, mais le temps que je sois au CDI ils sont déjà expirés. Deux fois
de suite. Je ne veux pas d'un troisième lien automatique.

Je souhaite qu'une personne m'appelle au 04 91 27 63 10 (poste 214) pour
régler ça de vive voix. Lycée Marcel Pagnol, Marseille, RNE 0131633E.

B. Castellani""",
  ("password_reset", False, "0131633E", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
   "Angry second reminder: reset links already sent twice and expired; explicitly refuses another automatic link and asks for a phone call."),
  mailer="outlook", fmt="alt")

m(("Hannah Whitfield", "h.whitfield@ecole-internationale-paris.example.org"),
  "Follow-up: forgotten password (school code 0756201H)",
  """Hello,

I wrote to you on Monday about our library portal and haven't heard back, so
I'm trying again. I forgot the administrator password for our e-sidoc site.
Our school code is 0756201H. Could you send me a reset link, please?

Kind regards,
Hannah Whitfield
Librarian""",
  ("password_reset", True, "0756201H", "ile-de-france", "esidoc", False, "en",
   "English follow-up; forgotten e-sidoc password with the UAI in the subject and body."),
  mailer="apple")

m(("Mathilde Rabier", "mathilde.rabier@ac-orleans-tours.fr"),
  "RE: [#SUP-011482] Réinitialisation du mot de passe",
  """Bonjour,

Merci pour votre réponse, mais cela ne fonctionne pas : le lien est parti sur
l'adresse de mon prédécesseur, partie à la retraite en juillet, et sa boîte a
été fermée. Je n'ai donc rien reçu.

Comment faire ? Notre établissement : collège Jean Zay, Orléans, 0453757P.

Mathilde Rabier""",
  ("password_reset", False, "0453757P", "centre-val-de-loire", "esidoc", False, "fr",
   "Reply to the automatic reset answer (quoted): the link went to a closed mailbox. The standard answer already failed; a person must follow (official address / head procedure)."),
  mailer="outlook", fmt="qp", quote=("outlook_fr", "desk", 3,
  """Bonjour,

Un lien de réinitialisation valable 12 heures vient d'être envoyé à
l'adresse enregistrée pour l'établissement 0453757P (m***@***.fr).

Cordialement,
L'assistance"""))

m(("Gaëlle Kerbrat", "gaelle.kerbrat@ac-rennes.fr"),
  "relance mdp",
  """Toujours bloquée sur esidoc, mot de passe perdu. RNE 0291586S.
Merci

Envoyé de mon iPhone""",
  ("password_reset", True, "0291586S", "bretagne", "esidoc", False, "fr",
   "Very short follow-up from a phone: lost password, UAI given."),
  mailer="iphone")

m(("Laurence Muller", "laurence.muller@ac-nancy-metz.fr"),
  "Relance + autre question",  """Bonjour,

Je relance ma demande du 12 : je n'ai toujours pas de nouveau mot de passe
pour l'administration du portail e-sidoc du collège (0542281L).

Et pendant que je vous écris : notre gestionnaire me dit que la facture du
renouvellement n'apparaît pas dans Chorus, alors que la commande est
validée depuis un mois. Pouvez-vous regarder aussi ?

Bien à vous,
Laurence Muller
Documentaliste – collège Jacques Callot, Vandœuvre""",
  ("password_reset", False, "0542281L", "grand-est", "esidoc", True, "fr",
   "Two topics in one follow-up: the lost password (the original request) plus a new invoice/Chorus question; one template would answer half."),
  mailer="thunderbird", fmt="qp")

m(("Secrétariat Lycée Montesquieu", "ce.0338704G@ac-bordeaux.fr"),
  "Relance - compte e-sidoc bloqué",
  """Bonjour,

Nous revenons vers vous au sujet du compte administrateur de notre portail
documentaire, bloqué après plusieurs essais infructueux de notre
documentaliste. Nous n'avons pas eu de réponse à notre premier message.

Merci d'adresser le lien de réinitialisation à la présente adresse, qui est
la boîte officielle de l'établissement ; nous le transmettrons.

Le secrétariat de direction""",
  ("password_reset", True, "0338704G", "nouvelle-aquitaine", "esidoc", True, "fr",
   "UAI only in the ce.<UAI>@ac-bordeaux.fr sender; the secretariat (not the head) asks for the link on the official address, the safe path."),
  mailer="zimbra")

m(("Olivier Dufresne", "olivier.dufresne@ac-lille.fr"),
  "Re: Mot de passe oublié - toujours rien",
  """Bonjour,

Sans nouvelles de votre part depuis mon message de jeudi, je me permets de
relancer. Nous n'avons plus le mot de passe du portail e-sidoc. Notre code
établissement est 0599453F.

Merci de me tenir informé.

Olivier Dufresne
Collège Albert Châtelet, Douai""",
  ("password_reset", True, None, "hauts-de-france", "esidoc", True, "fr",
   "UAI typed 0599453F: the digits give check letter E, so it is not a valid UAI (probable typo); region from the ac-lille.fr sender. The reset explanation still serves."),
  mailer="gmail_like_web")

m(("Inès Bouaziz", "ines.bouaziz@ac-toulouse.fr"),
  "identifiant ???",
  """Bonjour,

Je vous avais écrit il y a quinze jours, je n'ai rien reçu. Je répète donc :
je viens d'arriver au CDI et personne ne sait quel est « l'identifiant » pour
entrer dans l'administration e-sidoc, ni le mot de passe. Que dois-je
saisir ?

Cordialement,
Inès Bouaziz""",
  ("password_reset", True, None, "occitanie", "esidoc", False, "fr",
   "Follow-up: does not know the login (it is the UAI) nor the password; no UAI given, region from ac-toulouse.fr."),
  mailer="roundcube")

m(("Jérôme Pichon", "jerome.pichon@ac-nantes.fr"),
  "RE: Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je me permets de revenir vers vous : je n'ai toujours pas récupéré le mot de
passe du compte administrateur EcoleDirecte de l'établissement (ce n'est pas
le mot de passe de maintenance, c'est bien celui de l'administration).
Établissement 0499838C.

Nous sommes bloqués pour ouvrir les comptes des nouveaux professeurs.

Jérôme Pichon
Chef de travaux""",
  ("password_reset", False, "0499838C", "pays-de-la-loire", "ecoledirecte", True, "fr",
   "Lost EcoleDirecte administration password (explicitly not the maintenance password, so not transfer_incident); no reset template for this product."),
  mailer="outlook", quote=("outlook_fr", "self", 6,
  """Bonjour,
Nous avons perdu le mot de passe administrateur EcoleDirecte. Pouvez-vous nous aider ?
J. Pichon"""))

m(("Agnès Favre-Bonvin", "agnes.favre-bonvin@ac-grenoble.fr"),
  "Relance – je voudrais parler à quelqu'un",  """Madame, Monsieur,

Suite à mon courriel du 3 octobre concernant la perte du mot de passe de
notre portail e-sidoc (lycée Berthollet, Annecy, 0749648K), je n'ai reçu
qu'un message automatique qui ne correspond pas à notre situation : notre
adresse de contact a changé deux fois depuis la fusion des deux CDI.

Je souhaiterais donc être rappelée par une personne de votre service, et non
recevoir un nouveau message automatique.

Avec mes remerciements,
Agnès Favre-Bonvin""",
  ("password_reset", False, "0749648K", "auvergne-rhone-alpes", "esidoc", False, "fr",
   "Follow-up that explicitly asks for a person instead of the automatic answer; special case (contact address changed twice)."),
  mailer="zimbra", fmt="qp")

m(("Karim Benali", "karim.benali.pro@gmail.com"),
  "Relance identifiant espace acheteur",
  """Bonjour,

je relance mon mail d'il y a 10 jours. On ne connaît plus l'identifiant de
connexion de l'Espace Acheteur : l'adresse mail est partagée entre trois
personnes de l'intendance et personne ne se souvient de l'ancien login.

Merci de nous dire comment récupérer l'accès.

Karim Benali
Service intendance""",
  ("password_reset", True, None, None, "espace_acheteur", False, "fr",
   "Espace Acheteur login lost on a shared address (FAQ case), follow-up after ten days; no UAI, Gmail sender: no region."),
  mailer="gmail")

m(("Marie-Josée Payet", "marie-josee.payet@ac-reunion.fr"),
  "TR: mot de passe expiré - second rappel",
  """Bonjour,

Second rappel. Notre mot de passe e-sidoc a expiré et je ne retrouve pas
l'ancien pour le changer. Collège Bourbon, Saint-Denis, 9742853H.

Je vous remercie de votre aide.

Marie-Josée Payet""",
  ("password_reset", True, "9742853H", "la-reunion", "esidoc", False, "fr",
   "Second reminder, forwarding her first mail (Outlook); expired password; Réunion."),
  mailer="outlook", fmt="b64", quote=("outlook_fr_fwd", "self", 9,
  """Bonjour,
Le mot de passe de notre portail e-sidoc a expiré, que faire ?
Merci
MJ Payet"""))

m(("Christophe Vidal", "christophe.vidal@ac-clermont.fr"),
  "Re: Re: réinitialisation",
  """Bonjour,

Vous m'avez indiqué que le lien était envoyé à l'adresse officielle du
collège (ce.0631286F@...). Le problème, c'est que cette boîte n'est
consultée par personne depuis le départ de la secrétaire, et la principale
est en arrêt. Donc toujours pas de mot de passe, trois semaines après.

Je fais quoi ?

C. Vidal, documentaliste""",
  ("password_reset", False, "0631286F", "auvergne-rhone-alpes", "esidoc", False, "fr",
   "Reply after the automatic answer: the link went to the official ce. mailbox that nobody reads and the head is absent; a person must take over."),
  mailer="thunderbird", quote=("thunderbird", "desk", 20,
  """Bonjour,

Pour des raisons de sécurité, le lien de réinitialisation a été envoyé à
l'adresse officielle de l'établissement (c***@ac-clermont.fr).

L'assistance"""))

m(("Florence Aubry", "florence.aubry@ac-versailles.fr"),
  "Re: Accès administration portail",
  """Une réponse svp ?""",
  ("password_reset", True, "0915246H", "ile-de-france", "esidoc", True, "fr",
   "The new text is only 'Une réponse svp ?'; the need (lost e-sidoc password, UAI 0915246H) is in her own quoted first mail."),
  mailer="gmail", quote=("gmail_fr", "self", 5,
  """Bonjour,

Je suis la nouvelle documentaliste du lycée Camille Claudel de
Palaiseau (0915246H). Je n'ai pas le mot de passe de l'administration du
portail e-sidoc et mon prédécesseur ne l'a pas laissé. Pourriez-vous me
transmettre un lien pour le réinitialiser ?

Merci
Florence Aubry"""))

m(("Dermot Gallagher", "dgallagher.lycee@gmail.com"),
  "Still locked out - buyer area",
  """Hi again,

Following up on my message from last week: I'm still locked out of the
buyer area (Espace Acheteur). I typed the wrong password too many times and
now it says the account is locked. Could you unlock it or send me a reset
link?

Thanks,
Dermot Gallagher
Bursar's office, Lycée international""",
  ("password_reset", True, None, None, "espace_acheteur", False, "en",
   "English follow-up; Espace Acheteur account locked after failed attempts; no UAI, Gmail sender."),
  mailer="gmail", fmt="alt")

m(("Patricia Lemoine", "patricia.lemoine@ac-versailles.fr"),
  "Relance : nouveau lien de réinitialisation SVP",
  """Bonjour,

Je relance car le lien reçu mardi n'était plus valable quand je l'ai ouvert
(j'étais en sortie scolaire toute la journée). Pourriez-vous m'en renvoyer
un ? Lycée Henri Poincaré, 0917728F.

Merci beaucoup,
Patricia Lemoine""",
  ("password_reset", True, "0917728F", "ile-de-france", "esidoc", False, "fr",
   "The reset link expired before use; asks for a new one: the ordinary expired-link case."),
  mailer="outlook")

m(("Nathalie Schaeffer", "nathalie.schaeffer@ac-nancy-metz.fr"),
  "TROISIEME RELANCE !!! mot de passe e-sidoc",
  """Bonjour,

Trois semaines que j'attends. Trois messages. Zéro réponse humaine. Je suis
seule au CDI, je ne peux plus publier les nouveautés, les élèves me
demandent pourquoi le portail n'est plus à jour.

Je demande que mon dossier soit transmis à la responsable de votre
plateforme pour le Grand Est, aujourd'hui. Collège Jean Rostand de
Sarreguemines, 0578958C. Mot de passe perdu, vous avez tout dans mes
précédents messages.

N. Schaeffer""",
  ("password_reset", False, "0578958C", "grand-est", "esidoc", False, "fr",
   "Angry third reminder asking for escalation to the regional team: the topic is the lost password, but a person must handle it."),
  mailer="outlook", fmt="html")

m(("Paul-Antoine Santoni", "paul-antoine.santoni@ac-corse.fr"),
  "Re: mot de passe portail documentaire",
  """Bonjour,

Je me permets de vous relancer, n'ayant pas eu de retour. Pour rappel, nous
avons oublié le mot de passe du portail e-sidoc du lycée (7200912D, Bastia).

Cordialement,
P.-A. Santoni""",
  ("password_reset", True, "7200912D", "corse", "esidoc", False, "fr",
   "Follow-up on a forgotten password; Haute-Corse UAI prefix 720."),
  mailer="thunderbird", quote=("thunderbird", "self", 7,
  """Bonjour,
nous avons oublié le mot de passe du portail e-sidoc. Merci de votre aide.
PA Santoni"""))

m(("Soizic Guillou", "soizic.guillou@ac-rennes.fr"),
  "Précision sur ma demande de mot de passe",
  """Bonjour,

Petite précision suite à ma demande d'hier (sans réponse pour l'instant) :
il s'agit bien du compte administrateur du portail e-sidoc, pas de l'ENT ni
de ma messagerie. Le code du collège est 0229364J.

Merci,
Soizic Guillou""",
  ("password_reset", True, "0229364J", "bretagne", "esidoc", False, "fr",
   "Follow-up that only clarifies which account (e-sidoc admin, not the ENT) and gives the UAI."),
  mailer="roundcube")

m(("Didier Arnaud", "didier.arnaud@ac-poitiers.fr"),
  "relance - 'identifiant inconnu'",
  """Bonjour,

Je relance car j'ai fait entre temps ce qui est conseillé sur votre page :
« mot de passe oublié », trois fois. A chaque fois le site répond
« identifiant inconnu ». J'ai saisi le numéro du collège, 0865727H, avec et
sans la lettre. Rien.

Il y a sans doute un souci sur notre compte. Merci de regarder.

D. Arnaud""",
  ("password_reset", False, "0865727H", "nouvelle-aquitaine", "esidoc", True, "fr",
   "The self-service reset was tried three times and rejects the UAI as unknown: the standard reset answer would not help, the account must be checked by a person."),
  mailer="thunderbird")

m(("Anli Soilihi", "anli.soilihi@ac-mayotte.fr"),
  "Relance mot de passe",
  """Bonjour,

Je n'ai pas eu de réponse à mon mail de la semaine dernière. Je ne connais
pas le mot de passe de notre portail e-sidoc (collège de Koungou, 9768188W).
Merci de m'indiquer la procédure.

Anli Soilihi""",
  ("password_reset", True, "9768188W", "mayotte", "esidoc", False, "fr",
   "Mayotte; follow-up: the new librarian does not know the password."),
  mailer="outlook", fmt="qp")

m(("Véronique Bastien", "v.bastien@wanadoo.fr"),
  "Rappel de ma demande",
  """Bonjour

je n'ai pas de réponse a ma demande de lundi. Je ne me souviens plus du mot
de passe pour me connecter chez vous et le bouton mot de passe oublié me dit
qu'un mail a été envoyé mais je ne sais pas a quelle adresse. pouvez vous me
dire ce que je dois faire

cordialement
V Bastien""",
  ("password_reset", True, None, None, None, True, "fr",
   "Forgotten password for an unnamed product (nothing tells which); the reset mail goes to an address she does not know, which the reset procedure covers. No UAI, personal address."),
  mailer="webmail_orange")
# ---- missing_noreply_mail ------------------------------------------------
m(("Aurélie Delattre", "aurelie.delattre@ac-lille.fr"),
  "Relance : mail d'activation Espace Acheteur",
  """Bonjour,

Je reviens vers vous car je n'ai toujours pas reçu le mail d'activation de
mon compte sur l'Espace Acheteur, demandé il y a une semaine pour le lycée
Robespierre d'Arras (0629279Z). Rien non plus en réponse à mon premier
message.

Merci de me dire ce qu'il faut faire.

Aurélie Delattre
Adjointe gestionnaire""",
  ("missing_noreply_mail", True, "0629279Z", "hauts-de-france", "espace_acheteur", False, "fr",
   "Follow-up: activation mail never arrived; no anti-spam product named."),
  mailer="outlook", fmt="alt")

m(("Hervé Guérin", "herve.guerin@ac-nantes.fr"),
  "RE: [#SUP-012007] Pas de mail de confirmation",
  """Bonjour,

J'ai fait tout ce que vous indiquiez : j'ai regardé les indésirables (rien),
ajouté l'adresse no-reply aux expéditeurs autorisés, et attendu. Ça fait
maintenant quatre jours et toujours aucun mail de confirmation.

Merci de transmettre à quelqu'un qui puisse vérifier de votre côté.

Hervé Guérin""",
  ("missing_noreply_mail", False, None, "pays-de-la-loire", "espace_acheteur", False, "fr",
   "Reply after the junk-folder answer (quoted): procedure followed, still nothing after four days; a person must follow up. Region from ac-nantes.fr."),
  mailer="outlook", fmt="qp", quote=("outlook_fr", "desk", 4,
  """Bonjour,

Les messages de l'Espace Acheteur partent d'une adresse no-reply. Pensez à
vérifier votre dossier de courriers indésirables et à autoriser cet
expéditeur. Sans amélioration sous 48 heures, répondez à ce message.

L'assistance"""))

m(("Séverine Marchal", "severine.marchal@ac-reims.fr"),
  "toujours pas de mail pour le nouveau mot de passe",
  """Bonjour,

Je relance ma demande : quand je clique sur « mot de passe oublié » sur
l'Espace Acheteur, le site me dit qu'un mail m'a été envoyé. Je ne l'ai
jamais reçu, ni la semaine dernière ni ce matin. J'ai déjà regardé dans les
spams de ma messagerie académique, il n'y est pas.

Séverine Marchal, lycée Jean Jaurès, Reims""",
  ("missing_noreply_mail", True, None, "grand-est", "espace_acheteur", True, "fr",
   "Looks like a password problem, but the reset tool works and only the new-password mail is missing: missing_noreply_mail. She checked spam herself; the standard answer (allow the sender, 48 h, region) still applies."),
  mailer="zimbra")

m(("Fiona McAllister", "fiona.mcallister@lycee-international.example.org"),
  "Re: No notification emails",
  """Hi,

Just chasing this up. We are still not getting any of the automatic emails
from your no-reply address (order confirmations, new account alerts). I
checked the spam folder as well. Is there something we should whitelist?

Best,
Fiona""",
  ("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
   "English follow-up quoting her first message (Gmail English style); no-reply notifications missing, no anti-spam product named."),
  mailer="gmail", quote=("gmail_en", "self", 6,
  """Hello,
Since the start of term none of the notification emails from the buyer
area reach us. Could you check?
Fiona McAllister"""))

m(("Jean-Luc Peyrat", "jean-luc.peyrat@ac-limoges.fr"),
  "Relance : notifications de comptes à valider",  """Bonjour,

Je suis administrateur de structure sur l'Espace Acheteur pour le lycée
Gay-Lussac (0874817N). Comme je vous l'écrivais fin septembre, je ne reçois
jamais les notifications « compte à valider » : mes collègues s'inscrivent
et je ne le sais que s'ils viennent me voir.

Pouvez-vous vérifier ?

J.-L. Peyrat""",
  ("missing_noreply_mail", True, "0874817N", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
   "Follow-up: the structure administrator never receives the 'account to validate' notifications."),
  mailer="thunderbird", fmt="qp")

m(("Corinne Tessier", "corinne.tessier@ac-normandie.fr"),
  "3e fois : pas de mail de confirmation",
  """Bonjour,

C'est la troisième fois que je vous écris pour le même problème et je reçois
à chaque fois la même réponse toute faite sur le dossier « courrier
indésirable ». J'ai vérifié. Il n'y a rien. Il n'y a jamais rien eu.

Je voudrais qu'un être humain regarde pourquoi vos mails de confirmation
n'arrivent pas chez nous.

Corinne Tessier""",
  ("missing_noreply_mail", False, None, "normandie", "espace_acheteur", False, "fr",
   "Third message on the same missing confirmation mail; the canned junk-folder answer was already sent twice and she asks for a human. Region from ac-normandie.fr."),
  mailer="outlook", fmt="html")

m(("Thierry Boissonnet", "thierry.boissonnet@ac-poitiers.fr"),
  "Re: mail d'activation non reçu",
  """Bonjour,

Je complète mon message de mardi : on m'a demandé si nous utilisons
MailInBlack. Non, le collège n'a pas cet outil, juste le filtrage de la
messagerie académique. Le mail d'activation n'est toujours pas arrivé.
Collège Fromentin, La Rochelle, 0176950M.

Cordialement""",
  ("missing_noreply_mail", True, "0176950M", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
   "MailInBlack is named only to say the school does not use it: missing_noreply_mail, not mailinblack_spam."),
  mailer="thunderbird")

m(("Sylvie Roux", "sroux.gestion@free.fr"),
  "Re: confirmation",
  """toujours pas reçu le mail de confirmation. merci de vérifier""",
  ("missing_noreply_mail", True, None, None, None, False, "fr",
   "One-line follow-up; no product named, no UAI, personal address."),
  mailer="android")

m(("Romain Castagné", "romain.castagne@ac-toulouse.fr"),
  "Relance - portail de tickets",
  """Bonjour,

Je me permets de relancer : je me suis inscrit il y a huit jours sur votre
portail de tickets pour suivre nos demandes, et je n'ai jamais reçu le mail
qui permet de définir son mot de passe.

Merci,
Romain Castagné
Lycée Pierre de Fermat""",
  ("missing_noreply_mail", True, None, "occitanie", "ticket_portal", False, "fr",
   "The ticket portal's set-your-password mail never came; region from ac-toulouse.fr."),
  mailer="outlook")

m(("Max Rosemond", "max.rosemond@ac-martinique.fr"),
  "Relans : mails Espace Acheteur",
  """Bonjour,

Je relance mon message précédent (avec le décalage horaire, vous l'avez
peut-être lu pendant notre nuit !). Nous ne recevons aucun des mails
automatiques de l'Espace Acheteur : ni l'activation ni les alertes. Lycée
Schœlcher, 9725785F.

Bonne journée à vous,
Max Rosemond""",
  ("missing_noreply_mail", True, "9725785F", "martinique", "espace_acheteur", False, "fr",
   "Martinique; follow-up on missing no-reply mails; typo in the subject ('Relans')."),
  mailer="apple", fmt="qp")

m(("DSI – Cité scolaire Lamartine", "dsi@cite-lamartine.example.fr"),
  "Relance : adresse d'expédition à autoriser",  """Bonjour,

Nous vous avions demandé le 4 novembre l'adresse d'expédition exacte (et si
possible les serveurs d'envoi) de vos messages automatiques, afin de les
autoriser sur notre passerelle de messagerie. Plusieurs gestionnaires ne
reçoivent toujours pas leurs mails de création de compte.

Pouvez-vous nous communiquer ces informations ?

Cordialement,
Le service informatique""",
  ("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
   "The IT department chases the no-reply sender address to allow; no anti-spam product named."),
  mailer="outlook", fmt="alt")

m(("Élodie Ferrand", "elodie.ferrand@ac-montpellier.fr"),
  "Relance alertes offres",
  """Bonjour,

Je vous avais signalé il y a un mois que je ne reçois plus les alertes sur
les nouvelles offres, alors que je suis bien abonnée dans mon profil. C'est
toujours le cas. Y a-t-il eu un changement ?

Merci,
Élodie Ferrand""",
  ("missing_noreply_mail", True, None, "occitanie", "espace_acheteur", False, "fr",
   "Offer alert notifications no longer arrive, follow-up after a month."),
  mailer="zimbra", fmt="qp")

m(("Martine Gauthier", "martine.gauthier@ac-creteil.fr"),
  "TR: lien de première connexion - relance",
  """Bonjour,

Je vous transfère le message de ma collègue, qui n'a pas eu de réponse : son
compte a bien été validé mais le lien sécurisé de première connexion n'est
jamais arrivé. Pouvez-vous le lui renvoyer ?

Martine Gauthier
Gestionnaire""",
  ("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
   "Forward of a colleague's unanswered message: account validated but the first-login link never came."),
  mailer="gmail_like_web", quote=("gmail_fr_fwd", ("Lucie Hamon", "lucie.hamon@ac-creteil.fr"), 10,
  """Bonjour,
mon compte Espace Acheteur a été validé par notre administratrice mais je
n'ai pas reçu le lien pour ma première connexion. Pouvez-vous me le renvoyer ?
Lucie Hamon"""))

m(("Benoît Charrier", "benoit.charrier@ac-orleans-tours.fr"),
  "Re: activation + devis",
  """Bonjour,

Je me permets de relancer. Deux choses :
1) le mail d'activation de mon compte n'est toujours pas arrivé (rien dans
   les spams) ;
2) il me faudrait un devis pour l'abonnement e-sidoc 2025, à joindre au
   bon d'engagement.

Merci d'avance.
Benoît Charrier
Lycée Descartes, Tours""",
  ("missing_noreply_mail", False, None, "centre-val-de-loire", "espace_acheteur", True, "fr",
   "Two topics: the missing activation mail (the original request) plus a new request for a quote (order_billing); no single template fits. Platform unclear (activation on the buyer space, quote for e-sidoc); the first topic sets it."),
  mailer="thunderbird")

m(("Intendance Collège Lamartine", "ce.0213617t@ac-dijon.fr"),
  "relance confirmation d'inscription",
  """Bonjour,

Notre nouvelle gestionnaire s'est inscrite il y a douze jours sur l'Espace
Acheteur et n'a toujours pas reçu la confirmation d'inscription. Nous avions
déjà écrit, sans réponse.

Merci de votre aide.
L'intendance""",
  ("missing_noreply_mail", True, "0213617T", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
   "UAI only in the sender address, in lower case (ce.0213617t@ac-dijon.fr); the label is the upper-case code."),
  mailer="zimbra")

m(("Gilles Mathieu", "gilles.mathieu@ac-besancon.fr"),
  "Relance - mail d'activation du compte client",
  """Bonjour,

Suite à notre première commande en ligne sur e-sidoc, un mail d'activation
du compte client devait nous parvenir (valable 12 heures d'après la page).
Nous ne l'avons jamais reçu. Je vous avais écrit lundi.

Collège Victor Hugo, Besançon, 0250714R.

Gilles Mathieu, gestionnaire""",
  ("missing_noreply_mail", True, "0250714R", "bourgogne-franche-comte", "esidoc", False, "fr",
   "The 12-hour customer-account activation mail never came; follow-up."),
  mailer="outlook", fmt="qp")

m(("Assia Mebarki", "assia.mebarki@ac-paris.fr"),
  "Relance : aucun mail reçu",
  """Bonsoir,

Je relance ma demande précédente. Aucun des mails annoncés par la plateforme
(activation, notification de validation) ne m'est parvenu depuis mon
inscription sur l'Espace Acheteur il y a dix jours. J'ai fait une capture
d'écran de ma boîte de réception et de mes indésirables, vides tous les
deux.

Assia Mebarki
Lycée Voltaire (0751696L)""",
  ("missing_noreply_mail", True, "0751696L", "ile-de-france", "espace_acheteur", False, "fr",
   "No activation or validation mail since sign-up ten days ago; follow-up, UAI in the signature."),
  mailer="apple")

# ---- mailinblack_spam ----------------------------------------------------
m(("Pierre-Yves Morvan", "pierre-yves.morvan@ac-rennes.fr"),
  "Relance : mails bloqués par MailInBlack",
  """Bonjour,

Je me permets de vous relancer : depuis que le lycée est passé sous
MailInBlack, vos mails d'activation restent bloqués et je n'arrive pas à les
débloquer. Pouvez-vous m'envoyer la procédure pour autoriser vos adresses ?

Lycée Dupuy de Lôme, Lorient — 0567055P.

Merci,
P.-Y. Morvan""",
  ("mailinblack_spam", True, "0567055P", "bretagne", "espace_acheteur", False, "fr",
   "Follow-up: activation mails blocked by MailInBlack; asks for the allow-list procedure."),
  mailer="thunderbird")

m(("Audrey Lefèvre", "audrey.lefevre@ac-creteil.fr"),
  "RE: [#SUP-010955] Mails non reçus",
  """Bonjour,

Merci pour votre réponse. Rien dans les indésirables, mais notre service
informatique vient de m'expliquer que c'est MailInBlack qui retient vos
messages : ils sont en quarantaine chez eux. Que faut-il leur demander
exactement ?

Audrey Lefèvre
Collège Pablo Picasso, Montreuil (0939074H)""",
  ("mailinblack_spam", True, "0939074H", "ile-de-france", "espace_acheteur", False, "fr",
   "Reply to the junk-folder answer: the IT service says MailInBlack holds the mails; the MailInBlack guide is now the right answer."),
  mailer="outlook", fmt="qp", quote=("outlook_fr", "desk", 2,
  """Bonjour,

Nos messages automatiques proviennent d'une adresse no-reply. Merci de
vérifier votre dossier de courriers indésirables et d'autoriser cet
expéditeur.

L'assistance"""))

m(("Stéphane Lacroix", "stephane.lacroix@ac-lyon.fr"),
  "Re: Guide MailInBlack - ça ne marche toujours pas",
  """Bonjour,

J'ai suivi votre guide MailInBlack à la lettre : les deux adresses et le
domaine sont dans la liste blanche depuis vendredi. Les mails de l'Espace
Acheteur partent toujours en quarantaine. Notre référent informatique ne
comprend pas non plus.

Pouvez-vous voir avec l'équipe de la région ? Collège Jean Monnet, 0692571V.

S. Lacroix""",
  ("mailinblack_spam", False, "0692571V", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
   "The MailInBlack guide was already applied and the mails are still quarantined: sending the guide again would not help; route to the region."),
  mailer="thunderbird", quote=("thunderbird", "desk", 6,
  """Bonjour,

Votre établissement utilise MailInBlack : vous trouverez ci-dessous la
procédure pour autoriser nos adresses d'envoi.

L'assistance"""))

m(("Rachel Osei", "rachel.osei@ac-strasbourg.fr"),
  "Follow-up: Mailinblack quarantine",
  """Hello,

I'm following up on my earlier email. Our school uses Mailinblack and your
activation links end up in its quarantine, so by the time I release them
they have expired. Could you tell me which sender addresses to allow?

School: Lycée Kléber, Strasbourg (0670863Z)

Thank you,
Rachel Osei""",
  ("mailinblack_spam", True, "0670863Z", "grand-est", "espace_acheteur", False, "en",
   "English follow-up; Mailinblack quarantine holds the activation links."),
  mailer="outlook", fmt="alt")

m(("Hugues Delmas", "hugues.delmas@ac-montpellier.fr"),
  "relance - mails qui demandent de cliquer pour prouver qu'on est humain",
  """Bonjour,

Je reviens vers vous : vos messages ne nous parviennent pas. D'après notre
secrétariat, chaque mail extérieur reçoit d'abord une demande de type
« cliquez pour confirmer que vous n'êtes pas un robot », et vos adresses
no-reply ne peuvent évidemment pas cliquer. Je ne connais pas le nom de
l'outil.

Lycée Jean Mermoz, Montpellier, 0348111G.

H. Delmas""",
  ("mailinblack_spam", False, "0348111G", "occitanie", "espace_acheteur", True, "fr",
   "The sender-authentication challenge is described without naming the product: mailinblack_spam, but a person should confirm the product before sending the guide."),
  mailer="roundcube")

m(("Josiane Peltier", "josiane.peltier@laposte.net"),
  "re relance mail in black",
  """bonjour
je relance pour le probleme de mail in black qui bloque vos messages au
college, on ma dit de vous demander la marche a suivre pour les debloquer
merci
josiane peltier""",
  ("mailinblack_spam", True, None, None, None, False, "fr",
   "Product spelled 'mail in black', no accents; no platform named, personal address."),
  mailer="webmail_laposte")

m(("Franck Oliveira", "franck.oliveira@ac-grenoble.fr"),
  "Relance MailinBlack : domaine ou adresse ?",
  """Bonjour,

Je suis le référent numérique du collège Champollion (0386568H). Je n'ai pas
eu de retour à ma question de la semaine dernière : dans MailinBlack,
faut-il autoriser tout votre domaine ou seulement l'adresse no-reply ? Je
préfère ne pas ouvrir plus que nécessaire.

Merci,
Franck Oliveira""",
  ("mailinblack_spam", True, "0386568H", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
   "IT referent chases his MailinBlack allow-list question (domain or address)."),
  mailer="thunderbird", fmt="qp")

m(("Laetitia Marchand", "laetitia.marchand@ac-amiens.fr"),
  "Relance (2 sujets)",  """Bonjour,

Je relance mon message du 8 : MailInBlack bloque toujours les mails
d'activation de l'Espace Acheteur pour notre gestionnaire.

Autre chose, tant que je vous tiens : la convention d'adhésion signée l'an
dernier n'apparaît plus dans nos documents du marché. Est-ce normal ?

Laetitia Marchand
Lycée Louis Thuillier, Amiens (0801788J)""",
  ("mailinblack_spam", False, "0801788J", "hauts-de-france", "espace_acheteur", True, "fr",
   "Two topics: the MailInBlack block (original request) plus a new contract-documents question; a single template would answer half."),
  mailer="outlook", fmt="html")

m(("Gérald Fontaine", "gerald.fontaine@ac-dijon.fr"),
  "Re: Mailinblack",
  """Mailinblack bloque toujours vos mails. Merci de m'envoyer la procédure.

Gérald Fontaine
Envoyé depuis mon mobile""",
  ("mailinblack_spam", True, None, "bourgogne-franche-comte", None, False, "fr",
   "Short phone follow-up; Mailinblack named, no platform, region from ac-dijon.fr."),
  mailer="android")

m(("Nadia Chérif", "nadia.cherif@ac-aix-marseille.fr"),
  "Relance : j'ai cliqué sur « autoriser » mais...",
  """Bonjour,

Comme indiqué dans mon premier message, je reçois les notifications
MailInBlack pour vos mails et j'ai cliqué sur « autoriser cet expéditeur ».
Mais les mails suivants sont encore retenus. Est-ce qu'il faut faire autre
chose ?

Nadia Chérif, collège Longchamp, Marseille""",
  ("mailinblack_spam", True, None, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
   "Clicked 'autoriser' in a MailInBlack notice but later mails are still held: the guide covers the allow-list; not the guide already tried."),
  mailer="outlook", fmt="qp")

m(("Lydie Jean-Baptiste", "lydie.jean-baptiste@ac-guyane.fr"),
  "Relance mails en quarantaine Mailinblack Protect",
  """Bonjour,

Je relance ma demande d'il y a quinze jours : nos messages en provenance de
votre plateforme sont mis en quarantaine par Mailinblack Protect. Comment
les autoriser une fois pour toutes ?

Lycée Félix Éboué, Cayenne — 9737664T

Merci d'avance""",
  ("mailinblack_spam", True, "9737664T", "guyane", "espace_acheteur", False, "fr",
   "Guyane; follow-up on mails quarantined by Mailinblack Protect."),
  mailer="outlook", fmt="b64")

m(("Caroline Vasseur", "c.vasseur@agglo-val-de-somme.example.fr"),
  "RE: Mails bloqués depuis l'installation de Mailinblack",
  """Bonjour,

Je me permets de relancer ce message resté sans réponse. Depuis que
l'agglomération a installé Mailinblack sur les boîtes des écoles, plus aucun
mail de votre plateforme n'arrive. Pouvez-vous nous envoyer le guide pour
autoriser vos envois ?

Caroline Vasseur
Service éducation""",
  ("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
   "HTML-only Outlook follow-up quoting her own first mail; the local authority installed Mailinblack."),
  mailer="outlook", fmt="html", quote=("outlook_fr", "self", 12,
  """Bonjour,
Depuis l'installation de Mailinblack, nous ne recevons plus les notifications
de l'Espace Acheteur. Que faut-il autoriser ?
C. Vasseur"""))

m(("Arnaud Perrin", "arnaud.perrin@ac-caen.fr"),
  "ENCORE MailInBlack - je veux un interlocuteur",
  """Bonjour,

Quatrième message. Vous m'avez envoyé votre guide MailInBlack deux fois.
Notre prestataire dit que tout est bien paramétré de son côté. Vos mails
n'arrivent toujours pas.

Je demande à être mis en relation avec quelqu'un de l'équipe régionale,
pas un énième envoi du même guide.

Arnaud Perrin
Collège Guillaume de Normandie, Caen (0144170G)""",
  ("mailinblack_spam", False, "0144170G", "normandie", "espace_acheteur", False, "fr",
   "Angry fourth message: the MailInBlack guide was sent twice and failed; explicitly asks for a person from the region."),
  mailer="outlook")
# ---- head_of_establishment_request ----------------------------------------
FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

m(("Principal - Collège Jean Monnet", "ce.0692571V@ac-lyon.fr"),
  "Relance : demande écrite de modification de l'adresse administrateur",  """Madame, Monsieur,

Par courriel du 14 novembre, je vous ai demandé de remplacer l'adresse de
contact du compte administrateur de notre portail e-sidoc par l'adresse du
CDI (cdi.jeanmonnet@ac-lyon.fr) et de réinitialiser le mot de passe. Je
n'ai reçu aucune réponse à ce jour.

Je renouvelle donc cette demande, en qualité de principal du collège.

Philippe Garnier
Principal
Collège Jean Monnet – 0692571V""",
  ("head_of_establishment_request", False, "0692571V", "auvergne-rhone-alpes", "esidoc", False, "fr",
   "The principal renews, from the ce.<UAI> address, his written request to change the admin contact address and reset the password."),
  mailer="zimbra")

m(("Isabelle Roche", "isabelle.roche@ac-toulouse.fr"),
  "Re: demande de réinitialisation - courrier signé",
  """Bonjour,

Suite à votre demande d'un écrit du chef d'établissement, vous trouverez
ci-joint le courrier signé autorisant la réinitialisation du mot de passe
administrateur de notre portail documentaire et l'envoi du lien à
l'adresse de l'établissement. Je m'excuse du délai.

Isabelle Roche
Proviseure, lycée Déodat de Séverac, Toulouse (0315704G)""",
  ("head_of_establishment_request", False, "0315704G", "occitanie", "esidoc", False, "fr",
   "The proviseure sends the signed letter the desk had asked for (PDF attached), as a follow-up to the earlier ticket."),
  mailer="outlook", fmt="qp", attach=[("courrier_reinitialisation_signe.pdf", "application/pdf", FAKE_PDF)])

m(("Sophie Marteau", "sophie.marteau.ecole@gmail.com"),
  "relance changement d'adresse de contact",
  """Bonjour,

Je suis la directrice de l'école élémentaire des Tilleuls à Villeurbanne. Je
vous ai écrit il y a trois semaines pour que l'adresse de contact du compte
e-sidoc de l'école soit changée : l'ancienne collègue qui gérait la BCD est
partie et c'est sa boîte personnelle qui est enregistrée. Pouvez-vous mettre
à la place l'adresse de l'école ?

Je vous écris depuis ma messagerie personnelle car la boîte de l'école est
saturée.

Sophie Marteau, directrice""",
  ("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
   "A primary-school head asks to change the admin contact address, from a personal Gmail with no UAI: still a head's request, weak evidence for staff to verify."),
  mailer="gmail", fmt="alt")

m(("Dr. Eleanor Hughes", "headteacher@british-school-lyon.example.org"),
  "Re: Change of structure administrator - second request",
  """Dear Support Team,

I wrote to you three weeks ago to designate Mr Thomas Reid as the new
structure administrator of our school on the buyer area and to close the
access of Mrs Carole Dumas, who left us in August. I have had no reply.

Please treat this email as my written request as head of school. Our
establishment code is 0695... sorry, 0069... I will let Mr Reid send it.

Yours faithfully,
Dr Eleanor Hughes
Head of School""",
  ("head_of_establishment_request", False, None, None, "espace_acheteur", True, "en",
   "English; the head of school renews her request to change the structure administrator. She starts typing the UAI twice and gives up: no UAI can be told, no académie domain."),
  mailer="outlook", quote=("outlook_en", "self", 21,
  """Dear Sir or Madam,
I hereby designate Mr Thomas Reid as structure administrator for our school
and ask you to remove the access of Mrs Carole Dumas.
Dr E. Hughes"""))

m(("Le Proviseur - Lycée Victor Duruy", "ce.0401234X@ac-bordeaux.fr"),
  "Relance autorisation de commande",
  """Madame, Monsieur,

Je vous confirme à nouveau, n'ayant pas eu d'accusé de réception de mon
premier envoi, que j'autorise Mme Laure Cazaux, gestionnaire, à valider en
mon nom la commande de renouvellement des abonnements passée sur l'Espace
Acheteur.

Le proviseur,
Marc Labat""",
  ("head_of_establishment_request", False, None, "nouvelle-aquitaine", "espace_acheteur", True, "fr",
   "The proviseur renews an order authorisation. The sender ce.0401234X carries a wrong check letter (0401234 gives another letter), so no UAI; region from ac-bordeaux.fr."),
  mailer="zimbra", fmt="qp")

m(("Mireille Dubosc", "mireille.dubosc@ac-normandie.fr"),
  "TR: courrier de Mme la Principale - relance",
  """Bonjour,

Je relance notre demande de changement d'administrateur du portail e-sidoc.
Vous trouverez à nouveau ci-joint le courrier signé de Mme la Principale
(en copie de ce message), qui me désigne comme administratrice à la place de
M. Leroy, muté.

Collège Boieldieu, Rouen — 0764099T.

Mireille Dubosc, professeure documentaliste""",
  ("head_of_establishment_request", False, "0764099T", "normandie", "esidoc", True, "fr",
   "The librarian relays the head's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check the letter and the sender."),
  mailer="thunderbird", cc=("Mme la Principale", "ce.0764099T@ac-normandie.fr"),
  attach=[("designation_administrateur.pdf", "application/pdf", FAKE_PDF)])

m(("Jacques Lambert", "jacques.lambert@ac-versailles.fr"),
  "Re: [#SUP-011790] Demande de confirmation du chef d'établissement",
  """Bonjour,

Je suis le proviseur du lycée Hoche (0788811D). Je confirme la demande de
notre documentaliste : vous pouvez réinitialiser le mot de passe du portail
e-sidoc et envoyer le lien sur l'adresse officielle du lycée.

J. Lambert
Envoyé de mon iPhone""",
  ("head_of_establishment_request", False, "0788811D", "ile-de-france", "esidoc", False, "fr",
   "The proviseur answers the desk's request for a written confirmation (quoted, Apple style): the written authorisation itself."),
  mailer="iphone", quote=("apple_fr", "desk", 2,
  """Bonjour,

Pour des raisons de sécurité, la réinitialisation demandée doit être
confirmée par écrit par le chef d'établissement. Merci de lui demander de
répondre à ce message.

L'assistance"""))

m(("Proviseur Lycée Faidherbe", "ce.0595154G@ac-lille.fr"),
  "URGENT relance - transfert des comptes administrateurs",
  """Bonjour,

Je vous ai déjà écrit deux fois. Je vous demande, en tant que proviseur,
de transférer IMMÉDIATEMENT les comptes administrateurs e-sidoc et Espace
Acheteur du lycée vers ma nouvelle adresse : proviseur.faidherbe@gmail.com.
L'ancienne adresse est compromise. Merci de ne pas répondre sur l'adresse
de l'établissement.

Sans action de votre part aujourd'hui, je me verrai contraint de signaler
votre service au rectorat.

Le proviseur""",
  ("head_of_establishment_request", False, "0595154G", "hauts-de-france", None, True, "fr",
   "Pushy 'relance' claiming to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a Gmail address; asks to move both admin accounts to that Gmail. Probable spoof: still a head-of-establishment request for staff to refuse. Two products, so no single platform."),
  mailer="none", auth="fail", reply_to="proviseur.faidherbe@gmail.com")

m(("Thomas Kessler", "thomas.kessler@ac-strasbourg.fr"),
  "Relance - changement d'administrateur Espace Acheteur",
  """Bonjour,

Principal adjoint du collège Lucie Berger (0679220H), je relance la demande
transmise le mois dernier au nom de Mme la Principale, en congé jusqu'à
Noël : désigner Mme Anne Wolff comme administratrice de structure sur
l'Espace Acheteur et retirer les droits de M. Eric Roth, parti à la
retraite.

Je reste à votre disposition pour tout justificatif.

Thomas Kessler
Principal adjoint""",
  ("head_of_establishment_request", False, "0679220H", "grand-est", "espace_acheteur", True, "fr",
   "The deputy head acts for the absent principal to change the structure administrator: a head-of-establishment request; staff must check the deputy's delegation."),
  mailer="outlook", fmt="alt")

m(("Valérie Simonin", "ce.0516967W@ac-reims.fr"),
  "Relance : fermeture des accès de l'ancienne documentaliste",  """Bonjour,

Je reviens vers vous concernant ma demande du 2 décembre. L'ancienne
professeure documentaliste a quitté l'établissement en mauvais termes et
dispose toujours de l'accès administrateur du portail e-sidoc. Je vous
demande, en tant que proviseure, de réinitialiser le mot de passe et
d'envoyer le lien sur l'adresse de l'établissement.

Valérie Simonin
Proviseure, lycée Colbert, Reims""",
  ("head_of_establishment_request", False, "0516967W", "grand-est", "esidoc", False, "fr",
   "The proviseure renews, from the ce.<UAI> address, her request to cut a departed librarian's access with a reset to the school's address."),
  mailer="zimbra", fmt="qp")

m(("Frère Dominique Lesage", "direction@institution-saint-joseph.example.fr"),
  "Relance désignation administrateur",  """Bonjour,

En tant que directeur de l'Institution Saint-Joseph (établissement privé
sous contrat, 0445672B), je vous ai adressé le 20 janvier la désignation de
notre nouvelle économe, Mme Prigent, comme administratrice de notre
structure sur l'Espace Acheteur. Sans nouvelles, je me permets de vous
relancer.

Bien cordialement,
Frère Dominique Lesage
Chef d'établissement""",
  ("head_of_establishment_request", False, "0445672B", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "Head of a private school renews the designation of a new structure administrator."),
  mailer="outlook")

m(("Principal Collège Mistral", "ce.0061164H@ac-nice.fr"),
  "Relance demande de réinitialisation",  """Madame, Monsieur,

Je me permets de relancer ma demande écrite du 5 mars : réinitialisation du
mot de passe administrateur e-sidoc du collège Frédéric Mistral
(UAI 0061164K), lien à envoyer à la présente adresse.

Le principal,
Serge Ottavi""",
  ("head_of_establishment_request", False, "0061164H", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
   "The body gives 0061164K (wrong check letter) but the ce.0061164H@ac-nice.fr sender carries the valid UAI, which is the label."),
  mailer="zimbra")

m(("Catherine Nguyen", "catherine.nguyen@ac-creteil.fr"),
  "Re: désignation nouvel administrateur - où en est-on ?",
  """Bonjour,

Je suis la principale du collège Gustave Courbet (0949346Y). J'ai désigné
par écrit, il y a dix jours, M. Hamid Saïdi comme nouvel administrateur de
notre structure sur l'Espace Acheteur (message ci-dessous). Où en est-on ?

Par ailleurs, M. Saïdi pourra-t-il aussi valider les commandes, ou
faut-il une autorisation séparée ?

Catherine Nguyen""",
  ("head_of_establishment_request", False, "0949346Y", "ile-de-france", "espace_acheteur", False, "fr",
   "The principal chases her written designation of a new administrator (quoted) and asks whether order validation needs a separate authorisation: both are head's requests for staff."),
  mailer="gmail_like_web", quote=("gmail_fr", "self", 10,
  """Madame, Monsieur,
Je désigne M. Hamid Saïdi, gestionnaire, comme administrateur de la
structure collège Gustave Courbet sur l'Espace Acheteur.
C. Nguyen, principale"""))

# ---- account_creation ----------------------------------------------------
m(("Olivia Marty", "olivia.marty@ac-montpellier.fr"),
  "Relance : compte en attente de validation",
  """Bonjour,

Je relance ma demande : mon compte sur l'Espace Acheteur est « en attente de
validation » depuis dix jours. Je ne sais pas qui est l'administrateur de
notre structure, personne au lycée ne le sait non plus.

Lycée Joffre, Montpellier — 0347009J.

Olivia Marty""",
  ("account_creation", False, "0347009J", "occitanie", "espace_acheteur", False, "fr",
   "Account waiting for validation for ten days and nobody knows the structure administrator: a look-up by a person."),
  mailer="thunderbird")

m(("Éric Brunet", "eric.brunet@ac-caen.fr"),
  "Re: impossible de me connecter après inscription",
  """Bonjour,

Je me permets de revenir vers vous. J'ai rempli le formulaire d'inscription
sur l'Espace Acheteur il y a une semaine et je ne peux toujours pas me
connecter : le site me dit que mon compte n'est pas encore actif.

Éric Brunet
Collège Lemière, Caen (0143045J)""",
  ("account_creation", True, "0143045J", "normandie", "espace_acheteur", False, "fr",
   "Signed up, cannot log in yet: account waiting for the structure administrator (FAQ case)."),
  mailer="outlook", fmt="qp")

m(("Julie Paquet", "julie.paquet@ac-amiens.fr"),
  "relance - qui est notre administrateur ?",
  """Bonjour,

Je n'ai pas eu de réponse à ma question de la semaine dernière : pouvez-vous
me dire qui est l'administrateur de structure de notre collège sur l'Espace
Acheteur ? C'est le collège Jules Verne de Beauvais, 0609458E.

Merci !
Julie""",
  ("account_creation", False, "0609458E", "hauts-de-france", "espace_acheteur", False, "fr",
   "Asks who the structure's administrator is: needs a look-up, a person answers."),
  mailer="android")

m(("Mickaël Texier", "mickael.texier@ac-nantes.fr"),
  "Relance ouverture compte client e-sidoc",  """Bonjour,

Nouveau gestionnaire au collège Saint-Exupéry du Mans (0727574S), je
souhaite ouvrir le compte client e-sidoc de l'établissement avant notre
première commande. Je vous avais écrit à ce sujet le 18, sans réponse.
Quelle est la marche à suivre ?

Mickaël Texier""",
  ("account_creation", True, "0727574S", "pays-de-la-loire", "esidoc", False, "fr",
   "New gestionnaire wants to open the customer account before a first order; follow-up."),
  mailer="outlook", fmt="html")

m(("Brigitte Cordier", "brigitte.cordier@ac-dijon.fr"),
  "Re: Re: mot de passe ?",
  """Bonjour,

Je crois qu'on ne s'est pas compris dans votre réponse : je n'ai PAS perdu
mon mot de passe. Je n'ai jamais eu de compte sur l'Espace Acheteur ! Je
voudrais justement en créer un pour notre collège (0897204X). Comment
fait-on ?

Brigitte Cordier""",
  ("account_creation", True, "0897204X", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
   "Negation after a misrouted answer: she never had an account and wants to create one; account_creation, not password_reset."),
  mailer="thunderbird", quote=("thunderbird", "desk", 3,
  """Bonjour,

Si vous avez oublié votre mot de passe, utilisez le lien « Mot de passe
oublié » sur la page de connexion.

L'assistance"""))

m(("Samuel Okafor", "s.okafor@newfield-academy.example.org"),
  "Second request - buyer account for a new school",
  """Good morning,

I sent an enquiry two weeks ago and have not received a reply. Our school
opened in September (bilingual secondary, private, under contract since
this year) and we would like to create a buyer account on your purchasing
platform. Are we eligible, and what documents do you need?

Best regards,
Samuel Okafor
Finance Manager""",
  ("account_creation", False, None, None, "espace_acheteur", False, "en",
   "English follow-up; a newly opened school wants a buyer account: eligibility must be checked by a person."),
  mailer="outlook", fmt="alt")

m(("Hélène Robin", "helene.robin@ac-poitiers.fr"),
  "Relance : ouverture des droits de commande",  """Bonjour,

Je relance ma demande du 6 : mon compte fonctionne, mais je n'ai pas les
droits pour passer ou valider des commandes. Pouvez-vous les ouvrir ?
Lycée Bernard Palissy, 0161... pardon : 0172802D (Saintes, nous avons changé
de numéro l'an dernier).

Hélène Robin""",
  ("account_creation", False, "0172802D", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
   "Asks for order rights to be opened; she starts another code and corrects herself: the UAI is 0172802D."),
  mailer="roundcube", fmt="qp")

m(("Gestion - Collège Albert Camus", "gestion.camus@collectivite-example.fr"),
  "Relance : établissement absent de la liste",
  """Bonjour,

Toujours sans nouvelles de notre précédent message : en créant le compte
client, notre établissement (0300742U) n'apparaît pas dans la liste
proposée. Nous ne pouvons donc pas aller plus loin.

Merci de votre retour.
Le service gestion""",
  ("account_creation", False, "0300742U", "occitanie", "esidoc", False, "fr",
   "The UAI is not in the list when opening the customer account: the FAQ sends these to the sales team."),
  mailer="outlook")

m(("Laure Giraud", "laure.giraud@ac-grenoble.fr"),
  "Relance compte pour ma collègue",
  """Bonjour,

Je relance ma question : ma collègue documentaliste, arrivée en janvier,
doit-elle créer son propre compte sur l'Espace Acheteur ou peut-elle
utiliser le mien ? Si elle doit en créer un, où est le formulaire ?

Laure Giraud, lycée du Granier""",
  ("account_creation", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
   "How a colleague creates her own account: the sign-up answer fits. Region from ac-grenoble.fr."),
  mailer="zimbra")

m(("Stéphanie Barbier", "stephanie.barbier@ac-besancon.fr"),
  "RE: compte en attente - relance",  """Bonjour,

Mon compte est en attente de validation depuis trois semaines. Notre
administratrice de structure est en congé maladie jusqu'en avril et personne
d'autre n'a les droits. Il faudrait que quelqu'un de chez vous ou de la
région valide mon compte, sinon nous ne pourrons pas commander avant la fin
de l'exercice.

Stéphanie Barbier
Lycée Victor Bérard, Morez (0391...)""",
  ("account_creation", False, None, "bourgogne-franche-comte", "espace_acheteur", True, "fr",
   "Account waiting three weeks, administrator on sick leave: the region must step in. The UAI is truncated in the signature, so none; region from ac-besancon.fr."),
  mailer="outlook", quote=("outlook_fr", "self", 14,
  """Bonjour,
Mon compte Espace Acheteur est en attente de validation. Pouvez-vous
m'aider ?
S. Barbier"""))
# ---- subscription_activation ----------------------------------------------
m(("Camille Renaud", "camille.renaud@ac-lyon.fr"),
  "Relance : Europresse pas encore visible",
  """Bonjour,

Je vous ai écrit hier matin mais je relance car les élèves en ont besoin
pour un exposé vendredi : nous avons commandé Europresse avant-hier et la
ressource n'apparaît toujours pas dans notre portail. Est-ce normal ?

Collège Ampère, 0692... non, 0691734K — désolée, je mélange avec l'ancien
collège.

Camille Renaud""",
  ("subscription_activation", True, "0691734K", "auvergne-rhone-alpes", "esidoc", True, "fr",
   "Ordered two days ago, not visible yet: within the 72-hour window. She starts the old school's code before giving the right one."),
  mailer="thunderbird")

m(("Maurice Tanguy", "maurice.tanguy@ac-rennes.fr"),
  "Relance abonnement toujours inactif (commande du 2 décembre)",  """Bonjour,

Notre abonnement à Universalis, commandé et validé le 2 décembre, n'est
toujours pas actif aujourd'hui 23 décembre. Je vous ai écrit deux fois.
Pouvez-vous vérifier ce qui bloque ?

Lycée Laennec, Pont-l'Abbé, 0299128P.

M. Tanguy""",
  ("subscription_activation", False, "0299128P", "bretagne", "esidoc", False, "fr",
   "Ordered three weeks ago, still inactive: past the 72-hour rule, a person must look at the order."),
  mailer="outlook", fmt="qp")

m(("Fanny Lopez", "fanny.lopez@ac-montpellier.fr"),
  "Re: abonnement Cafeyn",
  """Bonjour,

Je reviens vers vous : depuis mon premier message (ci-dessous), rien n'a
bougé. Cafeyn n'est toujours pas disponible sur le portail.

Fanny Lopez""",
  ("subscription_activation", False, "0669243N", "occitanie", "esidoc", True, "fr",
   "The quoted first mail says the order was made the day before it, and that mail is five days old: now past the 72-hour rule, so a person must check. UAI only in the quoted mail."),
  mailer="gmail", quote=("gmail_fr", "self", 5,
  """Bonjour,
Nous avons commandé hier l'abonnement Cafeyn pour le CDI du lycée Arago
(Perpignan, 0669243N). Il n'apparaît pas encore dans nos ressources.
Merci
Fanny Lopez"""))

m(("Nicolas Ferreira", "nicolas.ferreira@ac-orleans-tours.fr"),
  "Relance - publier la ressource sur le portail",
  """Bonjour,

Je relance ma question restée sans réponse : notre abonnement Lumni Pro est
bien actif, mais je ne trouve pas comment le publier sur le portail pour
que les élèves y accèdent. Où est le réglage ?

Collège Anatole France, Tours (0371113J)

Merci,
Nicolas Ferreira""",
  ("subscription_activation", True, "0371113J", "centre-val-de-loire", "esidoc", False, "fr",
   "How to publish an active resource on the portal: the activation/publication answer fits."),
  mailer="outlook", fmt="alt")

m(("Alain Rousseau", "ce.0638879J@ac-clermont.fr"),
  "Relance - date de disponibilité de l'abonnement",  """Bonjour,

Principal du collège, je me permets de relancer la question de notre
documentaliste : l'abonnement commandé lundi sera-t-il disponible avant les
vacances ? Nous sommes mercredi.

Cordialement,
A. Rousseau, principal""",
  ("subscription_activation", True, "0638879J", "auvergne-rhone-alpes", "esidoc", True, "fr",
   "Written by the principal from the ce.<UAI> address, but he only asks when the subscription will be available (two days after ordering): not a head-of-establishment request."),
  mailer="zimbra", fmt="qp")

m(("Grace Thompson", "grace.thompson@ac-nice.fr"),
  "Follow-up: renewed subscription still shows 'expired'",
  """Hello,

Following up on yesterday's message. We renewed our subscription on
Monday (order validated the same day) and the portal still shows it as
expired under 'Mes abonnements'. Is there anything we need to do on our
side?

Collège international de Valbonne, 0067867U.

Thanks,
Grace Thompson""",
  ("subscription_activation", True, "0067867U", "provence-alpes-cote-d-azur", "esidoc", False, "en",
   "English; renewal validated recently, still shown as expired: within the activation window."),
  mailer="apple")

m(("Francis Delorme", "francis.delorme@ac-aix-marseille.fr"),
  "INADMISSIBLE - abonnement payé, toujours rien",
  """Bonjour,

Nous avons commandé ET payé l'abonnement il y a dix jours. Toujours aucun
accès. J'ai relancé deux fois, on me répond « sous 72 heures ». 72 heures,
c'était il y a une semaine.

Lycée Thiers, Marseille, 0134522V. J'attends une réponse d'une personne.

F. Delorme, gestionnaire""",
  ("subscription_activation", False, "0134522V", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
   "Angry: ordered and paid ten days ago, the 72-hour answer already sent; past the window, a person must look."),
  mailer="outlook", fmt="html")

m(("Morgane Le Bihan", "morgane.lebihan@ac-rennes.fr"),
  "Re: ressource non visible pour les élèves",
  """Bonjour,

Je me permets de relancer et de préciser : je n'ai pas oublié mon mot de
passe, je me connecte très bien à l'administration. C'est la ressource
Cafeyn, activée la semaine dernière, que les élèves ne voient pas sur le
portail du collège (0561068G).

Morgane Le Bihan""",
  ("subscription_activation", True, "0561068G", "bretagne", "esidoc", True, "fr",
   "Negation ('je n'ai pas oublié mon mot de passe'): the active resource is not published for pupils, a publication step."),
  mailer="thunderbird", fmt="qp")

m(("Ludovic Carré", "ludovic.carre@ac-creteil.fr"),
  "relance activation",  """Bonjour, pouvez-vous activer notre abonnement ? commande validée lundi,
on est mercredi. Collège Galilée 0779693T. Merci""",
  ("subscription_activation", True, "0779693T", "ile-de-france", "esidoc", False, "fr",
   "Short: please activate the subscription, validated two days ago."),
  mailer="android")

m(("Émilie Vasseur", "emilie.vasseur@ac-lille.fr"),
  "Relance abonnement + adresse de facturation",
  """Bonjour,

Je relance pour l'abonnement commandé avant-hier, toujours pas visible sur
le portail. Et j'ai une autre question : la facture doit être adressée au
service comptable de la cité scolaire et non au collège, est-ce possible de
modifier l'adresse de facturation ?

Émilie Vasseur
Cité scolaire Faidherbe (0595154G)""",
  ("subscription_activation", False, "0595154G", "hauts-de-france", "esidoc", True, "fr",
   "Two topics: activation within 72 h (original request) and a new billing-address question (order_billing)."),
  mailer="outlook", fmt="qp")

# ---- order_billing -------------------------------------------------------
m(("Agnès Perrot", "agnes.perrot@ac-dijon.fr"),
  "Relance : devis renouvellement 2025",  """Bonjour,

Je relance ma demande de devis pour le renouvellement de notre abonnement
e-sidoc 2025 : sans ce document je ne peux pas établir le bon d'engagement,
et l'agent comptable me le réclame.

Collège Lamartine, Mâcon — 0218413F (pardon, c'est le numéro de notre ancien
site à Dijon ; celui de Mâcon je ne l'ai pas sous la main).

Agnès Perrot, gestionnaire""",
  ("order_billing", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
   "Quote needed for the bon d'engagement. She gives a valid UAI but says it is the old site's, not this school's: the establishment cannot be told, so no UAI; region from ac-dijon.fr (both in the same region anyway)."),
  mailer="outlook")

m(("Bruno Mallet", "bruno.mallet@ac-limoges.fr"),
  "Re: facture absente de Chorus - 2e relance",  """Bonjour,

Deuxième relance : la facture de notre commande validée le 10 octobre
n'est toujours pas déposée dans Chorus Pro. Nous ne pouvons pas la payer
tant qu'elle n'y est pas.

Lycée Turgot, Limoges, 0871299P.

Bruno Mallet
Adjoint gestionnaire""",
  ("order_billing", False, "0871299P", "nouvelle-aquitaine", "esidoc", False, "fr",
   "Second reminder: invoice still not in Chorus."),
  mailer="outlook", fmt="qp", quote=("outlook_fr", "self", 15,
  """Bonjour,
La facture de notre commande du 10 octobre n'apparaît pas dans Chorus.
Pouvez-vous vérifier ?
B. Mallet"""))

m(("Chantal Weber", "int.0572029W@ac-nancy-metz.fr"),
  "Relance facture en double",  """Bonjour,

Nous avons reçu deux fois la même facture (même montant, deux numéros
différents) et je vous ai demandé le 3 février d'annuler le doublon. Je
n'ai pas eu de retour et l'agence comptable attend.

Chantal Weber
Intendance, lycée Fabert, Metz (0572029W)""",
  ("order_billing", False, "0572029W", "grand-est", "esidoc", False, "fr",
   "Duplicate invoice, follow-up; UAI in the int.<UAI> sender and the signature."),
  mailer="zimbra", fmt="b64")

m(("Raphaël Lebon", "raphael.lebon@ac-guadeloupe.fr"),
  "TR: Rappel de paiement - facture déjà réglée",  """Bonjour,

Je vous transfère le rappel que nous avons reçu. Cette facture a été payée
par mandat administratif le 28 novembre, je vous l'avais déjà signalé au
premier rappel. Merci de faire le nécessaire pour que cela cesse.

Raphaël Lebon
Lycée Baimbridge (9714762Z)""",
  ("order_billing", False, "9714762Z", "guadeloupe", "esidoc", False, "fr",
   "Forward of a second payment reminder for an invoice already paid by mandat administratif."),
  mailer="thunderbird", quote=("thunderbird_fwd", ("Service comptabilité", "comptabilite@editeur-esidoc.example.fr"), 4,
  """Madame, Monsieur,

Sauf erreur de notre part, la facture FA-2024-08817 reste impayée à ce jour.
Nous vous remercions de bien vouloir procéder à son règlement.

Le service comptabilité"""))

m(("Margaret O'Neill", "m.oneill@lycee-bilingue.example.org"),
  "RE: Invoice address - following up",
  """Hello,

I'm following up on the email below. Could you please reissue the invoice
to our accounting department rather than to the library? Our auditors will
not accept it otherwise.

Many thanks,
Margaret O'Neill""",
  ("order_billing", False, None, None, "esidoc", False, "en",
   "English Outlook follow-up (From:/Sent: quote): invoice to be reissued to the accounting department."),
  mailer="outlook", quote=("outlook_en", "self", 9,
  """Hello,
Could the invoice for our e-sidoc subscription be addressed to our
accounting department (compta@lycee-bilingue.example.org)?
Margaret"""))

m(("Didier Roussel", "didier.roussel@ac-caen.fr"),
  "Relance : bon d'engagement refusé à la validation",
  """Bonjour,

Je relance mon signalement de la semaine dernière : au moment de valider la
commande, le dépôt du bon d'engagement échoue avec le message « format non
accepté ». Je l'ai enregistré en PDF et en PDF/A, même résultat. Je le
joins à nouveau.

Didier Roussel
Collège Jean Moulin, Saint-Lô (0509511S)""",
  ("order_billing", False, "0509511S", "normandie", "espace_acheteur", False, "fr",
   "The bon d'engagement upload fails at order validation; PDF attached again."),
  mailer="thunderbird", attach=[("BE_2025_0142.pdf", "application/pdf", FAKE_PDF)])

m(("Nadège Colin", "nadege.colin@ac-reims.fr"),
  "Relance - montant erroné",  """Bonjour,

Toujours sans réponse à mon message du 16 janvier : la facture reçue est de
1 284,00 € alors que le devis signé était de 1 084,00 €. J'ai besoin d'une
facture rectificative ou d'un avoir.

Merci,
Nadège Colin
Lycée Camille Claudel, Troyes""",
  ("order_billing", False, None, "grand-est", "esidoc", False, "fr",
   "Invoice amount differs from the signed quote; follow-up. HTML-only, windows-1252 (euro sign)."),
  mailer="outlook", fmt="html", charset="windows-1252")

m(("Yves Tardieu", "yves.tardieu@ac-montpellier.fr"),
  "relance panier disparu",  """Bonjour

je vous relance pour mon panier qui a disparu. je l'avais préparé fin
novembre pour la commande de fin d'année et il n'y est plus. est ce que
vous pouvez le récupérer ?

Yves Tardieu
collège Voltaire, Nîmes 0301371C""",
  ("order_billing", False, "0301371C", "occitanie", "esidoc", False, "fr",
   "Saved basket disappeared (baskets are kept a limited time); follow-up, no capitals."),
  mailer="android")

m(("Mathieu Grandjean", "mathieu.grandjean@lycee-prive-stjean.example.fr"),
  "Relance : paiement par virement",
  """Bonjour,

Je n'ai pas eu de réponse à ma question du mois dernier. Notre établissement
est privé : pouvons-nous régler la facture par virement bancaire plutôt que
par mandat ? Si oui, merci de nous envoyer votre RIB.

Mathieu Grandjean, comptable""",
  ("order_billing", False, None, None, "esidoc", False, "fr",
   "Private school asks again whether it can pay by bank transfer and for bank details; ISO-8859-15 8-bit body."),
  mailer="outlook", charset="iso-8859-15")

m(("Sabine Arnould", "sabine.arnould@ac-strasbourg.fr"),
  "Re: facture rejetée par Chorus - numéro d'engagement",
  """Bonjour,

Suite à mon message de lundi (facture rejetée dans Chorus Pro pour
« numéro d'engagement manquant »), voici l'élément qui manquait : notre
numéro d'engagement est EJ-2025-0317. Pouvez-vous redéposer la facture avec
ce numéro ?

Sabine Arnould
Lycée Kléber (0670863Z)""",
  ("order_billing", False, "0670863Z", "grand-est", "esidoc", False, "fr",
   "Follow-up adding the missing engagement number so the rejected invoice can be re-filed in Chorus."),
  mailer="zimbra", fmt="qp")

m(("Jean-Marc Hoarau", "jean-marc.hoarau@ac-reunion.fr"),
  "URGENT - clôture de l'exercice - facture toujours pas reçue",  """Bonjour,

Je vous ai déjà écrit le 2 et le 9 décembre. L'exercice comptable se
termine dans huit jours et je n'ai toujours pas la facture de notre
commande Espace Acheteur. Si elle n'arrive pas, la dépense passera sur
l'exercice suivant et je devrai tout refaire.

Merci de me répondre rapidement.

J.-M. Hoarau
Collège Juliette Dodu, 9742018A""",
  ("order_billing", False, "9742018A", "la-reunion", "espace_acheteur", False, "fr",
   "Urgent follow-up: invoice missing before the end of the financial year."),
  mailer="outlook", fmt="alt")

# ---- transfer_incident ---------------------------------------------------
m(("Direction Collège Sainte-Marie", "direction@college-saintemarie.example.fr"),
  "Relance : plus de transfert vers EcoleDirecte depuis 5 jours",  """Bonjour,

Nous vous avons signalé vendredi que les notes ne remontaient plus dans
EcoleDirecte. Cinq jours plus tard, toujours rien, et les parents
commencent à appeler. Le dernier transfert réussi date du 13.

Merci de nous rappeler au plus vite.
La direction""",
  ("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
   "EcoleDirecte transfers stopped for five days; follow-up."),
  mailer="outlook")

m(("Laurent Mercier", "laurent.mercier@ensemble-scolaire-lasalle.example.fr"),
  "Re: licence à régénérer - nom du nouveau serveur",
  """Bonjour,

Pour compléter ma demande de licence d'hier : le nouveau serveur s'appelle
SRV-VIESCO-02 (Windows Server 2022), l'ancien était SRV-ADM. Vous me
demandiez ces informations pour régénérer la licence.

Laurent Mercier
Responsable informatique""",
  ("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
   "Follow-up adding the new server name for the licence regeneration after a server change."),
  mailer="thunderbird", quote=("thunderbird", "self", 1,
  """Bonjour,
Suite au changement de serveur, Charlemagne Outils demande une nouvelle
licence pour EcoleDirecte. Pouvez-vous la régénérer ?
L. Mercier"""))

m(("Secrétariat Lycée Saint-Louis", "secretariat@lycee-stlouis.example.fr"),
  "relance mot de passe de maintenance",
  """Bonjour,

Nous attendons toujours le mot de passe de maintenance du jour pour
réindexer la base. Nous l'avons demandé ce matin à 8 h. Il est 14 h.

Secrétariat""",
  ("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
   "Asks for the daily maintenance password: transfer_incident per the taxonomy, not password_reset."),
  mailer="outlook", fmt="qp")

m(("Pascal Bourdin", "pascal.bourdin@institution-ndp.example.fr"),
  "Relance - antivirus et Outils",
  """Bonjour,

Je vous relance : notre antivirus (nouvelle version) met Outils.exe en
quarantaine et les transferts vers EcoleDirecte ne partent plus. Vous deviez
m'indiquer quels fichiers exclure. Je n'ai rien reçu.

Pascal Bourdin
Informatique""",
  ("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
   "The antivirus quarantines the transfer tool; follow-up on the exclusions to set."),
  mailer="thunderbird")

m(("Service informatique OGEC", "informatique@ogec-saintpaul.example.fr"),
  "RE: proxy - test de connexion en échec",
  """Bonjour,

Je reviens vers vous : nous avons mis en place le nouveau pare-feu et
renseigné le proxy comme convenu, mais le diagnostic échoue toujours à
l'étape « test de connexion ». Pouvez-vous nous dire quels ports et quelles
adresses doivent être ouverts pour les transferts EcoleDirecte ?

Cordialement""",
  ("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
   "New firewall/proxy: the transfer diagnostic still fails on the connection test; follow-up."),
  mailer="outlook", fmt="alt")

m(("Agathe Lemaire", "agathe.lemaire@college-stjoseph.example.fr"),
  "Relance : « licence expirée »",  """Bonjour,

Deuxième message : depuis lundi, Charlemagne affiche « licence expirée » au
démarrage et aucun transfert ne se fait. Nous avons pourtant renouvelé le
contrat en juin.

Agathe Lemaire""",
  ("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
   "'Licence expirée' at start-up, transfers stopped: licence to regenerate; platform implied by the transfers (Charlemagne -> EcoleDirecte)."),
  mailer="apple")

m(("Olivier Garnier", "o.garnier@lycee-sacre-coeur.example.fr"),
  "Relance réinitialisation de la réplication",
  """Bonjour,

Suite à la restauration de la base après la panne de disque, il faut
réinitialiser la réplication vers EcoleDirecte. Je vous ai envoyé le détail
de l'incident mardi avec une capture. Sans retour, je relance.

Olivier Garnier""",
  ("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
   "Replication re-initialisation needed after a restore; follow-up with a screenshot attached."),
  mailer="outlook", attach=[("capture_incident.png", "image/png",
  bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                "1f15c4890000000d4944415478da63f8cfc0f01f0005000201e2d1a3e4"
                "0000000049454e44ae426082"))])

m(("Claire Fournier", "claire.fournier@college-stmartin.example.fr"),
  "Re: transferts - c'est reparti mais...",  """Bonjour,

Merci, depuis votre intervention les notes remontent bien. Par contre les
absences ne sont toujours pas mises à jour dans EcoleDirecte depuis le
15 : les parents voient des absences déjà justifiées.

Pouvez-vous regarder ?

Claire Fournier, CPE""",
  ("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
   "Starts with thanks (grades are back) but reports a remaining transfer problem (absences not updated): still transfer_incident, not a thank-you."),
  mailer="gmail_like_web", quote=("gmail_fr", "desk", 3,
  """Bonjour,
Le transfert des notes a été relancé de notre côté. Merci de nous dire si
tout est rentré dans l'ordre.
L'assistance"""))

m(("Marc Delaunay", "marc.delaunay@college-ste-therese.example.fr"),
  "TR: Notes invisibles sur EcoleDirecte (relance)",
  """Bonjour,

Je vous transfère à nouveau le message d'un parent, puisque ma première
transmission est restée sans suite. Les notes du trimestre ne sont toujours
pas visibles sur EcoleDirecte.

Marc Delaunay
Chef d'établissement""",
  ("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
   "Written by the head of a private school forwarding a parent's complaint (Apple forward): a transfer incident, not a head-of-establishment request."),
  mailer="apple", quote=("apple_fr_fwd", ("Karine Poulain", "karine.poulain@gmail.com"), 8,
  """Bonjour Monsieur,
Mon fils me dit que ses professeurs ont mis des notes mais on ne voit rien
sur EcoleDirecte depuis deux semaines. Est-ce normal ?
K. Poulain"""))

# ---- contract_documents --------------------------------------------------
m(("Anne Le Corre", "anne.lecorre@ac-rennes.fr"),
  "Relance : marché 2022-041 introuvable",  """Bonjour,

Je relance ma demande du 15 : je ne retrouve plus le marché 2022-041
(fournitures de bureau) dans « Mes Marchés ». Il y était encore en
septembre. Nous devons passer une commande dessus ce mois-ci.

Anne Le Corre, gestionnaire
Lycée Chaptal, Quimper (0291...)""",
  ("contract_documents", False, None, "bretagne", "espace_acheteur", False, "fr",
   "Market no longer found in 'Mes Marchés'; the UAI in the signature is cut off, so none; region from ac-rennes.fr."),
  mailer="thunderbird")

m(("Michel Pons", "michel.pons@ac-bordeaux.fr"),
  "Relance avenant n°3",  """Bonjour,

Toujours sans réponse : l'avenant n°3 du marché de maintenance des
photocopieurs n'apparaît pas dans les documents du marché. Le titulaire
nous dit qu'il a été notifié en janvier.

Michel Pons
Lycée Montaigne (0338211W)""",
  ("contract_documents", False, "0338211W", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
   "Amendment no. 3 missing from the market documents; follow-up."),
  mailer="outlook", fmt="qp")

m(("Sandrine Hubert", "sandrine.hubert@ac-amiens.fr"),
  "Re: CCAP du marché 2024-015",
  """Bonjour,

Je me permets de revenir vers vous : je n'arrive toujours pas à trouver le
CCAP du marché 2024-015 (manuels scolaires). Seul l'acte d'engagement est
en ligne. Pouvez-vous l'ajouter ou me l'envoyer ?

S. Hubert""",
  ("contract_documents", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
   "CCAP not found for a market; follow-up quoting her first mail."),
  mailer="outlook", quote=("outlook_fr", "self", 8,
  """Bonjour,
Où trouver le CCAP du marché 2024-015 ?
Merci
Sandrine Hubert"""))

m(("François Bertin", "francois.bertin@ac-nantes.fr"),
  "Relance - convention d'adhésion vide",  """Bonjour,

Je vous relance : le document « convention d'adhésion » s'ouvre toujours
sur une page blanche (fichier de 0 Ko) dans notre espace. Nous en avons
besoin pour le conseil d'administration du 12.

François Bertin
Collège Jules Verne, Nantes (0445240G)""",
  ("contract_documents", False, "0445240G", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "The membership convention opens as an empty file; follow-up before a board meeting."),
  mailer="thunderbird", fmt="qp")

m(("Jessica Morel", "jessica.morel@gmail.com"),
  "Re: document manquant - toujours pas",
  """Bonjour,

La région m'a répondu il y a dix jours que le document serait ajouté « sous
48 h ». Il n'y est toujours pas : la décision d'attribution du lot 2 du
marché restauration. Pouvez-vous relancer de votre côté ?

Jessica Morel
Gestionnaire, collège Romain Rolland (0931128W)""",
  ("contract_documents", False, "0931128W", "ile-de-france", "espace_acheteur", False, "fr",
   "Follow-up after the region's answer: the award decision is still missing. Personal Gmail; region from the UAI."),
  mailer="gmail")

m(("Kevin Walsh", "kevin.walsh@ac-versailles.fr"),
  "Following up - cannot see contract documents",
  """Hello,

I'm following up on my request from two weeks ago. Since my account was
moved to the new platform I cannot see any contract documents for our
school (conventions, amendments). My colleague can. Is it a rights issue?

Kevin Walsh
Section internationale, Lycée de Saint-Germain-en-Laye""",
  ("contract_documents", False, None, "ile-de-france", "espace_acheteur", True, "en",
   "English; cannot see contract documents since the migration while a colleague can: contract_documents, though the fix may be rights (close to account_creation)."),
  mailer="outlook", fmt="alt")

m(("Josette Marie", "josette.marie@ac-rouen.fr"),
  "Relance attestation - marché n° 2023-088",
  """Bonjour,

Je complète ma demande de la semaine passée, à laquelle il manquait le
numéro du marché : il s'agit du marché 2023-088 (produits d'entretien).
L'attestation administrative n'est pas dans les pièces du marché.

Josette Marie
Lycée Flaubert, Rouen (0761441D)""",
  ("contract_documents", False, "0761441D", "normandie", "espace_acheteur", False, "fr",
   "Follow-up adding the missing market number; administrative certificate missing from the market documents."),
  mailer="outlook", fmt="qp")
# ---- automated -----------------------------------------------------------
m(("Véronique Dumont", "veronique.dumont@ac-lille.fr"),
  "Réponse automatique : [#SUP-012233] Relance mot de passe",  """Bonjour,

Je suis absente du 21 décembre au 6 janvier inclus. Vos messages ne seront
pas lus pendant cette période. Pour toute urgence, merci de contacter le
secrétariat du lycée.

Véronique Dumont""",
  ("automated", False, None, "hauts-de-france", None, False, "fr",
   "Exchange out-of-office answering the desk's reply to her follow-up (Auto-Submitted, X-Auto-Response-Suppress); region from ac-lille.fr."),
  mailer="outlook", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  irt_desk=True)

m(("Romain Faure", "romain.faure@ac-grenoble.fr"),
  "Absent : Re: [#SUP-011874] Mails bloqués",  """Je suis en formation jusqu'au vendredi 15 novembre et je consulterai ma
messagerie à mon retour. Pour les questions informatiques urgentes :
referent.numerique@ac-grenoble.fr""",
  ("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
   "Zimbra vacation reply from an académie webmail (Auto-Submitted: auto-replied (zimbra; vacation)); region from the sender domain."),
  mailer="zimbra", hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], irt_desk=True)

m(("Sarah Collins", "sarah.collins@lycee-international.example.org"),
  "Out of office Re: Following up on your request",  """Thank you for your email. I am on leave until Monday 28 April with
limited access to email. For urgent library matters please contact
library@lycee-international.example.org.

Sarah""",
  ("automated", False, None, None, None, False, "en",
   "English Gmail vacation responder (Auto-Submitted: auto-replied)."),
  mailer="gmail", hdrs=[("Auto-Submitted", "auto-replied")], irt_desk=True)

m(("Mail Delivery System", "MAILER-DAEMON@mx.college-arago.example.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.college-arago.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<cdi.arago@college-arago.example.fr>: host mx.college-arago.example.fr
    said: 550 5.2.2 <cdi.arago@college-arago.example.fr>: Mailbox full""",
  ("automated", False, None, None, None, False, "en",
   "Postfix bounce of the desk's answer to a follow-up: multipart/report delivery-status, null Return-Path, mailbox full."),
  report=("delivery-status", "cdi.arago@college-arago.example.fr", "5.2.2", "failed",
          "[#SUP-012410] Re: Relance abonnement"))

m(("Microsoft Outlook", "postmaster@lycee-pasteur.example.fr"),
  "Non remis : [#SUP-011655] Votre relance concernant la facture",
  """Impossible de remettre votre message à jean.dupuis@lycee-pasteur.example.fr.
L'adresse e-mail est introuvable dans le domaine de destination. Elle
contient peut-être une faute de frappe ou n'existe pas.

Pour l'expéditeur : vérifiez l'adresse du destinataire et renvoyez le
message.""",
  ("automated", False, None, None, None, False, "fr",
   "Exchange Online non-delivery report in French ('Non remis :'), multipart/report."),
  report=("delivery-status", "jean.dupuis@lycee-pasteur.example.fr", "5.1.10", "failed",
          "[#SUP-011655] Votre relance concernant la facture"), mailer="exchange")

m(("Hélène Robin", "helene.robin@ac-poitiers.fr"),
  "Lu : [#SUP-012120] Relance : ouverture des droits de commande",  """Votre message

  À : Hélène Robin
  Objet : [#SUP-012120] Relance : ouverture des droits de commande

a été lu le mardi 14 janvier 2025 09:47.""",
  ("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
   "Outlook read receipt ('Lu :') of the desk's answer, multipart/report disposition-notification; the subject repeats the follow-up's words. Region from ac-poitiers.fr."),
  report=("disposition-notification", "helene.robin@ac-poitiers.fr", None, "displayed",
          "[#SUP-012120] Relance : ouverture des droits de commande"), mailer="outlook")

m(("Centrale d'achat - Actualités", "newsletter@actualites.espace-acheteur.example.fr"),
  "Rappel : dernières places pour le webinaire « Bien démarrer avec l'Espace Acheteur »",  """Rappel - il reste quelques places !

Vous n'êtes pas encore inscrit au webinaire du jeudi 23 janvier (14 h) ?
En 45 minutes : créer son compte, retrouver un marché, valider une commande.

Je m'inscris : https://actualites.espace-acheteur.example.fr/webinaire-janvier

Vous recevez ce message car vous êtes abonné à la lettre d'information.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8812/c04e""",
  ("automated", False, None, None, "espace_acheteur", False, "fr",
   "Newsletter reminder ('Rappel') with List-Id, List-Unsubscribe and Precedence: bulk."),
  fmt="alt", mailer="none", list_headers=True)

m(("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Rappel : 3 comptes sont en attente de validation",
  """Bonjour,

Ceci est un rappel automatique. Les comptes suivants attendent toujours la
validation d'un administrateur de structure :

- l.picard@ac-lyon.fr (depuis 9 jours)
- gestion.ecole-du-parc@mairie-example.fr (depuis 6 jours)
- a.nguyen@ac-versailles.fr (depuis 5 jours)

Pour les valider, connectez-vous à votre espace, rubrique « Utilisateurs ».

Merci de ne pas répondre à ce message.""",
  ("automated", False, None, None, "espace_acheteur", True, "fr",
   "No-reply reminder to the desk (administrator of structures without one): accounts waiting for validation. Auto-generated; mentions académie addresses, but the sender is the platform, so no region."),
  mailer="none", hdrs=[("Auto-Submitted", "auto-generated")])

m(("Signature électronique", "notifications@esignature.example.com"),
  "Rappel : un document attend votre signature",  """Bonjour,

Le document « Convention de groupement de commandes 2025 » vous a été
envoyé il y a 7 jours par la centrale d'achat et attend toujours votre
signature.

Signer le document : https://app.esignature.example.com/s/7f3c91ad

Ce rappel est envoyé automatiquement tous les 7 jours jusqu'à la signature.""",
  ("automated", False, None, None, "esignature", True, "fr",
   "E-signature reminder sent to the desk's address: transactional, no Auto-Submitted or Precedence; the wording and no-reply style sender show it is automatic. Its 'rappel' is not a person's follow-up."),
  mailer="none", fmt="alt")

m(("Portail tickets", "ne-pas-repondre@tickets.editeur-partenaire.example.com"),
  "[Ticket #48213] Relance automatique : une réponse est attendue de votre part",
  """Bonjour,

Le ticket #48213 « Synchronisation des notices - établissement 0753... » est
en attente de votre réponse depuis 5 jours.

Sans réponse de votre part sous 5 jours, le ticket sera clôturé
automatiquement.

Consulter le ticket : https://tickets.editeur-partenaire.example.com/t/48213""",
  ("automated", False, None, None, "ticket_portal", True, "fr",
   "Ticket-portal automatic reminder about a ticket the desk opened with a supplier (Auto-Submitted: auto-generated); the truncated code in it is no UAI."),
  mailer="none", hdrs=[("Auto-Submitted", "auto-generated")])

m(("Chorus Pro", "ne-pas-repondre@chorus-pro.example.gouv.fr"),
  "Relance : facture en attente de traitement",  """Bonjour,

La facture n° FA-2025-00412, déposée le 04/02/2025 à destination de la
structure LYCEE JEAN JAURES, est en attente de traitement depuis 30 jours.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
  ("automated", False, None, None, None, True, "fr",
   "Invoicing-portal automatic reminder: words 'facture' and 'relance' but nobody wrote it; never answered (not order_billing)."),
  mailer="none", hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

m(("Assistance DANE - Académie de Lille", "assistance-dane@ac-lille.fr"),
  "[DANE-ASSIST #77120] Accusé de réception : Re: [#SUP-012301] Vos mails bloqués",
  """Bonjour,

Votre message a bien été enregistré sous la référence DANE-ASSIST #77120.
Un technicien vous répondra dans les meilleurs délais.

Ceci est un message automatique.""",
  ("automated", False, None, "hauts-de-france", None, False, "fr",
   "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering it would start a loop. Region from ac-lille.fr."),
  mailer="none", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-lille.fr")], irt_desk=True)

m(("Françoise Lebrun", "francoise.lebrun@ac-nantes.fr"),
  "Re: [#SUP-012366] Relance - alertes offres",  """Bonjour,

Je suis actuellement en congé et ne consulte pas ma messagerie. Je
répondrai à votre message dès mon retour le lundi 3 mars.

Pour toute relance urgente, vous pouvez vous adresser à Mme Prou,
adjointe gestionnaire.

Cordialement,
Françoise Lebrun""",
  ("automated", False, None, "pays-de-la-loire", None, True, "fr",
   "Out-of-office sent by a client-side rule: no Auto-Submitted, a plain 'Re:' subject; only the wording shows it is automatic. It even says 'relance'. Region from ac-nantes.fr."),
  mailer="thunderbird", irt_desk=True)

m(("Mail Delivery Subsystem", "mailer-daemon@relais.assistance.example.fr"),
  "Delayed Mail (still being retried)",
  """This is the mail system at host relais.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<ce.9735923A@ac-guyane.fr>: connect to smtp.ac-guyane.fr: Connection timed out""",
  ("automated", False, None, None, None, True, "en",
   "Delay warning from our own relay (Action: delayed): automatic. The recipient address contains a UAI, but it is the desk's own outgoing mail, so no UAI/region for this message."),
  report=("delivery-status", "ce.9735923A@ac-guyane.fr", "4.4.1", "delayed",
          "[#SUP-012087] Re: Relance mails en quarantaine"))

m(("Anne-Sophie Riou", "anne-sophie.riou@ac-rennes.fr"),
  "[docs-lycees] Support e-sidoc : vous aussi sans nouvelles ?",
  """Bonjour à toutes et tous,

J'ai écrit trois fois au support pour un mot de passe perdu sur e-sidoc et
je n'ai toujours pas de réponse. Est-ce que certains d'entre vous ont eu le
même souci ? Vous êtes passés par qui pour débloquer ?

Merci !
Anne-Sophie, lycée Brizeux, Quimper

--
Liste de diffusion docs-lycees
Pour se désabonner : sympa@listes.ac-rennes.fr""",
  ("automated", False, None, "bretagne", "esidoc", True, "fr",
   "A librarian's complaint about unanswered follow-ups, posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us, never answered. Region from the sender's ac-rennes.fr address."),
  mailer="none", to_override="docs-lycees@listes.ac-rennes.fr",
  hdrs=[("List-Id", "Professeurs documentalistes des lycees <docs-lycees.listes.ac-rennes.fr>"),
        ("Precedence", "list"), ("List-Post", "<mailto:docs-lycees@listes.ac-rennes.fr>"),
        ("Sender", "docs-lycees-owner@listes.ac-rennes.fr")])

m(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to karine.bellec.cdi@gmail.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
  ("automated", False, None, None, None, False, "en",
   "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only."),
  report=("delivery-status", "karine.bellec.cdi@gmail.com", "5.1.1", "failed",
          "[#SUP-012455] Re: Relance mot de passe", "headers"))

m(("Secrétariat Collège Anne Frank", "ce.0941076J@ac-creteil.fr"),
  "Réponse automatique : [#SUP-012398] Re: document manquant",  """Le secrétariat du collège est fermé pendant les vacances scolaires.
Réouverture le lundi 3 mars à 8 h.

Pour les demandes de mot de passe e-sidoc ou de l'ENT, merci de nous
relancer à la rentrée.""",
  ("automated", False, "0941076J", "ile-de-france", None, False, "fr",
   "Out-of-office of a school office (ce.<UAI> address) that mentions passwords and 'relancer'; Auto-Submitted present. UAI from the address."),
  mailer="zimbra", hdrs=[("Auto-Submitted", "auto-replied")], irt_desk=True)

m(("Support DSI Rectorat", "noreply-glpi@ac-versailles.fr"),
  "[GLPI #2025-00871] Nouveau suivi : Relance de votre demande",  """Bonjour,

Un nouveau suivi a été ajouté au ticket #2025-00871 « Déblocage mails
plateforme achats » :

« Relance envoyée au prestataire messagerie, en attente de retour. »

Ceci est une notification automatique du centre de services de la DSI.""",
  ("automated", False, None, "ile-de-france", None, True, "fr",
   "Ticketing notification from a rectorat IT department (GLPI, Auto-Submitted: auto-generated) that talks about a 'relance': machine-generated, never answered. Region from ac-versailles.fr."),
  mailer="none", hdrs=[("Auto-Submitted", "auto-generated"), ("X-GLPI-Sender", "glpi")])
# ---- other ---------------------------------------------------------------
m(("Gérard Poulain", "gerard.poulain@ac-besancon.fr"),
  "!!! TOUJOURS AUCUNE REPONSE !!!",
  """Bonjour,

Voilà trois semaines que j'ai écrit à votre service. AUCUNE réponse. C'est
inadmissible pour un service payé par nos établissements. Je vais en
référer à ma hiérarchie.

G. Poulain""",
  ("other", False, None, "bourgogne-franche-comte", None, False, "fr",
   "Angry follow-up that never says what the earlier request was about, no quote, no ticket reference: no category can be told. Region from ac-besancon.fr."),
  mailer="outlook")

m(("Corinne Tessier", "corinne.tessier@ac-normandie.fr"),
  "Re: [#SUP-012044] 3e fois : pas de mail de confirmation",
  """Bonjour,

C'est arrivé ce matin, enfin ! Merci à la personne qui a débloqué la
situation. Vous pouvez clore le ticket.

Corinne""",
  ("other", False, None, "normandie", None, True, "fr",
   "Thanks and 'close the ticket' after a long follow-up thread (quoted): the words 'mail de confirmation' appear but nothing is asked."),
  mailer="outlook", quote=("outlook_fr", "desk", 1,
  """Bonjour,

Nous avons transmis votre demande à l'équipe de votre région, qui vérifie
l'envoi de vos mails de confirmation.

L'assistance"""))

m(("Inès Bouaziz", "ines.bouaziz@ac-toulouse.fr"),
  "Annule ma relance",
  """Bonjour,

Vous pouvez ignorer ma relance d'hier : j'ai fini par retrouver le mail
d'activation dans le dossier « Courrier indésirable » de la messagerie
académique. Tout fonctionne. Désolée pour le dérangement !

Inès""",
  ("other", False, None, "occitanie", None, True, "fr",
   "Cancels her own follow-up: the activation mail was found in the junk folder and everything works. Words of missing_noreply_mail, but nothing left to answer."),
  mailer="roundcube")

m(("Service Recouvrement", "recouvrement@factures-edu-portail.example.com"),
  "2ème RELANCE - Facture impayée n° 2025-3381 - mise en demeure",
  """Madame, Monsieur,

Malgré notre premier rappel, la facture n° 2025-3381 d'un montant de
2 480,00 € TTC reste impayée. Sans règlement sous 48 heures, votre accès
à la plateforme sera suspendu et le dossier transmis à notre service
contentieux.

Consultez et réglez votre facture en ligne :
http://factures-edu-portail.example.com/paiement?ref=2025-3381

Service Recouvrement""",
  ("other", False, None, None, None, True, "fr",
   "Phishing dressed as a second payment reminder (unknown look-alike domain, failing SPF/DMARC, pay-online link): other, not order_billing."),
  mailer="none", auth="fail", fmt="html")

m(("Julien Mercier", "julien.mercier@mobilier-cdi-pro.example.fr"),
  "Je me permets de revenir vers vous - aménagement de CDI",  """Bonjour,

Je me permets de revenir vers vous suite à mon message du 3 mars, resté
sans réponse. Nous accompagnons les établissements dans l'aménagement de
leur CDI (mobilier, espaces de lecture, bacs à albums), avec une remise de
15 % jusqu'à fin avril.

Seriez-vous disponible pour un échange de 15 minutes cette semaine ?

Bien cordialement,
Julien Mercier
Chargé d'affaires Éducation""",
  ("other", False, None, None, None, False, "fr",
   "Cold sales follow-up written to one person (no list headers): other, not automated."),
  mailer="outlook", fmt="alt")

m(("Priya Raman", "priya@readwise-edtech.example.io"),
  "Re: Partnership opportunity - quick follow-up",
  """Hi there,

Bumping this to the top of your inbox in case it got buried. Would love to
find 20 minutes to show you how our reading-analytics plugin could
integrate with your library portal.

Cheers,
Priya""",
  ("other", False, None, None, None, False, "en",
   "English partnership pitch, a follow-up quoting her own first mail (Gmail English style)."),
  mailer="gmail", quote=("gmail_en", "self", 7,
  """Hello team,
I'm the co-founder of Readwise EdTech. We help school libraries turn
loan data into reading insights. Are you open to a partnership call?
Priya Raman"""))

m(("Monique Delcourt", "monique.delcourt@orange.fr"),
  "Relance : suppression de mes données personnelles",  """Madame, Monsieur,

Le 10 janvier, j'ai demandé, en application du RGPD, la suppression de mon
compte et de mes données personnelles (je suis retraitée depuis septembre,
ancienne documentaliste au collège Pasteur). Le délai légal d'un mois est
dépassé. Je vous remercie de me confirmer la suppression.

Monique Delcourt""",
  ("other", False, None, None, None, False, "fr",
   "GDPR erasure request, follow-up past the legal deadline: other (human review), not account_creation."),
  mailer="webmail_orange")

m(("Damien Roche", "damien.roche@ac-nancy-metz.fr"),
  "Relance inscription webinaire",
  """Bonjour,

Je vous ai écrit la semaine dernière : le lien d'inscription au webinaire
sur l'Espace Acheteur affiche une erreur 404. Le webinaire a lieu jeudi,
pouvez-vous m'inscrire directement ?

Damien Roche""",
  ("other", False, None, "grand-est", "espace_acheteur", False, "fr",
   "Wants to register for a webinar whose link fails: other. Region from ac-nancy-metz.fr."),
  mailer="thunderbird")

m(("Fatou Diallo", "fatou.diallo75@hotmail.fr"),
  "relance sortie scolaire",  """Bonjour,

je vous relance pour l'autorisation de sortie de ma fille Aminata en 5e B,
je n'ai pas reçu le papier à signer pour la sortie au musée du 14. Merci de
me le renvoyer.

Mme Diallo""",
  ("other", False, None, None, None, False, "fr",
   "A parent chasing a school-trip form: wrong address, unrelated."),
  mailer="android")

m(("Lucas Moreau", "lucas.moreau.etu@gmail.com"),
  "Relance candidature stage",  """Madame, Monsieur,

Je me permets de relancer ma candidature spontanée envoyée le 12 février
pour un stage de deux mois (DUT Information-Communication, option métiers du
livre). Je reste très motivé et disponible pour un entretien.

Vous trouverez à nouveau mon CV en pièce jointe.

Lucas Moreau""",
  ("other", False, None, None, None, False, "fr",
   "Internship application follow-up with a CV attached."),
  mailer="gmail", attach=[("CV_Lucas_Moreau.pdf", "application/pdf", FAKE_PDF)])

m(("Delphine Caron", "delphine.caron@ac-amiens.fr"),
  "Relance : partager un ticket avec une collègue",
  """Bonjour,

Je repose ma question car je n'ai pas eu de réponse : sur le portail de
tickets, comment donner accès à un de mes tickets à ma collègue
gestionnaire, pour qu'elle puisse suivre et répondre ?

Merci,
Delphine Caron""",
  ("other", False, None, "hauts-de-france", "ticket_portal", False, "fr",
   "How-to question about sharing a ticket on the ticket portal: no category of its own. Region from ac-amiens.fr."),
  mailer="outlook", fmt="qp")

m(("Hubert de Villiers", "hubert.devilliers@ac-versailles.fr"),
  "Réclamation - délais de réponse de votre service",
  """Madame, Monsieur,

Je souhaite formuler une réclamation sur les délais de réponse de votre
service. Mes deux dernières demandes, réglées depuis, ont chacune nécessité
trois relances et plus de deux semaines d'attente.

Pourriez-vous me communiquer les coordonnées du responsable du service afin
que je lui adresse un courrier ?

Hubert de Villiers
Proviseur adjoint""",
  ("other", False, None, "ile-de-france", None, True, "fr",
   "Complaint about response times about requests already solved, asks for the manager's contact: other. Written by a deputy head, but not a head-of-establishment request."),
  mailer="outlook", fmt="alt")

m(("IT Helpdesk", "it-helpdesk@mail-quota-alerts.example.net"),
  "FINAL REMINDER: Your mailbox will be deactivated",
  """Dear user,

This is our final reminder. Your mailbox support@assistance.example.fr has
exceeded its storage quota and will be deactivated within 24 hours.

To keep your account active, verify your password here:
https://mail-quota-alerts.example.net/verify

IT Helpdesk""",
  ("other", False, None, None, None, True, "en",
   "English phishing styled as a 'final reminder' about mailbox quota: asks for a password, but it is not password_reset."),
  mailer="none", auth="fail", fmt="html")

m(("Cécile Aubert", "cecile.aubert@ac-orleans-tours.fr"),
  "Avez-vous bien reçu ma demande ?",
  """Bonjour,

Je vous ai envoyé un message la semaine dernière et je n'ai reçu aucun
accusé de réception. Pouvez-vous me confirmer que vous l'avez bien reçu et
me donner un numéro de ticket pour que je puisse suivre ?

Merci,
Cécile Aubert""",
  ("other", False, None, "centre-val-de-loire", None, True, "fr",
   "Polite check that an earlier message arrived and asks for a ticket number, without saying what it was about: no category can be told. Region from ac-orleans-tours.fr."),
  mailer="thunderbird")

m(("Pauline Girard", "pauline.girard@ac-bordeaux.fr"),
  "Relance - convention à signer : mauvais nom d'établissement",  """Bonjour,

Je vous relance : la convention que nous devons signer électroniquement
porte toujours le nom de l'ancien établissement (« collège de la Plaine »
au lieu de « collège Simone Veil », nous avons changé de nom en septembre).
Je ne peux pas la signer en l'état. Pouvez-vous la faire corriger ?

Pauline Girard, gestionnaire""",
  ("other", False, None, "nouvelle-aquitaine", "esignature", True, "fr",
   "The convention to e-sign carries the school's old name; only the document's sender can fix it. About a convention but not access to contract documents: other."),
  mailer="outlook")

m(("Bertrand Leclerc", "bertrand.leclerc@ac-grenoble.fr"),
  "Relance : ressources sur l'éducation aux médias",
  """Bonjour,

Je me permets de relancer ma demande : auriez-vous des ressources
pédagogiques (fiches, vidéos) sur l'éducation aux médias et à
l'information pour des classes de 4e ? Je prépare une séquence sur les
fausses informations.

Bien cordialement,
Bertrand Leclerc, professeur d'histoire-géographie""",
  ("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
   "A teacher asks for teaching resources on media literacy: unrelated to the services. Region from ac-grenoble.fr."),
  mailer="zimbra")

m(("Crypto Signals VIP", "vip@crypto-signals-profit.example.biz"),
  "Reminder: your 3,200% profit is waiting",
  """Hi friend,

We noticed you haven't claimed your VIP access yet. This is your LAST
reminder: our members made 3,200% last month with our Bitcoin signals.

Claim your spot now -> http://crypto-signals-profit.example.biz/vip

Unsubscribe? Why would you want to miss out?""",
  ("other", False, None, None, None, False, "en",
   "English crypto spam posing as a reminder."),
  mailer="none", auth="fail", fmt="html")

m(("Sophie Lenoir", "sophie.lenoir@ac-lyon.fr"),
  "Rappel : conseil pédagogique jeudi 17 h",
  """Bonjour à tous,

Petit rappel : conseil pédagogique jeudi à 17 h en salle 104. Merci de
m'envoyer vos propositions de projets pour le budget 2025 avant mercredi
soir, je relance ceux qui ne l'ont pas encore fait !

Sophie""",
  ("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
   "Internal staff reminder sent to the desk by address autocomplete: unrelated personal mail. Region from ac-lyon.fr."),
  mailer="thunderbird", cc_list=[("Marc Viala", "marc.viala@ac-lyon.fr"), ("Équipe pédagogique", "equipe-peda@ac-lyon.fr")])


# --------------------------------------------------------------------------
# Wrapping: headers, encodings, quoted history, reports.
# --------------------------------------------------------------------------
DESK = ("Assistance", "support@assistance.example.fr")
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def hdr(value):
    """Encode a header value only when it needs it."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(pair):
    return formataddr(pair, charset="utf-8")


def tz_for(region, when):
    if region in DOM_TZ:
        return dt.timezone(dt.timedelta(hours=DOM_TZ[region]))
    summer = dt.datetime(2024, 10, 27) > when >= dt.datetime(2024, 3, 31) or \
        dt.datetime(2025, 10, 26) > when >= dt.datetime(2025, 3, 30)
    return dt.timezone(dt.timedelta(hours=2 if summer else 1))


def rand_hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def message_id(mailer, domain, when):
    if mailer == "gmail":
        return "<CA%s@mail.gmail.com>" % rand_alnum(40)
    if mailer == "outlook":
        return "<%s$%s$%s@%s>" % (rand_hex(12), rand_hex(8), rand_hex(8), domain)
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**7, 10**8),
                                                 int(when.timestamp() * 1000), domain)
    if mailer in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (rand_hex(8).upper(), rand_hex(4).upper(), rand_hex(4).upper(),
                                       rand_hex(4).upper(), rand_hex(12).upper(), domain)
    if mailer == "exchange":
        return "<%s@%s.PROD.OUTLOOK.COM>" % (rand_alnum(36).upper(), rand_alnum(10).upper())
    return "<%s.%s@%s>" % (int(when.timestamp()), rand_hex(10), domain)


MAILER_HEADERS = {
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "android": [("User-Agent", "K-9 Mail for Android")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "webmail_orange": [("X-Mailer", "Messagerie Orange")],
    "webmail_laposte": [("X-Mailer", "Webmail La Poste")],
}


def fr_long(d):
    return "%s %d %s %d %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)


def fr_short(d):
    return "%s %d %s %d à %02d:%02d" % (JOURS_ABR[d.weekday()], d.day, MOIS_ABR[d.month - 1], d.year, d.hour, d.minute)


def en_long(d):
    h = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year,
                                         h, d.minute, "AM" if d.hour < 12 else "PM")


def gt(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))


def render_quote(style, who, sender, when, subj, text):
    if who == "self":
        q_from, q_to = sender, DESK
    elif who == "desk":
        q_from, q_to = DESK, sender
    else:
        q_from, q_to = who, sender
    fa = "%s <%s>" % q_from
    ta = "%s <%s>" % q_to
    if style == "gmail_fr":
        return "Le %s, %s a écrit :\n%s" % (fr_short(when), fa, gt(text))
    if style == "gmail_en":
        h = when.hour % 12 or 12
        stamp = "%s, %s %d, %d at %d:%02d %s" % (DAYS_EN[when.weekday()][:3], MONTHS_EN[when.month - 1][:3],
                                                 when.day, when.year, h, when.minute,
                                                 "AM" if when.hour < 12 else "PM")
        return "On %s %s wrote:\n%s" % (stamp, fa, gt(text))
    if style == "gmail_fr_fwd":
        return ("---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (fa, fr_short(when), subj, ta, text))
    if style == "thunderbird":
        return "Le %02d/%02d/%d à %02d:%02d, %s a écrit :\n%s" % (
            when.day, when.month, when.year, when.hour, when.minute, q_from[0], gt(text))
    if style == "thunderbird_fwd":
        return ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s\nPour : \t%s\n\n%s"
                % (subj, format_datetime(when), fa, ta, text))
    if style == "outlook_fr":
        return ("-----Message d'origine-----\nDe : %s [mailto:%s]\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (q_from[0], q_from[1], fr_long(when), ta, subj, text))
    if style == "outlook_fr_fwd":
        return ("________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (fa, fr_long(when), ta, subj, text))
    if style == "outlook_en":
        return ("From: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (fa, en_long(when), ta, subj, text))
    if style == "apple_fr":
        return "> Le %d %s %d à %02d:%02d, %s a écrit :\n> \n%s" % (
            when.day, MOIS_ABR[when.month - 1], when.year, when.hour, when.minute, fa, gt(text))
    if style == "apple_fr_fwd":
        head = "De: %s\nObjet: %s\nDate: %d %s %d à %02d:%02d:%02d UTC+1\nÀ: %s\n\n%s" % (
            fa, subj, when.day, MOIS[when.month - 1], when.year, when.hour, when.minute,
            when.second, ta, text)
        return "Début du message réexpédié :\n\n" + gt(head)
    raise ValueError(style)


def to_html(body, quote, outlook):
    def paras(t):
        out = []
        for block in t.split("\n\n"):
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in block.split("\n")))
        return "\n".join(out)
    if outlook:
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                '<body lang="FR" link="#0563C1"><div class="WordSection1">\n')
        tail = "</div>\n</body>\n</html>\n"
    else:
        head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n<div dir="ltr">\n'
        tail = "</div>\n</body></html>\n"
    h = head + paras(body)
    if quote:
        plain_q = "\n".join(l[2:] if l.startswith("> ") else (l[1:] if l.startswith(">") else l)
                            for l in quote.split("\n"))
        h += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
              '\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
              + paras(plain_q) + "\n</blockquote></div>\n")
    return h + tail


def encode_part(ctype, text, charset, cte, extra=""):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(charset)  # re-encoded when the file is written
        if all(b < 128 for b in raw):
            cte = "7bit"
    head = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (ctype, charset, extra, cte)
    return head + payload.rstrip("\n") + "\n"


def boundary():
    return "----=_Part_%d_%s" % (rng.randint(100000, 999999), rand_alnum(16))


def build(mail, when, region):
    opt = mail["opt"]
    name, frm_addr = mail["frm"]
    domain = frm_addr.rsplit("@", 1)[1]
    mailer = opt.get("mailer", "none")
    charset = opt.get("charset", "utf-8")
    body = mail["body"]
    quote = None
    headers = []
    irt = None
    m_sup = re.search(r"\[#(SUP-\d+)\]", mail["subj"])
    if "quote" in opt:
        style, who, days, qtext = opt["quote"]
        qwhen = when - dt.timedelta(days=days, hours=rng.randint(0, 5), minutes=rng.randint(0, 59))
        qsubj = re.sub(r"^((RE|Re|TR|Fwd|Relance|relance)\s*:\s*)+", "", mail["subj"]).strip()
        qsubj = re.sub(r"\s*[(-]\s*(relance|second rappel|toujours rien)\)?$", "", qsubj, flags=re.I).strip()
        quote = render_quote(style, who, (name, frm_addr), qwhen, qsubj, qtext)
        if who == "self" and not style.endswith("fwd"):
            irt = message_id(mailer, domain, qwhen)
    if m_sup or opt.get("irt_desk") or (quote and opt["quote"][1] == "desk"):
        num = m_sup.group(1) if m_sup else "SUP-0%d" % rng.randint(11000, 12500)
        irt = "<%s.%d.%s@assistance.example.fr>" % (num, int(when.timestamp()) - rng.randint(3600, 400000), rand_hex(6))
    text = body + ("\n\n" + quote if quote else "")

    # ---- envelope / trace headers
    auth = opt.get("auth", "pass")
    report = opt.get("report")
    rp = "<>" if report and report[0] == "delivery-status" else "<%s>" % frm_addr
    headers.append(("Return-Path", rp))
    headers.append(("Delivered-To", "support@assistance.example.fr"))
    ip = "%d.%d.%d.%d" % (rng.choice([192, 198, 203]), rng.choice([0, 51, 18]), rng.randint(0, 255), rng.randint(1, 254))
    relay = "mail-%s.google.com" % rand_alnum(6).lower() if domain == "gmail.com" else "smtp.%s" % domain
    headers.append(("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
                    "\tfor <support@assistance.example.fr>; %s" % (relay, relay, ip, rand_alnum(15),
                                                                   format_datetime(when + dt.timedelta(seconds=rng.randint(2, 40))))))
    if auth == "fail":
        headers.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n"
                        "\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain)))
    else:
        headers.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                        "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain)))
    headers.append(("From", addr((name, frm_addr))))
    to = opt.get("to_override")
    headers.append(("To", to if to else (addr(DESK) if rng.random() < 0.6 else DESK[1])))
    if opt.get("cc"):
        headers.append(("Cc", addr(opt["cc"])))
    if opt.get("cc_list"):
        headers.append(("Cc", ", ".join(addr(p) for p in opt["cc_list"][1:]) + ", " + DESK[1]))
        headers[-2] = ("To", ", ".join(addr(p) for p in opt["cc_list"][:1]))
    if opt.get("reply_to"):
        headers.append(("Reply-To", opt["reply_to"]))
    headers.append(("Subject", hdr(mail["subj"])))
    headers.append(("Date", format_datetime(when)))
    headers.append(("Message-ID", message_id(mailer, domain, when)))
    if irt:
        headers.append(("In-Reply-To", irt))
        headers.append(("References", irt))
    headers.append(("MIME-Version", "1.0"))
    headers.extend(MAILER_HEADERS.get(mailer, []))
    if mailer == "outlook":
        headers.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
        headers.append(("Content-Language", "fr-FR" if mail["lab"][6] == "fr" else "en-GB"))
    for k, v in opt.get("hdrs", []):
        headers.append((k, v))
    if opt.get("list_headers"):
        headers += [("List-Id", "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>"),
                    ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/8812/c04e>,\n"
                     " <mailto:unsubscribe-8812@actualites.espace-acheteur.example.fr>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")]

    # ---- body
    fmt = opt.get("fmt")
    if fmt is None:
        fmt = rng.choice(["plain", "plain", "plain", "qp", "qp", "b64", "alt"])
    if report:
        bnd = boundary()
        kind, rcpt, status, action, osubj = report[:5]
        headers.append(("Auto-Submitted", "auto-replied"))
        headers.append(("Content-Type", 'multipart/report; report-type=%s;\n boundary="%s"' % (kind, bnd)))
        parts = [encode_part("text/plain", body, "utf-8", "quoted-printable")]
        orig = ("From: Assistance <support@assistance.example.fr>\nTo: %s\nSubject: %s\n"
                "Date: %s\nMessage-ID: <SUP-0%d.%d.%s@assistance.example.fr>\n"
                % (rcpt, hdr(osubj), format_datetime(when - dt.timedelta(hours=4 if action == "delayed" else 0, minutes=1)),
                   rng.randint(11000, 12500), int(when.timestamp()) - 60, rand_hex(6)))
        if kind == "delivery-status":
            ds = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
                  "Action: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\n"
                  % (domain, format_datetime(when - dt.timedelta(minutes=1)), rcpt, action, status,
                     body.strip().split("\n")[-1].strip()))
            parts.append("Content-Type: message/delivery-status\n\n" + ds)
        else:
            dn = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822; %s\n"
                  "Original-Message-ID: <SUP-0%d.%d.%s@assistance.example.fr>\n"
                  "Disposition: manual-action/MDN-sent-manually; %s\n"
                  % (domain, rcpt, rng.randint(11000, 12500), int(when.timestamp()) - 3600, rand_hex(6), action))
            parts.append("Content-Type: message/disposition-notification\n\n" + dn)
        if len(report) > 5 and report[5] == "headers":
            parts.append("Content-Type: text/rfc822-headers\n\n" + orig)
        elif kind == "delivery-status":
            parts.append("Content-Type: message/rfc822\n\n" + orig + "MIME-Version: 1.0\n"
                         'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n\n'
                         "Bonjour,\n\nSuite a votre relance, voici notre reponse.\n\nL'assistance\n")
        content = "This is a MIME-encapsulated message.\n\n" + "".join(
            "--%s\n%s\n" % (bnd, p) for p in parts) + "--%s--\n" % bnd
        return headers, content, "utf-8"

    outlook_html = mailer in ("outlook", "exchange")
    flowed = '; format=flowed' if mailer == "thunderbird" else ""
    if fmt == "plain":
        part = encode_part("text/plain", text, charset, "8bit", flowed)
    elif fmt == "qp":
        part = encode_part("text/plain", text, charset, "quoted-printable")
    elif fmt == "b64":
        part = encode_part("text/plain", text, charset, "base64")
    elif fmt == "html":
        part = encode_part("text/html", to_html(body, quote, outlook_html).replace("utf-8", charset),
                           charset, "quoted-printable")
    elif fmt == "alt":
        b2 = boundary()
        p1 = encode_part("text/plain", text, charset, "quoted-printable")
        p2 = encode_part("text/html", to_html(body, quote, outlook_html).replace("utf-8", charset),
                         charset, rng.choice(["quoted-printable", "base64"]))
        part = ('Content-Type: multipart/alternative;\n boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
                % (b2, b2, p1, b2, p2, b2))
    else:
        raise ValueError(fmt)
    if opt.get("attach"):
        b3 = boundary()
        chunks = [part]
        for fname, ctype, data in opt["attach"]:
            chunks.append('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                          "Content-Transfer-Encoding: base64\n\n%s" % (ctype, fname, fname,
                                                                      base64.encodebytes(data).decode("ascii")))
        part = ('Content-Type: multipart/mixed;\n boundary="%s"\n\nThis is a multi-part message in MIME format.\n'
                % b3 + "".join("--%s\n%s\n" % (b3, c) for c in chunks) + "--%s--\n" % b3)
    # split the first part's own headers into the message headers
    phead, pbody = part.split("\n\n", 1)
    for line in re.split(r"\n(?=\S)", phead):
        k, v = line.split(":", 1)
        headers.append((k, v.strip()))
    return headers, pbody, charset


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    start = dt.datetime(2024, 9, 2, 7, 0)
    labels = []
    for i, idx in enumerate(order, 1):
        mail = MAILS[idx]
        cat, ok, uai, region, platform, hard, lang, notes = mail["lab"]
        fname = "h%03d.eml" % i
        naive = start + dt.timedelta(days=rng.randint(0, 235), hours=rng.randint(0, 12),
                                     minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        if mail["date"]:
            naive = dt.datetime(*mail["date"], second=rng.randint(0, 59))
        when = naive.replace(tzinfo=tz_for(region, naive))
        headers, body, charset = build(mail, when, region)
        lines = []
        for k, v in headers:
            lines.append("%s: %s" % (k, v))
        head_bytes = ("\n".join(lines) + "\n\n").encode("ascii")
        data = head_bytes + body.encode(charset)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels.append({"file": fname, "category": cat, "auto_reply_ok": ok, "uai": uai,
                       "region": region, "platform": platform, "hard": hard, "lang": lang,
                       "notes": notes})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(files) == 150 and files == ["h%03d.eml" % i for i in range(1, 151)], len(files)
    assert [l["file"] for l in labels] == files
    for lab in labels:
        assert list(lab) == keys, lab
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] not in AUTO_OK_CATEGORIES:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"].strip(), lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not [d for d in msg.defects], (lab["file"], msg.defects)
        assert msg["Message-ID"] and msg["Date"] and msg["Subject"] is not None, lab["file"]
        assert "support@assistance.example.fr" in raw.decode("latin-1") and msg["To"], lab["file"]
        text = ""
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                text += part.get_content()
        assert text.strip(), lab["file"]
        sender = msg["From"].addresses[0].addr_spec
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["region"] == uai_region(lab["uai"]), lab
            hay = (raw.decode("latin-1") + text + str(msg["Subject"])).upper()
            assert lab["uai"] in hay, lab
        else:
            assert lab["region"] == domain_region(sender), (lab, sender)
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    print("OK: 150 mails;", ", ".join("%s=%d" % kv for kv in sorted(cats.items())),
          "; auto_reply_ok=%d" % sum(l["auto_reply_ok"] for l in labels),
          "; hard=%d" % sum(l["hard"] for l in labels),
          "; en=%d" % sum(l["lang"] == "en" for l in labels))


if __name__ == "__main__":
    main()
