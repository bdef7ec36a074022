#!/usr/bin/env python3
"""Build the holdout95 blind test corpus: primary-school directors (Bretagne,
Pays de la Loire) writing about the BCD (school library) portal.

Every mail text below is hand-written; this script only wraps each text in
headers and a transfer encoding, writes h001.eml ... h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.
Standard library only, deterministic (random.Random with a fixed seed).
"""
import html
import json
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(9595)
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATS = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
        "subscription_activation", "head_of_establishment_request", "order_billing",
        "contract_documents", "transfer_incident", "automated", "other"]
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
DEPT_REGION = {}
for _reg, _depts in {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56", "centre-val-de-loire": "18 28 36 37 41 45",
    "grand-est": "08 10 51 52 54 55 57 67 68 88", "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95", "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
}.items():
    for _d in _depts.split():
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
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def check_letter(seven):
    return LETTERS[int(seven) % 23]


def is_valid_uai(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


def region_of(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = parseaddr(sender)[1].rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(cat, auto, uai, plat, hard, lang, notes, frm, subj, body, client="tb", **kw):
    MAILS.append(dict(cat=cat, auto=auto, uai=uai, plat=plat, hard=hard, lang=lang, notes=notes,
                      frm=frm, subj=subj, body=body.strip("\n") + "\n", client=client, kw=kw))

# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0291574D", "esidoc", False, "fr",
  "Teacher in charge of the BCD lost the e-sidoc admin password; UAI in the body.",
  "Gaëlle Le Bihan <gaelle.le-bihan@ac-rennes.fr>", "Mot de passe BCD perdu",
  """Bonjour,

Je m'occupe de la BCD de l'école élémentaire Jules Ferry de Landerneau (RNE 0291574D).
Je n'arrive plus à me connecter à la partie gestion du portail, le mot de passe
a sûrement été changé par ma collègue partie à la retraite en juillet.

Pouvez-vous me dire comment le réinitialiser ?

Merci beaucoup,
Gaëlle Le Bihan
Enseignante CM1-CM2""", "tb")

M("password_reset", True, "0351631H", "esidoc", False, "fr",
  "No accents, 'mdp' abbreviation, forgotten e-sidoc password sent from the school's ce. address.",
  "Ecole publique Les Korrigans <ce.0351631H@ac-rennes.fr>", "mdp oublie",
  """bonjour
j ai oublie le mdp du portail bcd (esidoc) et le lien mot de passe oublie me dit que l identifiant est inconnu.
l identifiant c est bien le numero de l ecole ?? 0351631H
merci
Yann, enseignant chargé de la bcd""", "zi")

M("password_reset", True, "0442919J", "esidoc", False, "fr",
  "Reset link expired before the teacher clicked it; asks for a new one.",
  "Sophie Gautreau <sophie.gautreau@ac-nantes.fr>", "Lien de réinitialisation expiré",
  """Bonjour,

J'ai reçu hier soir le mail pour changer le mot de passe de notre BCD en ligne
(e-sidoc) mais je ne l'ai ouvert que ce matin et le lien ne fonctionne plus :
"lien expiré ou déjà utilisé".

École maternelle Le Petit Prince, Rezé - 0442919J

Pouvez-vous m'en renvoyer un ? Merci d'avance.

Sophie Gautreau
Adjointe, référente BCD""", "ol")

M("password_reset", True, "0560749K", "esidoc", True, "fr",
  "Negation: not the académie/ENT password but the BCD portal one, which is a plain password_reset.",
  "Morgane Jégo <morgane.jego@ac-rennes.fr>", "Re: mot de passe",
  """Bonjour,

Je précise ma demande de ce matin : ce n'est pas mon mot de passe de messagerie
académique ni celui de l'ENT (ceux-là fonctionnent), c'est celui du catalogue de
la BCD, le site e-sidoc où on enregistre les prêts. Celui-là je ne l'ai plus.

École Paul Bert, Vannes, UAI 0560749K.

Bonne journée,
Morgane Jégo""", "tb")

M("password_reset", True, "0720558R", "esidoc", True, "fr",
  "UAI written in lower case with a space ('072 0558r'); forgotten password of the school library portal.",
  "Mairie de Changé - Accueil <accueil@mairie-change72.fr>", "Ecole Jacques Prévert - accès bibliothèque",
  """Bonjour,

Je vous écris pour l'école Jacques Prévert de Changé (n° 072 0558r), c'est la
mairie qui gère la boîte mail de l'école pendant les travaux.

La bénévole qui tient la bibliothèque de l'école n'a plus le mot de passe pour
enregistrer les livres sur le logiciel en ligne. Est-il possible de le réinitialiser ?

Cordialement,
Nathalie Pineau
Agent d'accueil - Mairie de Changé""", "rc")

M("password_reset", True, "0222308P", "esidoc", True, "fr",
  "UAI appears only in the signature block; compte bloqué after too many attempts.",
  "Erwan Le Goff <erwan.le-goff1@ac-rennes.fr>", "Compte bloqué",
  """Bonjour,

Après plusieurs essais ce matin avec les élèves, le compte de gestion de la BCD
est bloqué ("trop de tentatives"). Comment le débloquer ? On a une séance de prêt
jeudi.

Merci !

--
Erwan Le Goff
Enseignant CE2 - chargé de la BCD
École publique de Plouha
UAI 0222308P""", "tb")

M("password_reset", False, None, "esidoc", True, "fr",
  "Code 0292426F has a wrong check letter (the digits give 0292426E), sender from a private gmail: no UAI, no region, no safe automatic answer.",
  "Christine Marzin <christine.marzin29@gmail.com>", "identifiant bcd",
  """Bonjour,

Je suis la nouvelle directrice... enfin pas encore officiellement, je remplace la
directrice en arrêt. Je ne trouve pas l'identifiant ni le mot de passe de la
bibliothèque de l'école (le site pour les prêts). Notre numéro d'école est 0292426F.

Pouvez-vous m'envoyer le mot de passe sur cette adresse, je n'ai pas encore accès
à la boîte de l'école.

Merci
Christine Marzin""", "gm")

M("password_reset", True, "0490642G", "esidoc", False, "en",
  "English-speaking language assistant who runs the BCD lost the catalogue admin password.",
  "Emily Carter <emily.carter@ac-nantes.fr>", "Forgotten password - school library catalogue",
  """Hello,

I'm the English language assistant at école Jean Macé in Angers and I help with the
school library (BCD). I can't log in to the e-sidoc back office any more: the password
I was given in September is refused.

The school number is 0490642G.

Could you tell me how to reset it? Sorry, my French is not good enough for the phone!

Kind regards,
Emily Carter""", "gm")

M("password_reset", True, "0852368M", "esidoc", False, "fr",
  "Typos and no punctuation; forgot the identifiant and password, UAI given.",
  '"ecole.lesmouettes" <ce.0852368M@ac-nantes.fr>', "acces portail bibliotheque",
  """bonjour

on arrive plus a se connecté au portail de la bibliotheque de l ecole
on a perdu l identifiant et le mot de passse, le numero rne c 0852368M
ecole les mouettes st gilles

merci de votre retour
Martine secretaire (le mardi)""", "rc")

M("password_reset", True, "0531712Y", "esidoc", False, "fr",
  "Password expired message on the BCD portal; asks how to renew it.",
  "Thomas Brault <thomas.brault@ac-nantes.fr>", "Mot de passe expiré e-sidoc",
  """Bonjour,

Depuis la rentrée, quand je me connecte à l'administration e-sidoc de l'école
(0531712Y, école du Bourny à Laval), j'ai un message "votre mot de passe a expiré".
Je ne retrouve pas l'ancien pour le changer.

Que dois-je faire ?

Thomas Brault
Enseignant CP, responsable BCD""", "ap")

M("password_reset", False, "0562898W", "esidoc", True, "fr",
  "Two topics: lost password and a question about buying more licences; the order part needs a person, so no automatic answer.",
  "Loïc Guillemot <loic.guillemot@ac-rennes.fr>", "mot de passe + question abonnement",
  """Bonjour,

Deux choses pour l'école de Ploërmel (0562898W) :

1) on a perdu le mot de passe administrateur de la BCD, je n'arrive plus à entrer
dans la gestion des prêts ;
2) la mairie voudrait savoir combien coûterait l'ajout de l'école maternelle sur
le même abonnement, il leur faudrait un devis.

Merci,
Loïc Guillemot""", "ol")

M("password_reset", True, "0441537G", "esidoc", True, "fr",
  "Reply quoting an old thread about a late invoice; the new text only asks for a password reset.",
  "Valérie Chevalier <valerie.chevalier@ac-nantes.fr>", "RE: Facture abonnement 2023",
  """Bonjour,

Rien à voir avec la facture (réglée depuis), mais je profite de ce fil : je n'ai plus
le mot de passe de la BCD en ligne. Pouvez-vous le réinitialiser pour l'école
0441537G ?

Merci,
Valérie Chevalier

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 novembre 2023 10:02
À : Valérie Chevalier <valerie.chevalier@ac-nantes.fr>
Objet : RE: Facture abonnement 2023

Bonjour,

La facture a bien été transmise au service comptable de la mairie de Saint-Herblain.
Le mandat administratif doit intervenir sous 30 jours.

Cordialement,
L'assistance""", "ol")

M("password_reset", True, "0221233W", "esidoc", False, "fr",
  "Short mobile mail: identifier forgotten, UAI given.",
  "Anne-Laure Rolland <al.rolland@ac-rennes.fr>", "Identifiant ?",
  """Bonjour, je ne me souviens plus de l'identifiant ni du mdp pour la BCD de l'école de Trégueux (0221233W). Merci de m'aider.
AL Rolland

Envoyé de mon iPhone""", "ap")

M("password_reset", True, "0722454B", "esidoc", False, "en",
  "English, lost password for the school library catalogue of a Sarthe primary school.",
  "Sarah Whitfield <sarah.whitfield@ac-nantes.fr>", "Password reset please",
  """Hi,

I teach at the école élémentaire in Le Mans (UAI 0722454B) and I'm now responsible
for the school library. Nobody knows the password for the library catalogue admin.
Can you reset it?

Thanks a lot,
Sarah""", "ol")

M("password_reset", True, "0350856R", "esidoc", False, "fr",
  "HTML-only Outlook mail: lost BCD admin password.",
  "Ecole Jean Rostand <ce.0350856R@ac-rennes.fr>", "Perte mot de passe catalogue BCD",
  """Bonjour,

Notre enseignante référente BCD a changé d'école et nous n'avons plus le mot de passe
du catalogue en ligne. Pourriez-vous nous envoyer un lien de réinitialisation sur
l'adresse de l'école ?

Merci,
Le secrétariat de l'école Jean Rostand, Fougères""", "html")

M("password_reset", True, "0850677Z", "esidoc", False, "fr",
  "'Je ne connais pas mon mot de passe': the teacher never received one after taking over the BCD.",
  "Julien Boisseau <julien.boisseau@ac-nantes.fr>", "Je ne connais pas le mot de passe",
  """Bonjour,

On m'a confié la BCD de l'école des Sables-d'Olonne (0850677Z) mais personne ne
connaît le mot de passe d'administration. Je ne l'ai jamais eu.
Comment faire pour en obtenir un ?

Cordialement,
Julien Boisseau""", "gm")

M("password_reset", True, "0290893N", "esidoc", True, "fr",
  "Unsure of vocabulary ('code secret', 'la base des livres'); really a forgotten password, UAI with spaces.",
  "Hervé Le Roux <herve.le-roux@ac-rennes.fr>", "code secret de la base des livres",
  """Bonjour,

Je ne sais pas trop comment dire : on a un site où on rentre les livres de la
bibliothèque de l'école, et il faut un code secret pour y entrer. On ne l'a plus.
L'école c'est 0290 893 N à Brest, quartier Saint-Marc.

Merci de votre aide
H. Le Roux""", "tb")

M("password_reset", True, "0492406Z", "esidoc", False, "fr",
  "Reset mail asked for after account locked; written by the school's secretary.",
  "Secrétariat école Marie Curie <ce.0492406Z@ac-nantes.fr>", "Déblocage compte portail BCD",
  """Bonjour,

Le compte administrateur du portail BCD de l'école Marie Curie de Cholet (0492406Z)
est verrouillé. Merci de nous envoyer un nouveau mot de passe à l'adresse de l'école.

Cordialement,
Isabelle, secrétariat""", "zi")

M("password_reset", False, "0561353S", "esidoc", True, "fr",
  "Asks for the password to be sent to a personal Orange address not on file: a person must read it.",
  "Pascale Riou <pascale.riou56@orange.fr>", "mot de passe bibliothèque école",
  """Bonjour,

Je suis enseignante à l'école de Pontivy (0561353S), je gère la BCD. J'ai perdu le
mot de passe. Pouvez-vous me l'envoyer sur mon adresse perso ci-dessus, je ne
consulte jamais ma boîte académique.

Merci
Pascale Riou""", "rc")

M("password_reset", True, "0532448Y", "esidoc", False, "en",
  "English mail from a teacher at a bilingual school: forgotten username.",
  "Mark O'Neill <mark.oneill@ac-nantes.fr>", "Can't remember login",
  """Good morning,

I can't remember the username for our school library portal (e-sidoc).
School: école bilingue, Mayenne, 0532448Y.
Could you send me a reset link?

Best,
Mark O'Neill""", "ap")

M("password_reset", True, "0220625K", "esidoc", False, "fr",
  "Gmail mail with base64 body: 'mot de passe oublié' for the BCD.",
  "Katell Prigent <ce.0220625K@ac-rennes.fr>", "Mot de passe oublié BCD école de Paimpol",
  """Bonjour,

Je n'ai plus le mot de passe de notre BCD numérique. J'ai cliqué sur "mot de passe
oublié" mais rien ne se passe, il me redemande l'identifiant.
École de Paimpol, 0220625K.

Merci d'avance,
Katell Prigent, directrice adjointe... non, enseignante, pardon.""", "b64")

M("password_reset", True, "0851926G", "esidoc", False, "fr",
  "Thunderbird mail: password no longer accepted after a change of teacher.",
  "Céline Aubin <celine.aubin@ac-nantes.fr>", "Connexion BCD impossible",
  """Bonjour,

Le mot de passe de la BCD (école de Luçon, 0851926G) n'est plus accepté.
Ma collègue l'avait modifié avant de partir et ne s'en souvient plus.

Pouvez-vous réinitialiser ?

Bien à vous,
Céline Aubin""", "tb")

# ---------------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, "0351704M", "esidoc", False, "fr",
  "Clicked 'mot de passe oublié' but the reset mail never arrived; no anti-spam product named.",
  "Nolwenn Hamon <nolwenn.hamon@ac-rennes.fr>", "mail de réinitialisation jamais reçu",
  """Bonjour,

J'ai demandé trois fois le mail pour changer le mot de passe de la BCD (école
0351704M, Betton) mais je ne reçois rien, ni dans la boîte de réception ni ailleurs.

Merci de vérifier,
Nolwenn Hamon""", "tb")

M("missing_noreply_mail", True, "0441614R", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', the activation mail from the no-reply address never arrived.",
  "Ecole Le Baobab <ce.0441614R@ac-nantes.fr>", "pas reçu le mail d'activation",
  """Bonjour,

Ce n'est pas un problème de mot de passe : on nous a dit que le compte de la BCD
était créé et qu'un mail d'activation partait automatiquement, mais il n'est
jamais arrivé sur l'adresse de l'école.

École Le Baobab, Nantes.

Merci
La directrice, Mme Orain""", "zi")

M("missing_noreply_mail", True, None, "esidoc", False, "fr",
  "Town-hall mailbox, no UAI: the portal notifications stopped arriving.",
  "Mairie de Plouguerneau <secretariat@mairie-plouguerneau.fr>", "Notifications portail bibliothèque école",
  """Bonjour,

Nous recevions chaque semaine un mail automatique du portail de la bibliothèque de
l'école (retards de prêts). Depuis un mois plus rien n'arrive à la mairie.
Avez-vous changé l'adresse d'envoi ?

Cordialement,
Secrétariat de mairie""", "rc")

M("missing_noreply_mail", True, "0722571D", "esidoc", False, "en",
  "English: the new-password e-mail never came; no spam filter named.",
  "Laura Bennett <laura.bennett@ac-nantes.fr>", "No email received",
  """Hello,

I requested a new password for the school library portal twice this morning
(school 0722571D) but no email has arrived, not even in junk.

Regards,
Laura Bennett""", "gm")

M("missing_noreply_mail", True, "0560554Y", "esidoc", False, "fr",
  "Typo-laden: 'le mail automatique n'arrive pas', no anti-spam named.",
  "ecole de kervignac <ce.0560554Y@ac-rennes.fr>", "mail pas recu",
  """bjr
jai fait mot de passe oublie pr la bcd mais le mail narrive jamais
on a regarder dans les spams rien
ecole 0560554Y
merci""", "ap")

M("missing_noreply_mail", True, "0290283A", "esidoc", True, "fr",
  "Reply with '> ' quoted history about the earlier password question; now the reset mail never arrives.",
  "Soizic Cariou <soizic.cariou@ac-rennes.fr>", "Re: [#SUP-118203] Mot de passe BCD",
  """Bonjour,

Merci pour la réponse, mais le mail de réinitialisation n'arrive toujours pas
(école 0290283A). Rien dans les indésirables non plus.

Soizic

Le 03/10/2024 à 09:12, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse administrateur de
> l'établissement. Il est valable 12 heures.
>
> Cordialement,
> L'assistance""", "tb", reply=True)

M("missing_noreply_mail", True, "0490977W", "espace_acheteur", False, "fr",
  "Town-hall buyer never received the connection mail of the buyer space.",
  "Service achats - Mairie de Saumur <achats@ville-saumur.fr>", "Mail de connexion espace acheteur non reçu",
  """Bonjour,

Nous avons créé un compte sur l'espace acheteur pour commander des livres pour la BCD
de l'école 0490977W, mais le mail de confirmation n'est jamais arrivé.

Cordialement,
Service achats""", "ol")

M("missing_noreply_mail", True, None, "esidoc", False, "fr",
  "Gmail, no UAI, activation link for the BCD account never received.",
  "Ecole Sainte-Anne Guerlesquin <ecole.steanne.guerlesquin@gmail.com>", "activation compte",
  """Bonjour,

On attend toujours le lien d'activation pour le compte de la bibliothèque, demandé
lundi. Rien reçu.

Merci de nous le renvoyer
Ecole Ste Anne""", "gm")

M("missing_noreply_mail", True, "0852569F", "esidoc", False, "fr",
  "Nothing arrives from the no-reply sender since the school mailbox moved; asks whether mails are sent.",
  "Hélène Jaunet <helene.jaunet@ac-nantes.fr>", "Plus aucun mail de votre plateforme",
  """Bonjour,

Depuis la mise à jour de notre messagerie, nous ne recevons plus aucun mail du portail
BCD (no-reply), ni les rappels, ni le mail de mot de passe.
École 0852569F (La Roche-sur-Yon).

Cordialement,
Hélène Jaunet""", "ol")

M("missing_noreply_mail", True, "0532970R", "esidoc", False, "en",
  "English: waiting for the account confirmation e-mail, nothing received.",
  "James Fraser <ce.0532970R@ac-nantes.fr>", "Confirmation email not received",
  """Dear support,

We have been waiting since Friday for the confirmation email for our school library
account. It hasn't arrived in the inbox or in spam.

Thank you,
James Fraser, teacher""", "ol")

M("missing_noreply_mail", True, "0222562R", "esidoc", True, "fr",
  "Names MailInBlack only to say the school does not have it: missing_noreply_mail, not mailinblack_spam.",
  "Gwenaëlle Briand <gwenaelle.briand@ac-rennes.fr>", "Toujours pas de mail",
  """Bonjour,

Je n'ai toujours pas reçu le mail pour activer le compte BCD (école 0222562R).
Le technicien de la mairie me dit qu'on n'a pas MailInBlack ni aucun filtre de ce
genre, donc je ne comprends pas.

Gwenaëlle Briand""", "tb")

M("missing_noreply_mail", True, "0721424G", "esidoc", False, "fr",
  "HTML-only mail: the password mail did not come through.",
  "Ecole maternelle Les Tilleuls <ce.0721424G@ac-nantes.fr>", "mail mot de passe pas arrivé",
  """Bonjour,

Le mail de mot de passe du portail BCD n'est pas arrivé sur la boîte de l'école.
Pouvez-vous vérifier l'adresse enregistrée ?

La directrice""", "html")

M("missing_noreply_mail", True, None, "esidoc", False, "fr",
  "No UAI, town-hall IT: asks which no-reply address sends the activation mails because none arrive.",
  "DSI Lamballe Terre & Mer <informatique@lamballe-terre-mer.bzh>", "Adresse d'expédition des mails automatiques",
  """Bonjour,

Plusieurs écoles de l'agglomération ne reçoivent pas vos mails d'activation pour leur
BCD. Quelle est l'adresse d'expédition exacte pour que nous vérifions nos journaux ?

Cordialement,
Service informatique""", "ol")

M("missing_noreply_mail", True, "0351491F", "esidoc", False, "fr",
  "Apple Mail, mail de création de compte pas reçu.",
  "Ronan Gicquel <ronan.gicquel@ac-rennes.fr>", "Pas de mail de création",
  """Bonjour,

Notre compte BCD a été créé il paraît, mais je n'ai jamais reçu le mail avec le lien.
École 0351491F.

Bonne journée
Ronan""", "ap")

M("missing_noreply_mail", True, "0290547M", "esidoc", False, "fr",
  "Quoted-printable Zimbra mail: the notification of reserved books no longer arrives.",
  "Maiwenn Kerhervé <maiwenn.kerherve@ac-rennes.fr>", "Notifications de réservation",
  """Bonjour,

Les mails automatiques qui préviennent qu'un livre réservé est revenu n'arrivent plus
depuis les vacances de la Toussaint (école 0290547M, Quimper).

Merci,
Maïwenn Kerhervé""", "zi")

M("missing_noreply_mail", False, "0442520A", "esidoc", True, "fr",
  "Second follow-up after the auto-answer: still nothing after 48 h, so a person must take it.",
  "Bertrand Le Quéré <bertrand.le-quere@ac-nantes.fr>", "Re: [#SUP-118377] pas de mail d'activation",
  """Bonjour,

Comme indiqué, j'ai vérifié les indésirables et ajouté l'adresse à mes contacts.
Toujours rien après 3 jours. Il faut qu'une personne regarde, s'il vous plaît.
École 0442520A.

B. Le Quéré

> Si le message n'est pas arrivé sous 48 h, répondez à ce mail.""", "tb", reply=True)
# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, "0440910A", "esidoc", False, "fr",
  "The town hall's MailInBlack holds the portal's mails; asks what to do.",
  "Mairie de Vertou - Informatique <informatique@mairie-vertou.fr>", "MailInBlack bloque vos mails",
  """Bonjour,

Les écoles de Vertou passent par notre messagerie qui est filtrée par MailInBlack.
Les mails de votre portail BCD (école 0440910A notamment) restent en quarantaine.
Quelle adresse faut-il autoriser ?

Cordialement,
Service informatique""", "ol")

M("mailinblack_spam", True, "0562184V", "esidoc", False, "fr",
  "Spelled 'mail in black', no accents: the activation mail is stuck in the quarantine.",
  "ecole de baud <ce.0562184V@ac-rennes.fr>", "mail bloque",
  """bonjour
le mail d activation est bloque dans mail in black d apres la mairie
comment on fait pour le recuperer ?
ecole publique de baud""", "rc")

M("mailinblack_spam", False, "0850124Y", "esidoc", True, "fr",
  "Describes a sender-authentication challenge (prove you are human) without naming the product: probably MailInBlack, a person should confirm.",
  "Delphine Gaborit <delphine.gaborit@ac-nantes.fr>", "Message bizarre de la mairie",
  """Bonjour,

La mairie m'a transféré un message disant que votre mail de mot de passe attend que
"l'expéditeur prouve qu'il n'est pas un robot en cliquant sur un lien". Du coup je
n'ai jamais eu le mail. École 0850124Y.

Que faut-il faire ?
Delphine Gaborit""", "gm")

M("mailinblack_spam", True, "0352538U", "esidoc", False, "en",
  "English: MailinBlack quarantine holds the password reset e-mails.",
  "Oliver Grant <oliver.grant@ac-rennes.fr>", "Emails stuck in MailinBlack",
  """Hello,

Our town hall uses MailinBlack and your password reset emails end up in quarantine
for our school (0352538U). What sender should they whitelist?

Thanks,
Oliver Grant""", "ol")

M("mailinblack_spam", True, None, "esidoc", False, "fr",
  "Town-hall secretary: MailInBlack asks to authorise an unknown sender; no UAI.",
  "Mairie de Saint-Jean-Brévelay <mairie@saintjeanbrevelay.fr>", "Autorisation expéditeur MailInBlack",
  """Bonjour,

MailInBlack nous demande si nous autorisons l'expéditeur no-reply de votre portail
pour l'école. Est-ce bien vous ? Peut-on valider sans risque ?

Cordialement,
Le secrétariat""", "rc")

M("mailinblack_spam", True, "0292677C", "esidoc", True, "fr",
  "Two products named: not the académie filter but MailInBlack of the commune; quarantine holds the activation.",
  "Anne Quéméner <anne.quemener@ac-rennes.fr>", "Mail bloqué - pas par l'académie",
  """Bonjour,

Ce n'est pas l'antispam de l'académie qui bloque (j'ai vérifié avec l'assistance
académique) : c'est la boîte de l'école, hébergée par la commune, qui a MailInBlack.
Le mail d'activation de la BCD est en quarantaine. École 0292677C.

Comment le débloquer ?
Anne Quéméner""", "tb")

M("mailinblack_spam", True, "0490434F", "esidoc", False, "fr",
  "Clicked 'autoriser' in the MailInBlack summary but mails still held.",
  "Stéphanie Réthoré <ce.0490434F@ac-nantes.fr>", "Re: MailInBlack",
  """Bonjour,

J'ai bien cliqué sur "autoriser" dans le récapitulatif MailInBlack mais les mails
suivants du portail BCD restent bloqués.

Stéphanie Réthoré
École de Trélazé""", "ol")

M("mailinblack_spam", True, "0532876N", "esidoc", False, "fr",
  "HTML-only: quarantine MailInBlack, asks for the allow-list procedure.",
  "Ecole de Mayenne <ce.0532876N@ac-nantes.fr>", "Procédure liste blanche",
  """Bonjour,

Pourriez-vous nous envoyer la procédure pour mettre vos adresses en liste blanche
dans MailInBlack ? Nos mails d'activation BCD n'arrivent pas.

Merci, la directrice""", "html")

M("mailinblack_spam", True, "0720868C", "esidoc", False, "en",
  "English, 'Mail In Black' written with spaces; the notification mails are held.",
  "Rachel Hughes <rachel.hughes@ac-nantes.fr>", "Mail In Black holding your emails",
  """Hi,

The school library notifications for école 0720868C are held by Mail In Black
at the town hall. Can you send the guide for allowing your address?

Rachel""", "gm")

M("mailinblack_spam", True, "0350832P", "esidoc", True, "fr",
  "Forwarded MailInBlack challenge quoted under the question ('Début du message réexpédié').",
  "Pierre-Yves Lemoine <pierre-yves.lemoine@ac-rennes.fr>", "Tr: Votre message est en attente",
  """Bonjour,

Je reçois ça quand j'essaie de recevoir votre mail de mot de passe (école 0350832P).
C'est à vous de valider ?

Début du message réexpédié :

> De: MailInBlack <noreply@mailinblack.com>
> Objet: Votre message est en attente
>
> Votre message à ecole.rostand@mairie-example.fr est en attente.
> Pour qu'il soit délivré, merci de cliquer sur le lien ci-dessous
> afin de prouver que vous êtes un humain.""", "ap")

M("mailinblack_spam", True, "0221233W", "esidoc", False, "fr",
  "Quarantine MailInBlack; the same teacher wrote before about a password (not quoted).",
  "Anne-Laure Rolland <al.rolland@ac-rennes.fr>", "Quarantaine",
  """Rebonjour,

Finalement le mail de réinitialisation était dans la quarantaine MailInBlack de la
mairie (école 0221233W). Ils ne veulent pas le libérer sans votre confirmation.

AL Rolland""", "ap")

M("mailinblack_spam", False, None, "esidoc", True, "fr",
  "MailInBlack named, but the sender asks us to click the challenge ourselves for many schools; a person should handle the region routing.",
  "Communauté de communes du Pays de Landivisiau <dsi@pays-de-landivisiau.fr>", "Défis MailInBlack pour 14 écoles",
  """Bonjour,

Nous avons mis MailInBlack sur les boîtes des 14 écoles du territoire. Vos mails
reçoivent un défi d'authentification. Pouvez-vous y répondre de votre côté pour
chaque école, ou nous donner une adresse fixe à autoriser globalement ?

Service informatique mutualisé""", "ol")

M("mailinblack_spam", True, "0851032K", "esidoc", False, "fr",
  "Base64 Gmail body: 'mailinblack' lower case, activation mail blocked.",
  "Ecole Les Lucs <ce.0851032K@ac-nantes.fr>", "mailinblack",
  """Bonjour
notre mail d'activation BCD est bloqué par mailinblack, la mairie dit qu'il faut
que vous fassiez quelque chose ? École des Lucs-sur-Boulogne 0851032K
Merci""", "b64")

# ---------------------------------------------------------------- account_creation
M("account_creation", False, "0222204B", "esidoc", False, "fr",
  "New school joining: asks to create the BCD portal account; needs validation by a person.",
  "Ecole de Plérin <ce.0222204B@ac-rennes.fr>", "Création compte BCD",
  """Bonjour,

Notre école (0222204B, Plérin) vient d'avoir son abonnement pour la BCD numérique
payé par la mairie. Comment créer notre compte ? Qui doit le faire ?

La directrice, Mme Tanguy""", "zi")

M("account_creation", True, "0290897T", "esidoc", False, "fr",
  "Asks who is the administrator of the school's account.",
  "Tanguy Cornec <tanguy.cornec@ac-rennes.fr>", "Qui est l'administrateur ?",
  """Bonjour,

Je voudrais savoir qui est déclaré administrateur du portail BCD pour notre école
(0290897T). Je n'arrive pas à savoir qui a créé le compte à l'époque.

Merci, T. Cornec""", "tb")

M("account_creation", True, "0441326C", "esidoc", False, "fr",
  "Account waiting for validation for a week.",
  "Aurélie Pichon <aurelie.pichon@ac-nantes.fr>", "Compte en attente de validation",
  """Bonjour,

J'ai créé un compte utilisateur pour la BCD de l'école 0441326C il y a une semaine,
il est toujours "en attente de validation". Est-ce normal ?

Aurélie Pichon""", "ol")

M("account_creation", False, "0721952F", "esidoc", False, "en",
  "English: asks to open a second account for a teaching assistant.",
  "Hannah Moore <hannah.moore@ac-nantes.fr>", "New user account for assistant",
  """Hello,

Could you create a user account on the school library portal for our teaching
assistant? School 0721952F, Le Mans. She needs to record loans.

Regards,
Hannah Moore""", "gm")

M("account_creation", False, None, "esidoc", True, "fr",
  "Unsure of vocabulary: a mayor's office asks to 'ouvrir les droits' for a volunteer; no UAI, no academic domain.",
  "Mairie de Locoal-Mendon <contact@locoal-mendon.fr>", "droits pour une bénévole",
  """Bonjour,

Une bénévole de la commune vient aider à la bibliothèque de l'école. Il faudrait
lui ouvrir les droits sur le site des livres. Comment on s'inscrit ?

Cordialement,
Le secrétariat de mairie""", "rc")

M("account_creation", True, "0560158T", "esidoc", False, "fr",
  "Inscription page says the establishment already has an administrator; asks who.",
  "Elodie Le Corre <elodie.le-corre@ac-rennes.fr>", "établissement déjà inscrit ?",
  """Bonjour,

En voulant inscrire l'école (0560158T) sur le portail BCD, on me dit que
l'établissement a déjà un administrateur. Qui est-ce ? On ne sait pas.

Elodie Le Corre""", "ap")

M("account_creation", False, "0492213P", "esidoc", True, "fr",
  "Two schools merging: asks to create one account for the new groupe scolaire; needs a person.",
  "Groupe scolaire Les Coteaux <ce.0492213P@ac-nantes.fr>", "Fusion des écoles - compte",
  """Bonjour,

La maternelle et l'élémentaire de Beaucouzé ont fusionné au 1er septembre, nouveau
numéro 0492213P. Faut-il créer un nouveau compte BCD ou récupérer celui de
l'élémentaire ?

Le directeur, M. Fouquet""", "ol")

M("account_creation", True, "0530683E", "esidoc", False, "fr",
  "Asks how to create accounts for the class teachers.",
  "Sandrine Hubert <sandrine.hubert@ac-nantes.fr>", "créer des comptes pour les collègues",
  """Bonjour,

Comment créer un compte pour chaque enseignant de l'école (0530683E) afin qu'ils
enregistrent eux-mêmes les prêts de leur classe ?

Merci,
Sandrine Hubert""", "gm")

M("account_creation", False, None, "espace_acheteur", False, "fr",
  "Town-hall buyer wants an account on the buyer space to order for the schools.",
  "Marc Tessier <m.tessier@ville-chateaubriant.fr>", "Ouverture d'un compte acheteur",
  """Bonjour,

La ville souhaite commander les abonnements BCD des 6 écoles publiques via votre
espace acheteur. Comment ouvrir un compte pour la commune ?

Marc Tessier
Service Éducation - Ville de Châteaubriant""", "ol")

M("account_creation", True, "0351139Y", "esidoc", False, "en",
  "English: account still pending validation.",
  "Daniel Shaw <daniel.shaw@ac-rennes.fr>", "Account pending",
  """Hi there,

I registered for the school library portal for 0351139Y last week and my account
still says pending validation. Is there anything else I need to do?

Thanks,
Daniel""", "gm")

M("account_creation", True, "0220152W", "esidoc", True, "fr",
  "Quoted history about an old MailInBlack issue; the new question is only about who administers the account.",
  "Soazig Le Meur <ce.0220152W@ac-rennes.fr>", "Re: Quarantaine MailInBlack",
  """Bonjour,

Le souci MailInBlack est réglé, merci. Autre question : qui est administrateur
de notre compte BCD ? Je voudrais le devenir, l'ancienne directrice est partie.

Soazig Le Meur

Le 12/09/2024 à 14:40, Assistance a écrit :
> Vous trouverez ci-joint le guide pour autoriser nos adresses dans MailInBlack.""", "tb", reply=True)

M("account_creation", False, "0562024W", "esidoc", False, "fr",
  "School never had an account: asks to create one and send the login to the school address.",
  "Ecole de Guidel <ce.0562024W@ac-rennes.fr>", "Demande d'inscription BCD",
  """Bonjour,

Nous n'avons jamais eu de compte sur le portail BCD. Pourriez-vous en créer un
pour l'école de Guidel (0562024W) ?

Merci,
Le directeur""", "zi")

# ---------------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0442271E", "esidoc", False, "fr",
  "Subscription paid by the town hall but the BCD portal is not visible yet.",
  "Laurence Bouvier <laurence.bouvier@ac-nantes.fr>", "Abonnement payé mais pas actif",
  """Bonjour,

La mairie a réglé l'abonnement BCD pour l'école 0442271E il y a deux jours,
mais quand je me connecte je n'ai toujours que la version de démonstration.

Laurence Bouvier""", "ol")

M("subscription_activation", True, "0291248Z", "esidoc", False, "fr",
  "Renewal ordered, module not yet available.",
  "Ecole de Concarneau <ce.0291248Z@ac-rennes.fr>", "module prêts pas dispo",
  """Bonjour,

Nous avons renouvelé l'abonnement, mais le module de prêts n'apparaît toujours
pas sur notre portail (0291248Z). Combien de temps faut-il ?

La directrice""", "zi")

M("subscription_activation", True, "0850920N", "esidoc", False, "en",
  "English: ordered service not visible yet.",
  "Claire Dupont-Smith <claire.dupont-smith@ac-nantes.fr>", "Subscription not showing",
  """Hello,

Our town hall ordered the school library portal for école 0850920N last Monday.
When I log in, the catalogue still says "not activated". When will it be available?

Claire""", "gm")

M("subscription_activation", True, "0352643H", "esidoc", False, "fr",
  "Asks how to publish the portal so families can see it.",
  "Fanny Guillard <fanny.guillard@ac-rennes.fr>", "Rendre le portail visible aux familles",
  """Bonjour,

Comment publier le portail de la BCD pour que les familles puissent voir le
catalogue depuis chez elles ? L'abonnement est actif depuis hier (0352643H).

Fanny Guillard""", "tb")

M("subscription_activation", True, "0532665J", "esidoc", True, "fr",
  "Unsure of vocabulary ('la licence', 'le logiciel'): really an ordered subscription not yet active, not a transfer licence.",
  "Michel Bordeau <michel.bordeau@ac-nantes.fr>", "licence pas activée",
  """Bonjour,

La mairie a acheté la licence du logiciel de bibliothèque pour l'école 0532665J,
on a reçu la facture, mais on ne voit rien quand on se connecte. Il faut
l'activer quelque part ?

Michel Bordeau, directeur""", "ap")

M("subscription_activation", True, "0722176Z", "esidoc", False, "fr",
  "Ordered option (images de couverture) not visible yet.",
  "Ecole Gambetta Le Mans <ce.0722176Z@ac-nantes.fr>", "option couvertures",
  """Bonjour,

Nous avons commandé l'option avec les images de couverture des livres, la
commande est validée depuis vendredi mais rien n'a changé dans notre catalogue.

Merci,
Secrétariat""", "ol")

M("subscription_activation", True, None, "esidoc", False, "fr",
  "Gmail, no UAI: subscription paid, portal still locked.",
  "Ecole Diwan Landerne <skol.diwan.landerne@gmail.com>", "abonnement",
  """Demat,

Nous avons payé l'abonnement BCD la semaine dernière et le portail est toujours
bloqué. Pouvez-vous l'activer ?

Trugarez / Merci
Skol Diwan""", "gm")

M("subscription_activation", True, "0561574G", "esidoc", False, "fr",
  "HTML-only: new school year, subscription renewed, access still closed.",
  "Ecole de Hennebont <ce.0561574G@ac-rennes.fr>", "Accès fermé après renouvellement",
  """Bonjour,

Notre abonnement BCD a été renouvelé par la mairie pour 2024-2025 mais l'accès
affiche "abonnement expiré". Merci de l'activer.

Le directeur""", "html")

M("subscription_activation", False, "0441862K", "esidoc", True, "fr",
  "Ordered more than two weeks ago and still not active: past the 72 h rule, a person must look.",
  "Julie Mabit <julie.mabit@ac-nantes.fr>", "Toujours pas activé après 15 jours",
  """Bonjour,

L'abonnement BCD commandé le 2 septembre n'est toujours pas actif (école
0441862K). Votre réponse automatique parlait de 72 h, ça fait 15 jours.

Julie Mabit""", "tb")

M("subscription_activation", True, "0721312K", "esidoc", False, "en",
  "English: ordered digital resources not yet visible on the portal.",
  "Tom Ridley <tom.ridley@ac-nantes.fr>", "Digital resources not available",
  """Hi,

We ordered the e-book bundle for our school library portal (0721312K), but the
resources are not visible yet. Should we wait?

Tom""", "ol")

M("subscription_activation", True, "0220217S", "esidoc", False, "fr",
  "Asks when the newly ordered portal will be online.",
  "Ecole de Loudéac <ce.0220217S@ac-rennes.fr>", "Mise en ligne du portail",
  """Bonjour,

La commande du portail BCD est passée depuis hier. Quand sera-t-il en ligne ?
École 0220217S.

Bien cordialement,
La direction""", "rc")
# ---------------------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0292756N", "esidoc", False, "fr",
  "Directrice d'école asks in writing to reset the administrator password of the BCD portal.",
  "Ecole Jean Jaurès Morlaix <ce.0292756N@ac-rennes.fr>", "Demande de réinitialisation - directrice",
  """Bonjour,

Je soussignée Mme Corinne Abgrall, directrice de l'école Jean Jaurès de Morlaix
(0292756N), demande la réinitialisation du mot de passe administrateur de notre
portail BCD. Merci d'envoyer le lien à l'adresse de l'école.

Corinne Abgrall
Directrice""", "zi")

M("head_of_establishment_request", False, "0442597J", "esidoc", False, "fr",
  "Directeur asks to change the administrator to a named teacher.",
  "Olivier Durand <ce.0442597J@ac-nantes.fr>", "Changement d'administrateur BCD",
  """Bonjour,

En tant que directeur de l'école Les Lauriers (0442597J, Orvault), je vous demande
de remplacer l'administrateur du portail BCD : Mme Lebrun a quitté l'école, c'est
M. Théo Renaud (theo.renaud@ac-nantes.fr) qui reprend.

Cordialement,
Olivier Durand, directeur""", "ol")

M("head_of_establishment_request", False, "0350730D", "esidoc", False, "fr",
  "Directrice asks to replace the contact address with the school's official address.",
  "Isabelle Lemaître <ce.0350730D@ac-rennes.fr>", "Adresse de contact du compte",
  """Bonjour,

Je suis directrice de l'école de Cesson-Sévigné (0350730D). L'adresse de contact du
compte BCD est encore la boîte personnelle de mon prédécesseur. Merci de la remplacer
par l'adresse de l'école, ce.0350730D@ac-rennes.fr.

Isabelle Lemaître""", "tb")

M("head_of_establishment_request", False, "0490603P", "espace_acheteur", False, "fr",
  "Directeur authorises the town hall's order of the BCD subscription in writing.",
  "Ecole Les Tilleuls Angers <ce.0490603P@ac-nantes.fr>", "Autorisation de commande",
  """Bonjour,

Je soussigné Philippe Moreau, directeur de l'école Les Tilleuls (0490603P),
autorise la mairie d'Angers à passer commande de l'abonnement BCD pour notre école
sur votre espace acheteur.

Philippe Moreau""", "ol")

M("head_of_establishment_request", False, "0560501R", "esidoc", True, "fr",
  "Negation: the director says she did not forget anything; she asks in writing that the admin password be reset for the new BCD teacher.",
  "Gwenola Le Floch <ce.0560501R@ac-rennes.fr>", "mot de passe administrateur",
  """Bonjour,

Ce n'est pas que j'ai oublié mon mot de passe : c'est que je veux que l'on change
le mot de passe administrateur de la BCD, l'ancienne collègue le connaît encore.
Je suis la directrice de l'école de Lorient Merville (0560501R) et je donne mon
accord écrit pour la réinitialisation.

Gwenola Le Floch""", "tb")

M("head_of_establishment_request", False, "0720895G", "esidoc", True, "en",
  "English head teacher asks to change the administrator of the library portal.",
  "Susan Clarke <ce.0720895G@ac-nantes.fr>", "Change of administrator",
  """Dear support team,

As head teacher of the école élémentaire in Sablé-sur-Sarthe (0720895G), I would like
the administrator of our school library portal to be changed to my colleague
Mr Antoine Lebreton. The previous administrator has retired.

Best regards,
Susan Clarke
Headteacher""", "ol")

M("head_of_establishment_request", False, "0290283A", "esidoc", True, "fr",
  "Body gives 0290283B (wrong check letter) but the sender address ce.0290283A@ac-rennes.fr carries the valid UAI; director authorises the password reset.",
  "Direction école Kerichen <ce.0290283A@ac-rennes.fr>", "Autorisation réinitialisation",
  """Bonjour,

Je suis le directeur de l'école Kerichen à Brest, numéro 0290283B. J'autorise la
réinitialisation du mot de passe de la BCD demandée par Mme Cariou.

Cordialement,
Jean-Marc Salaün
Directeur""", "rc")

M("head_of_establishment_request", False, "0852671S", "esidoc", False, "fr",
  "Directrice d'école unsure of the term ('le responsable du site') asks to become the administrator.",
  "Karine Praud <ce.0852671S@ac-nantes.fr>", "devenir responsable du site BCD",
  """Bonjour,

Je suis directrice de l'école de Challans (0852671S) depuis septembre. Je voudrais
devenir "responsable" du site de la BCD (je ne sais pas si c'est le bon mot,
administrateur ?) à la place de l'ancien directeur.

Merci de me dire si ce mail suffit.
Karine Praud""", "ap")

M("head_of_establishment_request", False, "0531899B", "esidoc", True, "fr",
  "Director writes from the town-hall mailbox; UAI only in the signature; asks for the admin password reset.",
  "Mairie de Bonchamp <mairie@bonchamp-les-laval.fr>", "Demande du directeur de l'école",
  """Bonjour,

Je vous écris depuis la mairie car la boîte de l'école ne fonctionne plus.
En tant que directeur, je demande que le mot de passe administrateur du portail de
la bibliothèque de l'école soit réinitialisé.

Patrick Girard
Directeur de l'école publique de Bonchamp
RNE : 0531899B""", "rc")

M("head_of_establishment_request", False, "0222683X", "esidoc", False, "fr",
  "Formal letter attached (PDF) from the directrice asking to change the administrator.",
  "Ecole de Lannion <ce.0222683X@ac-rennes.fr>", "Courrier changement administrateur",
  """Bonjour,

Vous trouverez ci-joint le courrier signé demandant le changement d'administrateur
du portail BCD de l'école Ar Santé, Lannion (0222683X).

Bien cordialement,
Magali Le Gall, directrice""", "ol", attach=("courrier_directrice.pdf", "application/pdf"))

M("head_of_establishment_request", False, "0441658N", "esidoc", True, "fr",
  "Two topics: the director authorises an order and asks to change the contact address; both are head-of-establishment requests.",
  "Pascal Moinard <ce.0441658N@ac-nantes.fr>", "Accord commande + adresse",
  """Bonjour,

1. Je donne mon accord pour la commande de l'abonnement BCD faite par la mairie de
Carquefou pour notre école (0441658N).
2. Merci de mettre l'adresse de l'école comme adresse de contact du compte.

Pascal Moinard, directeur""", "zi")

M("head_of_establishment_request", False, "0351724J", "esidoc", False, "en",
  "English head teacher authorises a new administrator.",
  "Nicholas Wright <ce.0351724J@ac-rennes.fr>", "Authorisation - new administrator",
  """Hello,

I am the head of the international section primary school in Rennes (0351724J).
I authorise Ms Priya Shah to become the administrator of our library portal account.

Nicholas Wright, Head teacher""", "gm")

M("head_of_establishment_request", False, "0492025K", "esidoc", False, "fr",
  "HTML-only Outlook: directeur requests reset of the admin password and contact change.",
  "Ecole de Segré <ce.0492025K@ac-nantes.fr>", "Demande officielle directeur",
  """Madame, Monsieur,

Directeur de l'école publique de Segré (0492025K), je vous demande de réinitialiser
le mot de passe administrateur de notre BCD et d'envoyer le lien à l'adresse
officielle de l'école.

Respectueusement,
Yves Chauvin""", "html")

M("head_of_establishment_request", False, "0562735U", "esidoc", True, "fr",
  "UAI typed in lower case in the body (0562735u); directrice asks to remove a former administrator.",
  "Sylvie Le Bris <sylvie.le-bris@ac-rennes.fr>", "retrait d'un administrateur",
  """Bonjour,

Directrice de l'école d'Auray (0562735u), je vous demande de retirer les droits
d'administrateur de M. Jaffré, qui n'est plus dans l'école, sur notre portail BCD.

Sylvie Le Bris""", "tb")

M("head_of_establishment_request", False, "0721679J", "espace_acheteur", False, "fr",
  "Directrice validates the basket prepared by the mairie: authorisation of an order.",
  "Ecole La Flèche <ce.0721679J@ac-nantes.fr>", "Validation commande",
  """Bonjour,

En tant que directrice de l'école (0721679J), je valide la commande préparée par la
mairie de La Flèche pour la BCD. Vous pouvez la traiter.

Nathalie Boulay""", "ol")

M("head_of_establishment_request", False, "0850474D", "esidoc", False, "fr",
  "Apple Mail, director asks to reset the admin password.",
  "Loïc Rabiller <ce.0850474D@ac-nantes.fr>", "Réinitialisation mdp admin",
  """Bonjour,

Directeur de l'école de Fontenay-le-Comte (0850474D), je demande la
réinitialisation du mdp administrateur de la BCD.

Loïc Rabiller

Envoyé de mon iPad""", "ap")

M("head_of_establishment_request", False, "0292592K", "esidoc", True, "fr",
  "Reply quoting our answer about the procedure; the director now sends the written request.",
  "Ecole de Douarnenez <ce.0292592K@ac-rennes.fr>", "Re: [#SUP-118456] mot de passe BCD",
  """Bonjour,

Suite à votre réponse, je confirme en tant que directrice de l'école (0292592K)
que je demande la réinitialisation du mot de passe administrateur.

Anne Kerloc'h

Le 08/10/2024 à 16:20, Assistance a écrit :
> Bonjour,
> La personne qui a écrit n'est pas l'administrateur enregistré. Le chef
> d'établissement doit en faire la demande par écrit depuis l'adresse officielle.""", "tb", reply=True)

M("head_of_establishment_request", False, "0530776F", "esidoc", False, "fr",
  "Directeur asks to change the administrator's contact address to the school's address.",
  "Ecole de Château-Gontier <ce.0530776F@ac-nantes.fr>", "Modification adresse administrateur",
  """Bonjour,

Je suis le directeur de l'école (0530776F). Merci de modifier l'adresse de
l'administrateur du portail BCD : mettez ce.0530776F@ac-nantes.fr.

Cordialement,
F. Bigot""", "zi")

# ---------------------------------------------------------------- order_billing
M("order_billing", False, "0442274H", "espace_acheteur", False, "fr",
  "Town hall asks for a quote (devis) for the BCD subscription of a school.",
  "Mairie de Bouguenais - Service scolaire <scolaire@ville-bouguenais.fr>", "Demande de devis BCD",
  """Bonjour,

Pourriez-vous nous faire un devis pour l'abonnement BCD de l'école 0442274H pour
l'année 2025 ? Nous devons l'inscrire au budget.

Cordialement,
Service scolaire""", "ol")

M("order_billing", False, "0290893N", "esidoc", False, "fr",
  "Invoice addressed to the school instead of the town hall; asks for a corrected invoice.",
  "Hervé Le Roux <herve.le-roux@ac-rennes.fr>", "facture au mauvais nom",
  """Bonjour,

La facture de l'abonnement BCD est arrivée au nom de l'école (0290893N) alors que
c'est la mairie de Brest qui paie. Pouvez-vous la refaire au nom de la ville ?

H. Le Roux""", "tb")

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "Town-hall accountant: invoice must be deposited on Chorus Pro with the engagement number.",
  "Comptabilité Mairie de Pornic <compta@pornic.fr>", "Facture à déposer sur Chorus",
  """Bonjour,

Votre facture pour les écoles de Pornic nous a été envoyée par mail. Nous ne pouvons
la payer que si elle est déposée sur Chorus Pro avec notre numéro d'engagement
2024-0457.

Le service comptabilité""", "ol")

M("order_billing", False, "0350835T", "espace_acheteur", False, "en",
  "English: basket cannot be validated on the buyer space.",
  "Alice Turner <alice.turner@ac-rennes.fr>", "Can't validate basket",
  """Hello,

I'm trying to order the school library subscription for 0350835T on the buyer space,
but the basket won't validate ("missing purchase order"). What should I do?

Alice""", "gm")

M("order_billing", False, "0491049Z", "espace_acheteur", True, "fr",
  "Directrice asks about a bon de commande, not an authorisation: she asks how to pay, which is order_billing.",
  "Ecole de Chalonnes <ce.0491049Z@ac-nantes.fr>", "bon de commande coopérative",
  """Bonjour,

Je suis directrice de l'école de Chalonnes (0491049Z). Peut-on payer l'abonnement
BCD avec la coopérative scolaire (chèque OCCE) plutôt que par la mairie ?
Faut-il un bon de commande ?

Merci
Estelle Raimbault""", "ap")

M("order_billing", False, "0562796K", "espace_acheteur", False, "fr",
  "Asks for a duplicate invoice (PDF) for the mairie.",
  "Ecole de Carnac <ce.0562796K@ac-rennes.fr>", "duplicata facture",
  """Bonjour,

La mairie de Carnac nous demande un duplicata de la facture de l'abonnement BCD
2023-2024. Pouvez-vous nous l'envoyer ?

Merci,
L'équipe de l'école""", "zi")

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "Town-hall buyer: payment by administrative mandate, asks for RIB.",
  "Nadine Renaud <n.renaud@mairie-ancenis.fr>", "RIB pour mandat administratif",
  """Bonjour,

Pour régler la facture des écoles d'Ancenis par mandat administratif, la trésorerie
nous demande votre RIB. Pouvez-vous nous le transmettre ?

Nadine Renaud
Mairie d'Ancenis-Saint-Géréon""", "ol", attach=("facture_2024-118.pdf", "application/pdf"))

M("order_billing", False, "0722571D", "espace_acheteur", False, "fr",
  "Quote needed with the school's name for the bon d'engagement.",
  "Stéphane Barbier <stephane.barbier@ac-nantes.fr>", "devis pour bon d'engagement",
  """Bonjour,

La ville du Mans demande un devis au nom de l'école 0722571D pour établir le bon
d'engagement. Merci de me le faire parvenir.

Stéphane Barbier, directeur""", "tb")

M("order_billing", False, "0221233W", "esidoc", False, "en",
  "English: invoice amount differs from the quote.",
  "Anne-Laure Rolland <al.rolland@ac-rennes.fr>", "Invoice doesn't match quote",
  """Hello,

Our invoice for the school library portal is 30 euros higher than the quote the town
hall accepted. School 0221233W. Could you check?

Anne-Laure Rolland""", "ol")

M("order_billing", False, "0852368M", "espace_acheteur", True, "fr",
  "Quoted-printable Outlook reply; quoted thread about a password, new text asks for an invoice.",
  '"ecole.lesmouettes" <ce.0852368M@ac-nantes.fr>', "RE: acces portail bibliotheque",
  """Bonjour,

Merci c'est réglé pour l'accès. Par contre la mairie demande la facture de cette
année, on ne la trouve pas.

Martine

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : RE: acces portail bibliotheque

Un lien de réinitialisation a été envoyé à l'adresse de l'école.""", "ol", reply=True)

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "Syndicat intercommunal asks for a grouped order for several schools.",
  "SIVU Enfance Presqu'île <sivu.enfance@presquile-crozon.fr>", "Commande groupée pour 5 écoles",
  """Bonjour,

Le SIVU souhaite passer une seule commande pour les abonnements BCD des 5 écoles de
la presqu'île. Est-ce possible sur une seule facture ?

Cordialement,
Le SIVU""", "rc")

# ---------------------------------------------------------------- contract_documents
M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "Town hall cannot see the convention of the framework market in the buyer space.",
  "Mairie de Quimperlé - Marchés <marches@ville-quimperle.fr>", "Convention introuvable",
  """Bonjour,

Dans l'espace acheteur, nous ne voyons pas la convention d'adhésion à la centrale
d'achat pour les abonnements BCD. Pouvez-vous la rendre accessible ?

Service des marchés publics""", "ol")

M("contract_documents", False, "0441620X", "espace_acheteur", False, "fr",
  "Asks for the amendment (avenant) to the market mentioned in the invoice.",
  "Ecole de Saint-Nazaire <ce.0441620X@ac-nantes.fr>", "avenant au marché",
  """Bonjour,

La facture mentionne un avenant n°2 au marché. La mairie ne le trouve pas dans les
documents du marché. Pouvez-vous nous le transmettre ? École 0441620X.

Merci""", "zi")

M("contract_documents", False, None, "espace_acheteur", False, "en",
  "English: market documents section is empty for the buyer.",
  "Peter Hall <p.hall@lorient-agglo.bzh>", "Contract documents missing",
  """Hello,

The contract documents section of our buyer space is empty. We need the
specifications (CCAP) for the school library market. Could you help?

Peter Hall, purchasing officer""", "ol")

M("contract_documents", False, "0490158F", "espace_acheteur", True, "fr",
  "Directrice unsure of vocabulary ('le papier de la mairie'); really the convention document cannot be found.",
  "Ecole Saint-Barthélemy <ce.0490158F@ac-nantes.fr>", "le papier signé",
  """Bonjour,

La mairie me demande "le papier qu'on a signé avec vous" pour la BCD, je crois que
c'est la convention. Je ne le trouve nulle part sur le site. École 0490158F.

La directrice""", "ap")

M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "Cannot open the market's documents (access denied).",
  "Commande publique Vitré Communauté <commande.publique@vitrecommunaute.org>", "Pièces du marché - accès refusé",
  """Bonjour,

Quand nous cliquons sur les pièces du marché (acte d'engagement, BPU), nous avons
"accès refusé". Merci de vérifier nos droits.

Commande publique""", "ol")

M("contract_documents", False, "0562898W", "espace_acheteur", False, "fr",
  "Asks for the signed convention for the town archive.",
  "Loïc Guillemot <loic.guillemot@ac-rennes.fr>", "convention signée",
  """Bonjour,

La mairie de Ploërmel voudrait un exemplaire de la convention signée pour l'école
0562898W. Où la trouver ?

Loïc""", "tb")

M("contract_documents", False, None, "esignature", True, "fr",
  "Signed via e-signature but the signed convention is not visible in the account.",
  "Mairie de Sillé-le-Guillaume <dgs@sille-le-guillaume.fr>", "convention signée électroniquement",
  """Bonjour,

Le maire a signé électroniquement la convention pour les écoles la semaine dernière,
mais le document signé n'apparaît pas dans nos documents. Pouvez-vous nous
l'envoyer ?

Le DGS""", "ol")

# ---------------------------------------------------------------- transfer_incident
M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Private primary school: transfers to EcoleDirecte stopped for three days.",
  "Ecole Saint-Joseph Clisson <direction@stjoseph-clisson.fr>", "Transferts EcoleDirecte bloqués",
  """Bonjour,

Depuis lundi les transferts vers EcoleDirecte ne se font plus, les parents ne voient
plus les absences. Le logiciel affiche "échec de la connexion".

Direction de l'école Saint-Joseph, Clisson""", "ol")

M("transfer_incident", False, "0851096E", "ecoledirecte", False, "fr",
  "Licence to regenerate after changing the school computer.",
  "Ecole Notre-Dame Montaigu <ce.0851096E@ac-nantes.fr>", "licence à régénérer",
  """Bonjour,

Nous avons changé l'ordinateur de direction et le logiciel demande une nouvelle
licence pour les transferts EcoleDirecte. École 0851096E.

Merci,
La directrice""", "zi")

M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password: transfer_incident, not password_reset.",
  "Ecole Sainte-Marie Ploemeur <ecole.stemarie.ploemeur@wanadoo.fr>", "mot de passe du jour",
  """Bonjour,

Pour réindexer la base il faut le mot de passe de maintenance du jour. Pouvez-vous
nous le donner ? Les transferts plantent depuis ce matin.

Merci
Secrétariat""", "rc")

M("transfer_incident", False, "0290547M", "ecoledirecte", True, "fr",
  "Negation: not a password problem; the synchronisation with EcoleDirecte fails with an error code.",
  "Maiwenn Kerhervé <maiwenn.kerherve@ac-rennes.fr>", "Synchronisation en erreur",
  """Bonjour,

Ce n'est pas un problème de mot de passe (je me connecte très bien) : c'est la
synchronisation avec EcoleDirecte qui échoue avec l'erreur 504 à chaque envoi.
École 0290547M.

Maïwenn""", "tb")

M("transfer_incident", False, None, "ecoledirecte", False, "en",
  "English IT provider: transfer service fails after a proxy change.",
  "Kevin Brooks <k.brooks@breizh-infogerance.fr>", "Transfer failing after proxy change",
  """Hello,

We manage IT for several private primary schools near Vannes. Since we changed the
proxy, the EcoleDirecte transfer tool fails at the connection test. Which ports
and URLs must be allowed?

Kevin Brooks
Breizh Infogérance""", "ol")

M("transfer_incident", False, "0492783J", "ecoledirecte", False, "fr",
  "Screenshot attached: transfer error dialog.",
  "Ecole Saint-Paul Cholet <ce.0492783J@ac-nantes.fr>", "Erreur transfert (capture jointe)",
  """Bonjour,

Voici une capture de l'erreur qui s'affiche à chaque transfert vers EcoleDirecte
depuis hier. École 0492783J.

Cordialement""", "ol", attach=("capture_erreur.png", "image/png"))

M("transfer_incident", False, "0532917H", "ecoledirecte", False, "fr",
  "Transfers stopped since the antivirus update.",
  "Direction école Sainte-Thérèse <ce.0532917H@ac-nantes.fr>", "plus de transfert depuis maj antivirus",
  """bonjour,
depuis la mise a jour de l antivirus plus aucun transfert ne part vers ecoledirecte
ecole 0532917H
merci""", "rc")

M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Licence expired message at start-up; transfers blocked.",
  "Ecole Saint-Yves Guingamp <direction.stvyes.guingamp@orange.fr>", "licence expirée",
  """Bonjour,

Au démarrage du logiciel : "licence expirée", et plus de transferts. Pouvez-vous
régénérer notre licence ?

Le directeur""", "ap")
# ---------------------------------------------------------------- automated
M("automated", False, "0351631H", None, False, "fr",
  "Zimbra vacation reply from a school's ce. address during the holidays (Auto-Submitted: auto-replied).",
  "Ecole publique Les Korrigans <ce.0351631H@ac-rennes.fr>", "Absence : Re: [#SUP-118190] mdp oublie",
  """Bonjour,

L'école est fermée pendant les vacances de la Toussaint, du 19 octobre au 4 novembre.
Votre message sera lu à la rentrée. Pour une urgence, contactez la mairie.

L'équipe enseignante""", "zi", robot="vacation_zimbra", reply=True)

M("automated", False, None, None, False, "fr",
  "Exchange out-of-office from a town-hall employee, French, Auto-Submitted and X-Auto-Response-Suppress.",
  "Nathalie Pineau <accueil@mairie-change72.fr>", "Réponse automatique : Ecole Jacques Prévert - accès bibliothèque",
  """Bonjour,

Je suis absente jusqu'au lundi 4 novembre inclus. Pour toute demande urgente,
merci d'écrire à mairie@mairie-change72.fr.

Cordialement,
Nathalie Pineau""", "ol", robot="ooo_exchange", reply=True)

M("automated", False, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  "Emily Carter <emily.carter.fle@gmail.com>", "Re: Forgotten password - school library catalogue",
  """Hi! I'm travelling until 12 November with limited access to email.
I'll reply when I'm back. Emily""", "gm", robot="vacation_gmail", reply=True)

M("automated", False, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status), null Return-Path: the school address does not exist.",
  "Mail Delivery System <MAILER-DAEMON@mx.mairie-vertou.fr>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.mairie-vertou.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ecole.pasteur@mairie-vertou.fr>: host mx.mairie-vertou.fr[192.0.2.10] said: 550
    5.1.1 <ecole.pasteur@mairie-vertou.fr>: Recipient address rejected: User
    unknown in virtual mailbox table""", "raw", robot="bounce",
  rcpt="ecole.pasteur@mairie-vertou.fr")

M("automated", False, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <postmaster@lorient.bzh>", "Non remis : [#SUP-118502] Votre demande d'accès BCD",
  """Votre message n'a pas pu être remis à ecole.merville@lorient.bzh car la boîte
aux lettres du destinataire est pleine.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM
Remote Server returned '554 5.2.2 mailbox full'""", "raw", robot="bounce",
  rcpt="ecole.merville@lorient.bzh")

M("automated", False, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), disposition-notification.",
  "Service scolaire Bouguenais <scolaire@ville-bouguenais.fr>", "Lu : [#SUP-118610] Devis BCD école",
  """Votre message

  À : scolaire@ville-bouguenais.fr
  Objet : [#SUP-118610] Devis BCD école
  Envoyé : mercredi 16 octobre 2024 10:12:40 (UTC+01:00)

a été lu le mercredi 16 octobre 2024 11:03:02 (UTC+01:00).""", "raw", robot="mdn")

M("automated", False, None, None, False, "fr",
  "MailInBlack sender-authentication challenge sent to the desk by a town-hall filter: a robot, never answered.",
  "MailInBlack <noreply@mailinblack.com>", "Votre message est en attente de validation",
  """Bonjour,

Vous avez envoyé un message à ecole@mairie-guiscriff.fr.
Ce destinataire est protégé par MailInBlack. Pour que votre message soit délivré,
veuillez prouver que vous êtes un humain en cliquant sur le lien ci-dessous :

https://challenge.mailinblack.example/validate?id=7f3a9c

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""", "html", robot="mib_challenge")

M("automated", False, None, None, True, "fr",
  "MailInBlack challenge in English-and-French wording, no Auto-Submitted header: only the sender and text show it is a robot.",
  "Protection anti-spam <antispam@mairie-riantec.fr>", "Authentification de l'expéditeur requise / Sender authentication required",
  """Votre message pour ecole.publique@mairie-riantec.fr est en attente.
Your message to ecole.publique@mairie-riantec.fr is pending.

Cliquez ici pour vous authentifier / Click here to authenticate:
https://riantec.mailinblack.example/auth/98c1

MailInBlack - Protection de messagerie""", "html", robot="mib_plain")

M("automated", False, None, "esidoc", False, "fr",
  "Portal newsletter for school libraries: List-Id, List-Unsubscribe, Precedence: bulk.",
  "Lettre des BCD <newsletter@lettre-bcd.example.fr>", "La lettre des BCD - novembre : le prix des incorruptibles",
  """La lettre des BCD - novembre 2024

Au sommaire : le prix des Incorruptibles, animer un rallye lecture en cycle 2,
nouveautés du catalogue partagé.

Vous recevez cette lettre parce que votre école est abonnée.
Se désabonner : https://lettre-bcd.example.fr/unsubscribe""", "html", robot="newsletter")

M("automated", False, None, "esidoc", True, "fr",
  "No-reply notification from the portal sent to the desk (the user account of 0441326C awaits validation): no Auto-Submitted header, transactional, so no establishment is labelled.",
  "Portail BCD <no-reply@portail-bcd.example.fr>", "Nouveau compte en attente de validation",
  """Bonjour,

Un nouveau compte utilisateur a été créé pour l'établissement 0441326C et attend
la validation d'un administrateur.

Ceci est un message automatique, merci de ne pas y répondre.""", "tb", robot="noreply_plain")

M("automated", False, "0852368M", None, False, "fr",
  "Town-hall ticketing acknowledgement (Auto-Submitted, X-Loop) for a mail the desk sent; mentions the school UAI.",
  "Support informatique Saint-Gilles <support@saintgillescroixdevie.fr>", "[Ticket #45872] Accusé de réception",
  """Bonjour,

Votre demande concernant l'école Les Mouettes (0852368M) a bien été enregistrée sous
le numéro 45872. Un technicien la traitera dans les meilleurs délais.

Ceci est un message automatique.""", "ol", robot="ack")

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a supplier ticket was updated.",
  "Portail tickets <notifications@tickets.example.fr>", "[TK-20931] Mise à jour de votre ticket",
  """Le ticket TK-20931 "Synchronisation catalogue BCD" a été mis à jour par l'éditeur.
Nouveau statut : en cours d'analyse.

Consulter le ticket : https://tickets.example.fr/TK-20931""", "html", robot="notification")

M("automated", False, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)' with text/rfc822-headers.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to ecole.steanne.guerlesquin@gmail.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""", "raw", robot="bounce",
  rcpt="ecole.steanne.guerlesquin@gmail.com")

M("automated", False, None, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted header, only the wording tells it.",
  "Christine Marzin <christine.marzin29@gmail.com>", "Re: identifiant bcd",
  """Bonjour,
Je suis actuellement en classe verte avec mes élèves et ne lirai pas mes mails avant
le 25 octobre. Merci.
C. Marzin""", "gm", reply=True)

M("automated", False, None, "esignature", True, "fr",
  "E-signature 'completed' notification for a convention: transactional mail, no person asks anything.",
  "Signature électronique <noreply@signature.example.fr>", "Document signé : Convention BCD - Commune de Sillé-le-Guillaume",
  """Bonjour,

Tous les signataires ont signé le document "Convention BCD - Commune de
Sillé-le-Guillaume". Le document signé est disponible dans votre espace.

Ceci est un message automatique.""", "html", robot="notification")

M("automated", False, None, None, False, "fr",
  "Academic mailing list digest (List-Id, Precedence: list) of Breton school directors.",
  "Liste directeurs 29 <directeurs29@ac-rennes.fr>", "[directeurs29] Digest n°212",
  """Sujets du jour :
  1. Réunion de directeurs jeudi (J. Salaün)
  2. Réf : portail BCD, qui a le contact ? (A. Kerloc'h)
  3. Exercice PPMS (IEN Morlaix)

Pour vous désabonner, écrivez à directeurs29-request@ac-rennes.fr""", "rc", robot="list")

M("automated", False, None, None, False, "en",
  "Thunderbird return receipt in English (disposition-notification).",
  "Sarah Whitfield <sarah.whitfield@ac-nantes.fr>", "Return Receipt (displayed) - Re: Password reset please",
  """This is a Return Receipt for the mail that you sent to sarah.whitfield@ac-nantes.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the
recipient's computer.""", "raw", robot="mdn")

M("automated", False, None, None, False, "fr",
  "Delay warning (message still being retried) from the town-hall relay, multipart/report Action: delayed.",
  "Mail Delivery System <MAILER-DAEMON@relais.mairie-vitre.fr>", "Avertissement : message retardé",
  """Ceci est le système de messagerie de relais.mairie-vitre.fr.

Votre message n'a pas encore pu être remis à ecole.rostand@mairie-vitre.fr.
Le système continuera d'essayer pendant 5 jours. Aucune action n'est requise.""", "raw",
  robot="delay", rcpt="ecole.rostand@mairie-vitre.fr")

# ---------------------------------------------------------------- other
M("other", False, "0292756N", "esidoc", False, "fr",
  "Thanks after the reset: asks nothing.",
  "Ecole Jean Jaurès Morlaix <ce.0292756N@ac-rennes.fr>", "Re: [#SUP-118301] Demande de réinitialisation - directrice",
  """Bonjour,

C'est parfait, tout fonctionne. Merci beaucoup pour votre rapidité !

Corinne Abgrall

Le 09/10/2024 à 11:05, Assistance a écrit :
> Le nouvel accès administrateur a été envoyé à l'adresse de l'école.""", "tb", reply=True)

M("other", False, None, "esidoc", False, "fr",
  "How-to question about cataloguing a book without ISBN: usage, not a taxonomy topic.",
  "Bénédicte Olivier <benedicte.olivier@ac-nantes.fr>", "livre sans ISBN",
  """Bonjour,

Comment enregistrer dans le catalogue de la BCD un album offert par un auteur local
qui n'a pas d'ISBN ? Le formulaire bloque.

Bénédicte Olivier""", "gm")

M("other", False, None, None, False, "en",
  "English SEO spam.",
  "Jessica Miles <jessica@rank-boost-agency.example>", "Boost your school website to page 1 of Google",
  """Hi,

I noticed your website isn't ranking for important keywords. Our team can get you
to the first page of Google in 30 days. Reply YES for a free audit.

Jessica""", "html")

M("other", False, None, None, False, "fr",
  "Parent asks about a library book his child lost: not for this desk.",
  "Franck Lemoine <franck.lemoine85@free.fr>", "livre perdu par mon fils",
  """Bonjour,

Mon fils a perdu un livre de la bibliothèque de l'école (Les Herbiers). La maîtresse
dit qu'il est sur votre site. Combien faut-il rembourser ?

F. Lemoine""", "rc")

M("other", False, "0350832P", "esidoc", True, "fr",
  "Mentions a password only to say it works now; asks for a training session for teachers.",
  "Pierre-Yves Lemoine <pierre-yves.lemoine@ac-rennes.fr>", "formation portail",
  """Bonjour,

Le mot de passe fonctionne maintenant, merci. Est-ce que vous proposez des
formations (même en visio) pour les collègues de l'école 0350832P qui ne savent pas
utiliser le portail ?

Pierre-Yves Lemoine""", "ap")

M("other", False, None, None, False, "fr",
  "Publisher commercial offer for children's books: unsolicited.",
  "Editions Ty Levrioù <contact@tylevriou.example.bzh>", "Nouveautés jeunesse en breton",
  """Bonjour,

Notre maison d'édition publie des albums jeunesse bilingues breton-français.
Souhaitez-vous recevoir notre catalogue pour les BCD de votre réseau ?

L'équipe des éditions""", "html")

M("other", False, None, "esidoc", False, "fr",
  "Suggestion to add a Breton-language interface: feature request.",
  "Skol Diwan Kemper <skol.diwan.kemper@gmail.com>", "Interface en breton ?",
  """Demat,

Serait-il possible d'avoir le portail de la BCD en breton pour les élèves de nos
classes Diwan ? Nous pouvons aider à traduire.

Trugarez""", "gm")

M("other", False, None, None, False, "fr",
  "Phishing-like mail pretending to be the académie: spam.",
  "Messagerie academique <admin@ac-rennes-securite.example.com>", "Votre boîte mail sera désactivée",
  """Cher utilisateur,

Votre quota est dépassé. Cliquez ici sous 24h pour valider votre compte, sinon il
sera supprimé : http://ac-rennes-securite.example.com/valider

Service informatique""", "html")

M("other", False, "0442919J", "esidoc", False, "fr",
  "Question about exporting loan statistics for the school council.",
  "Sophie Gautreau <sophie.gautreau@ac-nantes.fr>", "statistiques de prêts",
  """Bonjour,

Pour le conseil d'école, je voudrais sortir le nombre de prêts par classe sur
l'année. Est-ce possible depuis le portail ? École 0442919J.

Merci,
Sophie""", "ol")

M("other", False, None, None, False, "en",
  "English unsolicited offer of library furniture.",
  "Tom Baker <sales@kidsbookshelves.example.co.uk>", "School library furniture - 20% off",
  """Dear Head Teacher,

Brighten your school library with our colourful shelving. 20% off all orders placed
before Christmas, delivery across France.

Tom Baker, Sales""", "html")

M("other", False, "0560749K", "esidoc", True, "fr",
  "Reply quoting a password thread, but the new text reports the portal is slow: neither password nor any listed topic.",
  "Morgane Jégo <morgane.jego@ac-rennes.fr>", "Re: Re: mot de passe",
  """Bonjour,

Merci, le mot de passe est bon. En revanche le portail est très lent depuis lundi
(plus d'une minute pour afficher une notice). C'est chez nous ou chez vous ?

Morgane

> Le lien de réinitialisation a été envoyé à l'adresse de l'école 0560749K.""", "tb", reply=True)

M("other", False, None, None, False, "fr",
  "Job application from a student wanting an internship.",
  "Léa Morvan <lea.morvan@etudiant.univ-rennes.example.fr>", "Candidature stage",
  """Bonjour,

Étudiante en licence information-communication à Rennes, je cherche un stage de
6 semaines au printemps. Vous trouverez mon CV en pièce jointe.

Léa Morvan""", "gm", attach=("CV_Lea_Morvan.pdf", "application/pdf"))

M("other", False, "0722176Z", "esidoc", True, "fr",
  "Wrong desk: the school asks about its académie mailbox quota, mentioning the BCD only in passing.",
  "Ecole Gambetta Le Mans <ce.0722176Z@ac-nantes.fr>", "boîte pleine",
  """Bonjour,

La boîte de l'école est pleine et on ne reçoit plus rien (même vos mails BCD).
Pouvez-vous augmenter la taille de la boîte ? Ou à qui faut-il le demander ?

Secrétariat""", "ol")

M("other", False, None, "esidoc", False, "fr",
  "IEN circonscription asks for a list of subscribed schools in the district.",
  "Circonscription de Quimper Est <ce.ien.quimper-est@ac-rennes.fr>", "Liste des écoles abonnées",
  """Bonjour,

Pour un bilan de circonscription, pourriez-vous m'indiquer quelles écoles publiques
de Quimper Est utilisent votre portail BCD ?

Le secrétariat de l'IEN""", "zi")

# ====================================================================== wrapping
TZ_SUMMER = timezone(timedelta(hours=2))
TZ_WINTER = timezone(timedelta(hours=1))
START = datetime(2024, 9, 2, 8, 0)
SAFE = re.compile(r"\.example(\.[a-z.]+)?$")


def rand_token(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def to_html(text, style="div"):
    out, quote = [], []

    def flush():
        if quote:
            inner = "<br>\n".join(html.escape(q[1:].lstrip()) for q in quote)
            out.append('<blockquote style="border-left:2px solid #1010ff;padding-left:5px">'
                       + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush()
        esc = html.escape(line) or "<br>"
        if style == "mso":
            out.append('<p class="MsoNormal">' + (esc if line else "&nbsp;") + "</p>")
        else:
            out.append("<div>" + esc + "</div>")
    flush()
    body = "\n".join(out)
    if style == "mso":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
                '</style></head><body lang="FR"><div class="WordSection1">\n' + body
                + "\n</div></body></html>\n")
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt">\n'
            + body + "\n</div></body></html>\n")


def fake_attachment(name, mime):
    if mime == "application/pdf":
        return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    # a tiny 1x1 PNG
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6b5a50000000049454e44ae426082")


def encode_word(s):
    from email.header import Header
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def common_headers(msg, m, date, addr, dom, auto):
    null_rp = auto in ("bounce", "delay")
    msg["Return-Path"] = "<>" if null_rp else "<" + addr + ">"
    msg["Delivered-To"] = DESK
    relay = "smtp.%s" % dom
    msg["Received"] = ("from %s (%s [192.0.2.%d]) by mx1.assistance.example.fr (Postfix) "
                       "with ESMTPS id %s for <%s>; %s" % (relay, relay, RNG.randint(2, 250),
                                                           rand_token(15), DESK, format_datetime(date)))
    if SAFE.search(dom):
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none; "
                                         "spf=softfail smtp.mailfrom=%s; dmarc=fail header.from=%s" % (dom, dom))
    else:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=pass header.d=%s; "
                                         "spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, dom, dom))


def message_id(client, dom):
    if client in ("ol", "html"):
        return "<PR1P264MB%s@PR1P264MB%s.FRAP264.PROD.OUTLOOK.COM>" % (rand_token(12), rand_token(4))
    if client in ("gm", "b64"):
        return "<CA+%s@mail.gmail.com>" % rand_token(30, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    if client == "zi":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(1000, 999999),
                                                 RNG.randint(10**12, 10**13), dom)
    if client == "ap":
        return "<%s-%s-%s@%s>" % (rand_token(8), rand_token(4), rand_token(12), dom)
    return "<%s@%s>" % (rand_token(24, "0123456789abcdef"), dom)


def client_headers(msg, client):
    if client == "tb":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "fr"
    elif client in ("ol", "html"):
        msg["Thread-Topic"] = msg["Subject"]
        msg["Thread-Index"] = rand_token(22) + "=="
        msg["X-MS-Has-Attach"] = ""
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "zi":
        msg["X-Mailer"] = "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)"
    elif client == "ap":
        msg["X-Mailer"] = "Apple Mail (2.3774.600.62)"
    elif client == "rc":
        msg["User-Agent"] = "Roundcube Webmail/1.6.6"
    elif client in ("gm", "b64"):
        pass


AUTO_HEADERS = {
    "vacation_zimbra": [("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    "ooo_exchange": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    "vacation_gmail": [("Auto-Submitted", "auto-replied")],
    "mib_challenge": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    "newsletter": [("List-Id", "La lettre des BCD <lettre.lettre-bcd.example.fr>"),
                   ("List-Unsubscribe", "<https://lettre-bcd.example.fr/unsubscribe>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    "ack": [("Auto-Submitted", "auto-replied"), ("X-Loop", "support@saintgillescroixdevie.fr")],
    "notification": [("Auto-Submitted", "auto-generated")],
    "list": [("List-Id", "Directeurs du Finistere <directeurs29.ac-rennes.fr>"), ("Precedence", "list"),
             ("List-Post", "<mailto:directeurs29@ac-rennes.fr>")],
}


def build_report(m, date, idx):
    auto = m["kw"]["robot"]
    addr = parseaddr(m["frm"])[1]
    dom = addr.rsplit("@", 1)[1]
    boundary = "=_report_%03d_%s" % (idx, rand_token(10))
    rcpt = m["kw"].get("rcpt", addr)
    orig_id = "<SUP-%06d.%d@assistance.example.fr>" % (118000 + idx, 1727000000 + idx)
    orig_subject = re.sub(r"^[^:]*: ", "", m["subj"]) if auto == "mdn" else "[#SUP-%06d] Votre demande" % (118000 + idx)
    if auto == "mdn":
        rtype = "disposition-notification"
        status_part = ("Content-Type: message/disposition-notification\n\n"
                       "Reporting-UA: %s; Microsoft Outlook 16.0\n"
                       "Final-Recipient: rfc822;%s\n"
                       "Original-Message-ID: %s\n"
                       "Disposition: manual-action/MDN-sent-manually; displayed\n" % (dom, rcpt, orig_id))
    else:
        rtype = "delivery-status"
        action, status, diag = (("delayed", "4.4.1", "smtp; 421 4.4.1 connection timed out")
                                if auto == "delay" else
                                ("failed", "5.2.2", "smtp; 554 5.2.2 mailbox full")
                                if "mailbox full" in m["body"] else
                                ("failed", "5.1.1", "smtp; 550 5.1.1 recipient address rejected"))
        mta = dom if "gmail" not in dom else "mx.google.com"
        status_part = ("Content-Type: message/delivery-status\n\n"
                       "Reporting-MTA: dns; %s\n"
                       "Arrival-Date: %s\n\n"
                       "Final-Recipient: rfc822; %s\n"
                       "Action: %s\n"
                       "Status: %s\n"
                       "Diagnostic-Code: %s\n" % (mta, format_datetime(date - timedelta(minutes=3)),
                                                   rcpt, action, status, diag))
    head = [
        ("Return-Path", "<>" if auto in ("bounce", "delay") else "<%s>" % addr),
        ("Delivered-To", DESK),
        ("Received", "from %s (%s [198.51.100.%d]) by mx1.assistance.example.fr (Postfix) with ESMTPS "
                     "id %s for <%s>; %s" % (dom, dom, RNG.randint(2, 250), rand_token(15), DESK,
                                             format_datetime(date))),
        ("From", encode_word(parseaddr(m["frm"])[0]) + " <%s>" % addr),
        ("To", DESK),
        ("Subject", encode_word(m["subj"])),
        ("Date", format_datetime(date)),
        ("Message-ID", "<%s.%s@%s>" % (rand_token(16), idx, dom)),
        ("MIME-Version", "1.0"),
    ]
    if auto in ("bounce", "delay"):
        head.append(("Auto-Submitted", "auto-replied"))
    head.append(("Content-Type", 'multipart/report; report-type=%s;\n boundary="%s"' % (rtype, boundary)))
    lines = ["%s: %s" % kv for kv in head]
    text = m["body"]
    raw = "\n".join(lines) + "\n\nThis is a MIME-encapsulated message.\n\n"
    raw += "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (boundary, text)
    raw += "--%s\n%s\n" % (boundary, status_part)
    raw += ("--%s\nContent-Type: text/rfc822-headers; charset=us-ascii\n\n"
            "From: Assistance <%s>\nTo: %s\nSubject: %s\nMessage-ID: %s\nDate: %s\n\n"
            % (boundary, DESK, rcpt, encode_word(orig_subject), orig_id,
               format_datetime(date - timedelta(hours=2))))
    raw += "--%s--\n" % boundary
    return raw.encode("utf-8")


def build(m, idx, date):
    client = m["client"]
    kw = m["kw"]
    auto = kw.get("robot")
    if client == "raw":
        return build_report(m, date, idx)
    name, addr = parseaddr(m["frm"])
    dom = addr.rsplit("@", 1)[1]
    msg = EmailMessage(policy=policy.default)
    common_headers(msg, m, date, addr, dom, auto)
    msg["From"] = m["frm"]
    msg["To"] = "Assistance BCD <%s>" % DESK
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(client, dom)
    if kw.get("reply"):
        ref = "<SUP-%06d.%d@assistance.example.fr>" % (118000 + idx, 1727000000 + idx)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    client_headers(msg, client)
    for k, v in AUTO_HEADERS.get(auto, []):
        msg[k] = v
    text = m["body"]
    if client == "tb":
        msg.set_content(text, cte="8bit", params={"format": "flowed"})
    elif client in ("ap", "rc"):
        msg.set_content(text, cte="quoted-printable")
    elif client == "b64":
        msg.set_content(text, cte="base64")
    elif client == "html":
        msg.set_content(to_html(text, "mso"), subtype="html", cte="base64")
    else:  # ol, gm, zi: multipart/alternative
        msg.set_content(text, cte="quoted-printable")
        msg.add_alternative(to_html(text, "mso" if client == "ol" else "div"), subtype="html",
                            cte="quoted-printable")
    if kw.get("attach"):
        fname, mime = kw["attach"]
        maintype, subtype = mime.split("/")
        msg.add_attachment(fake_attachment(fname, mime), maintype=maintype, subtype=subtype,
                           filename=fname)
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():  # fixed boundaries keep the output deterministic
            part.set_boundary("----=_Part_%03d_%d_%s" % (idx, k, rand_token(12)))
    return msg.as_bytes(policy=policy.default.clone(linesep="\n"))


def label_for(m, fname):
    return {"file": fname, "category": m["cat"], "auto_reply_ok": m["auto"], "uai": m["uai"],
            "region": region_of(m["uai"], m["frm"]), "platform": m["plat"], "hard": m["hard"],
            "lang": m["lang"], "notes": m["notes"]}


# ====================================================================== checks
CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d(?:\s?\d){6})\s?([A-Za-z])(?![A-Za-z0-9])")
NO_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
           "transfer_incident", "automated", "other"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def visible_text(msg):
    parts = [str(msg["Subject"] or ""), str(msg["From"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            parts.append(part.get_content())
    return "\n".join(parts)


def all_defects(msg):
    found = list(msg.defects)
    for part in msg.walk():
        found += list(part.defects)
        for k, v in part.items():
            found += list(getattr(v, "defects", ()))
    return found


def check():
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150, len(labels)
    emls = sorted(HERE.glob("h*.eml"))
    assert len(emls) == 150, len(emls)
    assert [l["file"] for l in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    assert set(l["category"] for l in labels) == set(CATS)
    en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= en <= 25, en
    for l in labels:
        assert list(l) == KEYS, l
        assert l["category"] in CATS
        assert isinstance(l["auto_reply_ok"], bool) and isinstance(l["hard"], bool)
        assert l["lang"] in ("fr", "en")
        assert l["platform"] in PLATFORMS
        assert isinstance(l["notes"], str) and l["notes"].strip()
        if l["category"] in NO_AUTO:
            assert l["auto_reply_ok"] is False, l["file"]
        if l["uai"] is not None:
            assert is_valid_uai(l["uai"]), l
        raw = (HERE / l["file"]).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        d = all_defects(msg)
        assert not d, (l["file"], d)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (l["file"], h)
        sender = str(msg["From"])
        assert l["region"] == region_of(l["uai"], sender), l["file"]
        if l["region"] is not None:
            assert l["region"] in set(DEPT_REGION.values()) | set(DOMAIN_REGION.values())
        text = visible_text(msg)
        flat = re.sub(r"\s+", "", text).upper()
        if l["uai"]:
            assert l["uai"] in flat, (l["file"], "labelled uai not in mail")
        for a, b in CODE_RE.findall(text):
            code = re.sub(r"\s", "", a) + b.upper()
            if is_valid_uai(code):
                assert code == l["uai"] or code in l["notes"], (l["file"], code)
            else:
                assert check_letter(code[:7]) != code[7]
                assert "wrong check letter" in l["notes"] and code in l["notes"], (l["file"], code)
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(150))
    RNG.shuffle(order)
    date = START
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        date = date + timedelta(minutes=RNG.randint(200, 900))
        if date.hour >= 19:
            date = date.replace(hour=8) + timedelta(days=1)
        tz = TZ_SUMMER if date < datetime(2024, 10, 27) else TZ_WINTER
        fname = "h%03d.eml" % n
        (HERE / fname).write_bytes(build(m, n, date.replace(tzinfo=tz)))
        labels.append(label_for(m, fname))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    labels = check()
    counts = {c: sum(l["category"] == c for l in labels) for c in CATS}
    print("ok: 150 files;", counts, "| en:", sum(l["lang"] == "en" for l in labels),
          "| hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()
