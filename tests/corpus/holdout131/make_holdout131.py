#!/usr/bin/env python3
"""Build holdout131: 150 hand-written support mails (Île-de-France, June) + labels.

Theme: June in the three Île-de-France académies (Paris, Créteil, Versailles):
end-of-year orders and budget closing, exam-centre logistics (bac, brevet),
staff leaving (mutations, retirements), out-of-office replies, and the
ordinary requests of the desk.

Standard library only, deterministic (random.Random(131)). Every mail text
below is written by hand; the script only wraps the texts in headers and
MIME structure, then re-reads and checks everything.
"""
import base64
import email
import email.policy
import html
import io
import json
import os
import quopri
import random
import zipfile
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(131)
TZ = timezone(timedelta(hours=2))
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

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
DEPT_TO_REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        DEPT_TO_REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN_TO_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_for(uai, sender):
    if uai:
        return DEPT_TO_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_TO_REGION.get(dom)


MAILS = []


def m(cat, ok, uai, region, platform, hard, lang, notes, frm, subj, body, **kw):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region, platform=platform,
                      hard=hard, lang=lang, notes=notes, frm=frm, subj=subj,
                      body=body.strip("\n") + "\n", kw=kw))


# ---------------------------------------------------------------- password_reset
m("password_reset", True, "0752292J", "ile-de-france", "esidoc", False, "fr",
  "Librarian locked out of the e-sidoc back office just before the end-of-year inventory; UAI in the body.",
  "Hélène Marchetti <helene.marchetti@ac-paris.fr>",
  "Mot de passe e-sidoc oublié",
  """Bonjour,

Je dois lancer le récolement de fin d'année cette semaine et impossible de me connecter à l'administration de notre portail e-sidoc : mon mot de passe n'est plus reconnu et je ne retrouve pas la note où je l'avais rangé.

Collège Jean-Baptiste Say, Paris 16e, UAI 0752292J.

Pourriez-vous m'envoyer un lien de réinitialisation ?

Merci d'avance,
Hélène Marchetti
Professeure documentaliste
""", style="alt", mailer="zimbra")

m("password_reset", True, "0771703H", "ile-de-france", "espace_acheteur", False, "fr",
  "Buyer's Espace Acheteur password expired, needs to order before the budget closes; UAI in the signature.",
  "Patrick Delorme <patrick.delorme@ac-creteil.fr>",
  "Espace Acheteur - mot de passe expiré",
  """Bonjour,

En voulant passer nos dernières commandes avant la clôture budgétaire, l'Espace Acheteur m'indique que mon mot de passe a expiré. Je n'arrive pas à en définir un nouveau car on me demande l'ancien, que j'ai évidemment oublié.

Pouvez-vous me débloquer rapidement ? Notre agent comptable arrête les engagements le 20 juin.

Bien cordialement,

Patrick Delorme
Adjoint gestionnaire
Lycée Uruguay-France, Avon
RNE : 0771703H
""", style="qp", mailer="outlook")

m("password_reset", True, "0913996Z", "ile-de-france", "esidoc", False, "fr",
  "Typed fast, no accents or capitals; lost e-sidoc password, UAI given.",
  "sabine leroux <sabine.leroux91@gmail.com>",
  "mdp esidoc",
  """bonjour
j ai perdu le mot de passe de l admin esidoc du cdi, college de etampes 0913996Z
pouvez vous me renvoyer un lien svp
merci
sabine
""", style="plain", mailer="gmail")

m("password_reset", True, "0921270F", "ile-de-france", "esidoc", False, "fr",
  "Reset link expired while she was invigilating the bac; asks for a new link.",
  "Claire Benhamou <claire.benhamou@ac-versailles.fr>",
  "Lien de réinitialisation expiré",
  """Bonjour,

J'ai bien reçu hier matin le lien pour changer le mot de passe de notre e-sidoc, mais j'étais convoquée en surveillance du bac toute la journée et quand j'ai cliqué ce soir, la page indique que le lien n'est plus valide.

Est-il possible d'en recevoir un nouveau ? Je serai devant mon ordinateur demain toute la matinée.

Lycée Michelet, Vanves - UAI 0921270F

Merci beaucoup,
Claire Benhamou
""", style="alt", mailer="zimbra")

m("password_reset", True, "0781915H", "ile-de-france", "esidoc", False, "en",
  "English; librarian of an international lycée forgot the portal password, UAI given as the login.",
  "Rachel Whitmore <r.whitmore@lycee-international-sgl.fr>",
  "Forgotten password - library portal",
  """Hello,

I'm the librarian in the British section of our lycée and I have forgotten the password for our e-sidoc back office. The login should be our school code, 0781915H.

Could you send me a reset link? I'd like to update the summer reading list before the students leave.

Many thanks,
Rachel Whitmore
Librarian, Lycée International de Saint-Germain-en-Laye
""", style="alt", mailer="apple")

m("password_reset", True, "0931651P", "ile-de-france", "esidoc", False, "fr",
  "Account locked after too many failed attempts; asks to unlock or reset.",
  "Mourad Belkacem <mourad.belkacem@ac-creteil.fr>",
  "Compte bloqué e-sidoc 0931651P",
  """Bonjour,

Après plusieurs essais ratés (clavier en QWERTY sans que je m'en rende compte...), notre compte d'administration e-sidoc est bloqué.

Pouvez-vous le débloquer ou m'envoyer de quoi refaire un mot de passe ?

Merci,
M. Belkacem, documentaliste
Collège Jean Jaurès, Montreuil
""", style="qp", mailer="thunderbird")

m("password_reset", False, "0941610P", "ile-de-france", "esidoc", True, "fr",
  "Wants the reset link sent to her personal Gmail because the school mailbox will not be read in July: the link may only go to the address on file or the official address.",
  "Nathalie Ferrand <nath.ferrand@gmail.com>",
  "Réinitialisation mot de passe - envoi sur mon adresse perso SVP",
  """Bonjour,

J'ai oublié le mot de passe administrateur de l'e-sidoc du lycée Guillaume Budé à Limeil-Brévannes (0941610P).

Je vous demande d'envoyer le lien de réinitialisation sur cette adresse gmail et surtout PAS sur l'adresse de l'établissement : le secrétariat ferme le 11 juillet et plus personne ne relève la boîte ce.0941610P avant la rentrée. Je compte travailler sur le portail pendant les vacances.

Merci de votre compréhension,
Nathalie Ferrand
""", style="alt", mailer="gmail")

m("password_reset", False, "0953096Z", "ile-de-france", "esidoc", True, "fr",
  "Two topics: the e-sidoc password (first) and a year-end invoice to correct; one template would answer only half.",
  "Yannick Oger <yannick.oger@ac-versailles.fr>",
  "Deux soucis : mot de passe + facture",
  """Bonjour,

Deux questions avant la fin de l'année :

1) Je n'arrive plus à me connecter au back-office e-sidoc (mot de passe refusé), pouvez-vous le réinitialiser ?
2) La facture de notre réabonnement porte encore l'ancien nom du lycée (avant fusion) ; notre agent comptable refuse de la payer en l'état. Pouvez-vous en établir une nouvelle ?

Cité scolaire Camille Claudel, Vauréal - 0953096Z

Cordialement,
Y. Oger
""", style="qp", mailer="outlook")

m("password_reset", False, None, "ile-de-france", "esidoc", True, "fr",
  "UAI typed 0752525N: the check letter should be M, so it is not a valid UAI and the establishment must be confirmed; region from the ac-paris.fr sender.",
  "Isabelle Nguyen <isabelle.nguyen@ac-paris.fr>",
  "identifiant / mot de passe portail CDI",
  """Bonjour,

Je remplace la documentaliste du collège Claude Chappe jusqu'à la fin de l'année et je n'ai pas le mot de passe du portail e-sidoc. D'après le classeur de passation l'identifiant est 0752525N.

Merci de me dire comment faire,
Isabelle Nguyen
Documentaliste contractuelle
""", style="plain", mailer="zimbra")

m("password_reset", True, "0773863F", "ile-de-france", "esidoc", False, "fr",
  "Successor of a retired librarian never had the password ('je ne connais pas le mot de passe').",
  "Amandine Roussel <amandine.roussel@ac-creteil.fr>",
  "Passation CDI - pas de mot de passe",
  """Bonjour,

Ma collègue est partie à la retraite fin mai sans nous laisser le mot de passe de l'interface d'administration e-sidoc. Je ne connais donc pas le mot de passe et je ne sais pas à quelle adresse il était rattaché.

Collège Les Glaisetiers, Lagny-sur-Marne
UAI 0773863F

Comment puis-je récupérer l'accès ?

Merci,
Amandine Roussel
""", style="alt", mailer="outlook")

m("password_reset", False, "0932377D", "ile-de-france", "esidoc", True, "fr",
  "Reply to the automatic answer: the link went to the ce. mailbox, which nobody reads during the brevet week, and it expired; the standard path already failed, a person must take over.",
  "Julien Perrot <julien.perrot@ac-creteil.fr>",
  "RE: [#SUP-018822] Mot de passe e-sidoc",
  """Bonjour,

Le lien est parti sur la boîte de l'établissement comme vous l'indiquez, mais le secrétariat est entièrement mobilisé par le centre d'épreuves du brevet et personne ne me l'a transmis à temps : il a expiré. C'est la deuxième fois.

Est-ce que quelqu'un peut me rappeler ? Je suis joignable au CDI au 01 48 30 xx xx de 8h à 16h.

Julien Perrot, collège Romain Rolland, Bagnolet

> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de votre
> établissement (c*.0932377D@ac-creteil.fr). Il est valable 12 heures.
>
> Cordialement,
> L'assistance
""", style="qp", mailer="zimbra", reply_ticket="SUP-018822")

m("password_reset", True, "0911270L", "ile-de-france", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-versailles.fr sender; the secretariat asks for the link on that official address.",
  "Secrétariat Collège Jean Moulin <ce.0911270L@ac-versailles.fr>",
  "Demande de lien pour le portail documentaire",
  """Bonjour,

À la demande de Mme Garnier, notre professeure documentaliste, pouvez-vous envoyer sur cette adresse le lien permettant de changer le mot de passe du portail e-sidoc ? Elle ne parvient plus à s'y connecter.

Nous lui transmettrons.

Cordialement,
Le secrétariat
""", style="alt", mailer="zimbra")

m("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Espace Acheteur: shared mailbox, the previous login is unknown; no UAI, non-academic sender.",
  "Service financier Mairie de Chelles <finances.ecoles@chelles-ville.fr>",
  "Identifiant Espace Acheteur inconnu",
  """Bonjour,

Nous sommes plusieurs à utiliser la même adresse de service pour les achats des écoles. Notre collègue qui gérait le compte a changé de poste et personne ne connaît l'identifiant ni le mot de passe de l'Espace Acheteur.

Comment pouvons-nous récupérer l'accès ? Nous devons passer les commandes de fournitures pour la rentrée.

Merci,
Le service financier
""", style="qp", mailer="outlook")

m("password_reset", True, "0942377Y", "ile-de-france", "esidoc", True, "fr",
  "Written by the principal adjoint (deputy), not the head: an ordinary lost-password request.",
  "François Lemaire <francois.lemaire@ac-creteil.fr>",
  "Accès e-sidoc",
  """Bonjour,

Principal adjoint du collège Paul Bert à Ivry (0942377Y), je cherche à accéder au portail e-sidoc pour publier les listes de lectures d'été pendant l'absence de notre documentaliste. Le mot de passe qui figure dans nos documents ne fonctionne plus.

Pourriez-vous nous envoyer un lien de réinitialisation ?

Bien cordialement,
F. Lemaire
""", style="alt", mailer="zimbra")

m("password_reset", True, "0783228K", "ile-de-france", "esidoc", False, "fr",
  "HTML-only Outlook: password expired and the old one forgotten.",
  "Sophie Carvalho <sophie.carvalho@ac-versailles.fr>",
  "Mot de passe expiré",
  """Bonjour,

Le portail me demande de changer mon mot de passe arrivé à expiration, mais je ne me souviens plus de l'ancien, donc je suis bloquée.

Lycée Jules Ferry, Versailles - 0783228K

Merci de votre aide,
Sophie Carvalho
Professeure documentaliste
""", style="html", mailer="outlook")

m("password_reset", True, "0951275V", "ile-de-france", "esidoc", False, "fr",
  "Phone mail (base64): login and password both lost, RNE given.",
  "Karim Haddou <karim.haddou@ac-versailles.fr>",
  "Identifiants",
  """Bjr, j'ai perdu identifiant et mdp pour esidoc. RNE 0951275V. Merci de m'envoyer la procédure.

Envoyé de mon smartphone
""", style="b64", mailer="android")

m("password_reset", False, "0922529Z", "ile-de-france", "esidoc", True, "fr",
  "Refuses links and wants the password given by a person over the phone: not something the automatic answer may do.",
  "Gérard Pujol <gerard.pujol@ac-versailles.fr>",
  "Appelez-moi svp - mot de passe",
  """Bonjour,

Je n'arrive plus à entrer sur e-sidoc (collège Henri Wallon, Malakoff, 0922529Z). Je ne veux pas d'un énième lien qui arrive dans une boîte que je ne consulte pas : merci de me téléphoner au 06 12 xx xx xx et de me donner directement le mot de passe, je le noterai.

G. Pujol
""", style="plain", mailer="thunderbird")

m("password_reset", True, None, "ile-de-france", "esidoc", False, "en",
  "English, no UAI; region from the ac-creteil.fr address.",
  "Emily Carter <emily.carter@ac-creteil.fr>",
  "Can't log in to e-sidoc",
  """Hi,

I teach English and I'm covering the school library until the end of June. I can't log in to the e-sidoc admin page: the password I was given doesn't work. Can you help me reset it?

Thanks,
Emily
""", style="plain", mailer="gmail")

m("password_reset", True, "0751358U", "ile-de-france", "esidoc", False, "fr",
  "Outlook 'TR:' forward of the reset mail whose link is reported invalid; asks for a new one.",
  "Odile Meunier <odile.meunier@ac-paris.fr>",
  "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Je vous transfère le message reçu : quand je clique sur le lien, on me dit qu'il est invalide. Pouvez-vous m'en renvoyer un qui fonctionne ?

Merci,
Odile Meunier - CDI lycée Voltaire, Paris 11e

-----Message d'origine-----
De : ne-pas-repondre@assistance.example.fr
Envoyé : mardi 10 juin 2025 07:12
À : ce.0751358U@ac-paris.fr
Objet : Réinitialisation de votre mot de passe

Bonjour,
Cliquez sur le lien ci-dessous pour définir un nouveau mot de passe pour le compte 0751358U.
Ce lien est valable 12 heures.
""", style="qp", mailer="outlook")

m("password_reset", True, "0692149L", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Outside the theme region: librarian in Lyon who forgot the password; UAI in body.",
  "Bérénice Morel <berenice.morel@ac-lyon.fr>",
  "oubli du mot de passe",
  """Bonjour,

J'ai oublié le mot de passe du compte administrateur e-sidoc du collège Jean Mermoz (0692149L). Merci de m'indiquer la marche à suivre.

Bonne journée,
Bérénice Morel
""", style="plain", mailer="zimbra")

m("password_reset", True, "0931119L", "ile-de-france", "esidoc", True, "fr",
  "The UAI is only in the signature, in lower case (0931119l); label is the upper-case code.",
  "Fatou Diallo <fatou.diallo@ac-creteil.fr>",
  "Je ne retrouve pas mon identifiant",
  """Bonjour,

Je ne sais plus quel est l'identifiant pour entrer dans l'administration du portail, ni le mot de passe. Pouvez-vous m'aider ?

Merci

--
Fatou Diallo
Professeure documentaliste
Collège Gustave Courbet - Pierrefitte-sur-Seine
rne : 0931119l
""", style="alt", mailer="zimbra")

m("password_reset", False, "0933535M", "ile-de-france", "esidoc", True, "fr",
  "A departing librarian wants the password reset AND the contact address changed to her successor's: the address change needs the head's written request, so no automatic answer.",
  "Laurence Vidal <laurence.vidal@ac-creteil.fr>",
  "Départ en mutation - accès e-sidoc pour mon successeur",
  """Bonjour,

Je quitte le collège Louise Michel de Clichy-sous-Bois (0933535M) le 4 juillet, mutée dans l'académie de Bordeaux.

Pour que mon successeur puisse travailler dès la rentrée, pourriez-vous réinitialiser le mot de passe d'administration e-sidoc et remplacer l'adresse de contact (la mienne) par celle de M. Adrien Costa, adrien.costa@ac-creteil.fr ?

Merci pour tout,
Laurence Vidal
""", style="qp", mailer="zimbra")

m("password_reset", True, "0442061B", "pays-de-la-loire", "esidoc", False, "fr",
  "Outside the theme region: short lost-password message from a Nantes collège, UAI in the subject only.",
  "Gaëlle Le Floch <gaelle.lefloch@ac-nantes.fr>",
  "0442061B mot de passe",
  """Bonjour, mot de passe e-sidoc oublié, merci de m'envoyer un lien. Gaëlle
""", style="plain", mailer="android")
# ---------------------------------------------------------- missing_noreply_mail
m("missing_noreply_mail", True, "0773829U", "ile-de-france", "espace_acheteur", False, "fr",
  "New gestionnaire recruited in June never got the Espace Acheteur activation mail; no anti-spam named.",
  "Céline Garcia <celine.garcia@ac-creteil.fr>",
  "Pas de mail d'activation",
  """Bonjour,

Je viens de prendre le poste de gestionnaire au collège Jacques Prévert de Meaux (0773829U). Je me suis inscrite sur l'Espace Acheteur lundi, mais je n'ai jamais reçu le mail d'activation. J'ai regardé dans les courriers indésirables, rien.

Pouvez-vous le renvoyer ?

Cordialement,
Céline Garcia
""", style="alt", mailer="zimbra")

m("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
  "New-password mail never arrives; no UAI; region from the ac-versailles.fr sender.",
  "Thierry Blanchard <thierry.blanchard@ac-versailles.fr>",
  "mail nouveau mot de passe jamais reçu",
  """Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur l'Espace Acheteur, le site affiche bien qu'un mail m'a été envoyé, mais je ne reçois rien. Ni dans la boîte de réception, ni dans les spams.

Merci de regarder,
T. Blanchard
""", style="qp", mailer="thunderbird")

m("missing_noreply_mail", True, "0912776Y", "ile-de-france", "espace_acheteur", False, "fr",
  "Order-validation notifications from the no-reply address stopped arriving during the end-of-year orders.",
  "Agnès Pottier <agnes.pottier@ac-versailles.fr>",
  "Notifications de validation de commande",
  """Bonjour,

Depuis une quinzaine de jours, je ne reçois plus les mails automatiques qui confirment la validation de nos commandes sur l'Espace Acheteur. Les commandes sont bien passées (je les vois dans l'historique) mais aucun message n'arrive.

C'est gênant en cette période où l'on boucle tout avant la fin de l'exercice.

Lycée Parc des Loges, Évry-Courcouronnes - 0912776Y

Agnès Pottier, secrétaire d'intendance
""", style="alt", mailer="outlook")

m("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a password) never arrived.",
  "Romain Lefèvre <romain.lefevre@lycee-saint-jean-sannois.fr>",
  "Inscription portail d'assistance",
  """Bonjour,

Je me suis inscrit sur votre portail de tickets pour suivre nos demandes, mais le mail de confirmation qui doit permettre de choisir un mot de passe n'est jamais arrivé.

Cordialement,
Romain Lefèvre
Responsable informatique
""", style="plain", mailer="outlook")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; activation email for the buyer space never arrived, checked spam.",
  "Daniel Okafor <daniel.okafor@ecole-bilingue-paris.org>",
  "Activation email not received",
  """Hello,

I registered on the Espace Acheteur on Thursday to order furniture for September, but the activation email never came. I've checked my spam folder.

Could you resend it?

Best regards,
Daniel Okafor
Operations manager
""", style="alt", mailer="gmail")

m("missing_noreply_mail", True, "0923551K", "ile-de-france", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
  "Olivier Ramos <olivier.ramos@ac-versailles.fr>",
  "Mails de la plateforme non reçus",
  """Bonjour,

Aucun des mails automatiques de la plateforme (inscription, mot de passe) n'arrive sur nos boîtes. Précision : nous n'avons PAS MailInBlack, notre messagerie est celle de l'académie sans filtre supplémentaire.

Lycée Jacques Prévert, Boulogne-Billancourt, 0923551K

Olivier Ramos, gestionnaire
""", style="qp", mailer="zimbra")

m("missing_noreply_mail", False, "0951565K", "ile-de-france", "espace_acheteur", False, "fr",
  "Reply after the junk-folder answer: still nothing after three days, asks to be passed to the region; the template was already sent.",
  "Hervé Mallet <herve.mallet@ac-versailles.fr>",
  "Re: [#SUP-019104] Mail d'activation non reçu",
  """Bonjour,

J'ai suivi vos consignes (dossier indésirables, expéditeur ajouté aux contacts) et toujours rien trois jours après. Pouvez-vous transmettre à l'équipe régionale ? Je dois engager la commande de mobilier avant le 27 juin.

Hervé Mallet
Collège Les Hauts de Plaisance, Saint-Ouen-l'Aumône (0951565K)

Le 16/06/2025 à 09:41, Assistance a écrit :
> Bonjour,
> Le message d'activation a pu être classé comme indésirable. Vérifiez le
> dossier courrier indésirable et autorisez l'expéditeur ne-pas-repondre@.
> Sans nouvelles de votre part, nous reviendrons vers vous sous 48 h.
""", style="qp", mailer="thunderbird", reply_ticket="SUP-019104")

m("missing_noreply_mail", True, "0932861E", "ile-de-france", "espace_acheteur", False, "fr",
  "The structure administrator never receives the 'account to validate' notifications.",
  "Nadia Benali <nadia.benali@ac-creteil.fr>",
  "Je ne reçois pas les demandes de validation",
  """Bonjour,

Je suis administratrice de structure pour le collège Jean Vilar à La Courneuve (0932861E). Deux nouveaux collègues m'ont dit s'être inscrits mais je n'ai reçu aucun mail me demandant de valider leurs comptes.

D'où cela peut-il venir ?

Nadia Benali
""", style="alt", mailer="zimbra")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Very short phone message: confirmation mail not received.",
  "jm.tessier@orange.fr",
  "confirmation",
  """Toujours pas reçu le mail de confirmation pour l'espace acheteur depuis vendredi.
JM Tessier
""", style="plain", mailer="iphone")

m("missing_noreply_mail", True, "0941317W", "ile-de-france", "esidoc", False, "fr",
  "e-sidoc new-password mail from the no-reply address never arrives; password tool itself works.",
  "Paul Texier <paul.texier@ac-creteil.fr>",
  "Mail de changement de mot de passe introuvable",
  """Bonjour,

J'ai fait la demande de nouveau mot de passe depuis la page de connexion d'e-sidoc (collège Albert Camus, Le Plessis-Trévise, 0941317W). La page confirme l'envoi mais le mail n'arrive jamais, même après une heure. Rien dans les spams.

Cordialement,
Paul Texier
""", style="qp", mailer="thunderbird")

m("missing_noreply_mail", True, "0783960F", "ile-de-france", "espace_acheteur", False, "fr",
  "Offer-update alerts no longer received since the platform migration.",
  "Véronique Aubert <veronique.aubert@ac-versailles.fr>",
  "Alertes offres",
  """Bonjour,

Je m'étais abonnée aux alertes sur les offres du marché fournitures, mais je ne reçois plus aucune alerte depuis le changement de plateforme. Pourtant mes abonnements apparaissent toujours dans mon profil.

Lycée Marie Curie, Versailles (0783960F)

Merci,
V. Aubert
""", style="html", mailer="outlook")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "A town's IT service asks which no-reply sender to allow on their mail filter; no product named.",
  "DSI Ville de Rosny <dsi@rosny-ville.fr>",
  "Adresse d'expédition des mails automatiques",
  """Bonjour,

Les agents du service scolaire ne reçoivent aucun des mails automatiques de votre plateforme d'achat (création de compte, nouveau mot de passe). Pouvez-vous nous communiquer l'adresse exacte d'envoi et les serveurs utilisés, afin que nous les ajoutions à notre liste blanche ?

Cordialement,
Direction des systèmes d'information
""", style="plain", mailer="outlook")

m("missing_noreply_mail", True, "0953025X", "ile-de-france", "espace_acheteur", True, "fr",
  "Reads like a password problem, but the reset tool works; it is the new-password mail that never arrives.",
  "Sandrine Poulain <sandrine.poulain@ac-versailles.fr>",
  "Problème de mot de passe ??",
  """Bonjour,

Je pense avoir un problème de mot de passe : je fais « mot de passe oublié », je saisis mon adresse, le site me dit que c'est bon... et ensuite il ne se passe rien, aucun mail. J'ai essayé hier et aujourd'hui.

Collège Gérard Philipe, Cergy - 0953025X

Sandrine Poulain
""", style="alt", mailer="zimbra")

m("missing_noreply_mail", True, "0921678Z", "ile-de-france", "esidoc", False, "fr",
  "ISO-8859-1 Thunderbird: the 12-hour activation mail of the customer account for a first order never came.",
  "Jacques Hamon <jacques.hamon@ac-versailles.fr>",
  "Activation compte client",
  """Bonjour,

J'ai créé notre compte client avant de passer une première commande (réabonnement), mais le mail d'activation (valable 12 h d'après la page) n'est jamais arrivé.

Collège Romain Rolland, Clamart - 0921678Z

Bien à vous,
Jacques Hamon
""", style="latin1", mailer="thunderbird")

m("missing_noreply_mail", False, "0913632D", "ile-de-france", "espace_acheteur", True, "fr",
  "Two topics: no activation mail (first) and a quote for the end-of-year furniture order; no single template fits.",
  "Mélanie Caron <melanie.caron@ac-versailles.fr>",
  "Activation + devis",
  """Bonjour,

Je n'ai pas reçu le mail d'activation après mon inscription sur l'Espace Acheteur (rien dans les spams). Par ailleurs, pourriez-vous m'établir un devis pour 30 chaises et 6 tables du marché mobilier ? J'en ai besoin pour le conseil d'administration du 24 juin.

Lycée Robert Doisneau, Corbeil-Essonnes - 0913632D

Merci,
Mélanie Caron
""", style="qp", mailer="outlook")

m("missing_noreply_mail", True, "0771821L", "ile-de-france", "espace_acheteur", False, "fr",
  "Gestionnaire leaving on holiday soon, waiting for the activation mail; urgent tone but the standard answer fits.",
  "Stéphane Morin <stephane.morin@ac-creteil.fr>",
  "URGENT mail d'activation",
  """Bonjour,

Je pars en congés le 11 juillet et je dois absolument valider notre commande avant. Je me suis inscrit ce matin et le mail d'activation n'est toujours pas là.

Collège Nicolas Fouquet, Mormant, 0771821L.

S. Morin
""", style="plain", mailer="zimbra")

m("missing_noreply_mail", True, "0911035F", "ile-de-france", "esignature", False, "fr",
  "The e-signature invitation for the membership convention never arrived (no-reply notification); no anti-spam named.",
  "Principal adjoint Collège Pablo Neruda <ce.0911035F@ac-versailles.fr>",
  "Convention à signer - pas d'invitation reçue",
  """Bonjour,

On nous a annoncé l'envoi de la convention d'adhésion à signer électroniquement avant la fin de l'année scolaire, mais nous n'avons reçu aucun mail de la plateforme de signature sur cette adresse. Pouvez-vous vérifier et relancer l'envoi ?

Cordialement,
Pour le principal, le principal adjoint
""", style="alt", mailer="zimbra")

# -------------------------------------------------------------- mailinblack_spam
m("mailinblack_spam", True, "0753080R", "ile-de-france", "espace_acheteur", False, "fr",
  "MailInBlack holds the activation mail; asks what to do.",
  "Aurélie Pasquier <aurelie.pasquier@lycee-jacques-decour.fr>",
  "Mail d'activation bloqué par MailInBlack",
  """Bonjour,

Notre lycée (Jacques Decour, Paris 9e, 0753080R) utilise MailInBlack et votre mail d'activation semble être resté bloqué : je vois dans mon rapport une ligne « ne-pas-repondre » en attente.

Que faut-il autoriser exactement ?

Merci,
Aurélie Pasquier
""", style="alt", mailer="outlook")

m("mailinblack_spam", True, "0923451B", "ile-de-france", "espace_acheteur", False, "fr",
  "Lycée IT manager asks which senders to allow-list in MailInBlack.",
  "Informatique Lycée Santos-Dumont <informatique@lycee-santos-dumont.fr>",
  "Liste blanche MailInBlack",
  """Bonjour,

Nous administrons MailInBlack pour le lycée Santos-Dumont de Saint-Cloud (0923451B). Nos gestionnaires ne reçoivent pas les messages de votre plateforme. Pouvez-vous nous indiquer les adresses et domaines expéditeurs à mettre en liste blanche ?

Cordialement,
Le référent numérique
""", style="plain", mailer="thunderbird")

m("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Product written 'mail in black' without capitals, typos, no accents.",
  "Lucie Barbier <lucie.barbier@laposte.net>",
  "mail bloqué",
  """bonjour
le mail pour activer mon compte espace acheteur a ete bloquer par mail in black d apres notre secretaire, comment faire pour le recevoir
merci
lucie barbier
""", style="plain", mailer="webmail")

m("mailinblack_spam", True, "0931041B", "ile-de-france", "espace_acheteur", False, "en",
  "English; MailinBlack quarantine holds the password mails.",
  "Samuel Adjei <samuel.adjei@ac-creteil.fr>",
  "Emails stuck in Mailinblack quarantine",
  """Hello,

Our school (0931041B) switched to Mailinblack this spring and since then the password emails from your platform end up in quarantine. I can see them but can't release them myself.

What do you recommend?

Samuel Adjei, IT assistant
""", style="alt", mailer="outlook")

m("mailinblack_spam", False, "0781687K", "ile-de-france", "espace_acheteur", True, "fr",
  "Describes a sender-authentication challenge ('prove you are not a robot') without naming MailInBlack: the product must be confirmed before sending the guide.",
  "Benoît Charpentier <benoit.charpentier@ac-versailles.fr>",
  "Vos mails déclenchent une vérification",
  """Bonjour,

Quand votre plateforme nous écrit, c'est votre expéditeur qui reçoit une demande de « prouver qu'il n'est pas un robot » avant que le message ne nous soit remis, d'après notre prestataire. Forcément, un robot ne clique pas, et nous ne recevons rien.

Collège Le Racinay, Chevreuse - 0781687K

Comment peut-on régler ça ?
B. Charpentier
""", style="qp", mailer="zimbra")

m("mailinblack_spam", False, "0942860Y", "ile-de-france", "esidoc", True, "fr",
  "Two topics: MailInBlack holds the platform's mails (main) and a new subscription not visible on the portal.",
  "Coralie Lambert <coralie.lambert@ac-creteil.fr>",
  "Mailinblack + abonnement invisible",
  """Bonjour,

Deux choses :
- MailInBlack bloque vos messages (notifications de commande), pouvez-vous nous dire quoi autoriser ?
- l'abonnement Europresse commandé il y a deux jours n'apparaît toujours pas sur notre portail.

Lycée Langevin-Wallon, Champigny-sur-Marne (0942860Y)

Coralie Lambert, documentaliste
""", style="alt", mailer="zimbra")

m("mailinblack_spam", True, "0943324C", "ile-de-france", "espace_acheteur", False, "fr",
  "A person forwards the daily MailInBlack quarantine report with a real question above it.",
  "Didier Renaud <didier.renaud@ac-creteil.fr>",
  "TR: Rapport de quarantaine quotidien",
  """Bonjour,

Voici le rapport que je reçois chaque matin : vos messages y figurent. Dois-je les libérer un par un ou existe-t-il une manipulation définitive ?

Didier Renaud, gestionnaire, collège Jules Ferry, Villeneuve-Saint-Georges (0943324C)

-------- Message transféré --------
De : MailInBlack <rapport@mailinblack.example.com>
Objet : Rapport de quarantaine quotidien

Vous avez 4 message(s) en attente :
ne-pas-repondre@assistance.example.fr   Votre commande n°2025-0612 est validée
ne-pas-repondre@assistance.example.fr   Rappel : panier en attente
notifications@espace-acheteur.example.fr   Nouvelle offre disponible
ne-pas-repondre@assistance.example.fr   Votre commande n°2025-0618 est validée
""", style="qp", mailer="thunderbird")

m("mailinblack_spam", True, "0933016Y", "ile-de-france", "espace_acheteur", False, "fr",
  "HTML-only Outlook: the département rolled out Mailinblack on its collèges' mailboxes.",
  "Marc Ledoux <marc.ledoux@college-travail-bagnolet.fr>",
  "Mailinblack installé par le département",
  """Bonjour,

Le Département a déployé Mailinblack sur les messageries des collèges au mois de mai. Depuis, nous ne recevons plus les mails de votre plateforme. Avez-vous une procédure à nous transmettre ?

Collège Travail-Langevin, Bagnolet - 0933016Y

Marc Ledoux, gestionnaire
""", style="html", mailer="outlook")

m("mailinblack_spam", True, "0781208P", "ile-de-france", "espace_acheteur", False, "fr",
  "Reply to the junk-folder answer: the IT department says MailInBlack blocks the mails; the MailInBlack guide is now right.",
  "Julie Fontaine <julie.fontaine@ac-versailles.fr>",
  "RE: [#SUP-018950] Mails non reçus",
  """Bonjour,

Rien dans les indésirables. Notre service informatique me dit que c'est MailInBlack qui retient vos messages. Que devons-nous autoriser ?

Julie Fontaine
Lycée Jean Rostand, Mantes-la-Jolie (0781208P)

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 12 juin 2025 10:03
Objet : [#SUP-018950] Mails non reçus

Bonjour,
Vérifiez votre dossier courrier indésirable et autorisez l'expéditeur.
""", style="qp", mailer="outlook", reply_ticket="SUP-018950")

m("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in the MailInBlack notice but the following mails are still held.",
  "Yasmine Cherif <yasmine.cherif@lycee-prive-sainte-marie-antony.fr>",
  "J'ai cliqué sur Autoriser mais...",
  """Bonjour,

Dans le mail de MailInBlack j'ai cliqué sur « Autoriser l'expéditeur » pour votre adresse, mais les messages suivants de l'Espace Acheteur sont encore bloqués. Y a-t-il autre chose à faire ?

Yasmine Cherif, service économat
""", style="alt", mailer="gmail")

m("mailinblack_spam", False, "0912083V", "ile-de-france", "espace_acheteur", True, "fr",
  "The MailInBlack guide was already followed and it still fails; explicitly asks for a person: no automatic answer.",
  "Éric Vasseur <eric.vasseur@ac-versailles.fr>",
  "Re: [#SUP-018701] Mailinblack",
  """Bonjour,

Nous avons appliqué votre guide MailInBlack point par point (adresse et domaine ajoutés en liste blanche) la semaine dernière : les mails sont toujours mis en quarantaine. Merci de ne pas me renvoyer le même guide et de transmettre à quelqu'un qui puisse voir avec notre DSI.

Éric Vasseur
Collège Le Village, Évry (0912083V)
""", style="plain", mailer="thunderbird", reply_ticket="SUP-018701")

m("mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by MailInBlack, asks for the guide. No platform named.",
  "Sylvie Robin <sylvie.robin@free.fr>",
  "Mailinblack",
  """Vos messages sont bloqués par mailinblack chez nous, pouvez-vous m'envoyer la marche à suivre. Merci
""", style="b64", mailer="iphone")

m("mailinblack_spam", True, "0952610W", "ile-de-france", "ticket_portal", False, "fr",
  "The new IT technician's ticket-portal confirmation is held by MailInBlack.",
  "Kevin Marchand <kevin.marchand@lycee-galilee-cergy.fr>",
  "Confirmation portail tickets retenue par MailInBlack",
  """Bonjour,

Je remplace notre technicien parti fin mai. En m'inscrivant sur le portail de tickets, le mail de confirmation est resté dans la quarantaine MailInBlack et le lien ne marche plus quand je le libère. Quelle adresse dois-je autoriser pour la suite ?

Lycée Galilée, Cergy - 0952610W
Kevin Marchand
""", style="alt", mailer="thunderbird")
# ------------------------------------------------- head_of_establishment_request
m("head_of_establishment_request", False, "0752174F", "ile-de-france", "esidoc", False, "fr",
  "The principal, from the ce.<UAI> address, asks to replace the e-sidoc admin contact address because the librarian leaves at the end of June.",
  "Principal Collège Camille Sée <ce.0752174F@ac-paris.fr>",
  "Changement d'adresse de contact - compte administrateur e-sidoc",
  """Madame, Monsieur,

Notre professeure documentaliste, Mme Rivière, quitte l'établissement au 30 juin. Je vous demande de remplacer dès à présent l'adresse de contact du compte administrateur e-sidoc du collège Camille Sée (UAI 0752174F) par l'adresse de l'établissement, ce.0752174F@ac-paris.fr, en attendant la nomination de son successeur.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Jean-Michel Ardouin
Principal
""", style="alt", mailer="zimbra")

m("head_of_establishment_request", False, "0921377X", "ile-de-france", "espace_acheteur", False, "fr",
  "The proviseur designates a new Espace Acheteur structure administrator (the gestionnaire leaves on mutation) and asks to close the former access.",
  "Proviseure Lycée Jean Monnet <ce.0921377X@ac-versailles.fr>",
  "Désignation d'un nouvel administrateur de structure",
  """Bonjour,

M. Fabrice Guillot, gestionnaire et administrateur de structure de notre lycée sur l'Espace Acheteur, obtient sa mutation au 1er septembre. Je désigne Mme Carole Benoît (carole.benoit@ac-versailles.fr), adjointe gestionnaire, comme nouvelle administratrice, et vous demande de fermer l'accès de M. Guillot au 31 août.

Lycée Jean Monnet, Montrouge - UAI 0921377X

Martine Lagarde, proviseure
""", style="qp", mailer="zimbra")

m("head_of_establishment_request", False, "0751069E", "ile-de-france", "esidoc", False, "fr",
  "An elementary-school head (directrice d'école) asks for the admin password reset, link to the school's address.",
  "Direction École élémentaire Olivier Métra <ce.0751069E@ac-paris.fr>",
  "Réinitialisation du mot de passe BCD",
  """Bonjour,

Je suis la directrice de l'école élémentaire Olivier Métra (Paris 20e, 0751069E). L'enseignante qui gérait le portail de notre BCD a quitté l'école et personne ne connaît le mot de passe administrateur.

Je vous demande de bien vouloir le réinitialiser et d'envoyer le lien sur l'adresse de l'école.

Merci,
Delphine Ouaki
Directrice
""", style="plain", mailer="zimbra")

m("head_of_establishment_request", False, "0771909G", "ile-de-france", "esidoc", False, "fr",
  "The principal authorises the librarian's year-end renewal order and attaches the signed purchase order.",
  "Alain Cordier <ce.0771909G@ac-creteil.fr>",
  "Autorisation de commande - réabonnement",
  """Madame, Monsieur,

J'autorise Mme Sarah Lopes, professeure documentaliste, à valider la commande de réabonnement de nos ressources numériques pour l'année 2025-2026. Vous trouverez ci-joint le bon de commande signé.

Collège La Pyramide, Lieusaint - 0771909G

Alain Cordier
Principal
""", style="qp", mailer="outlook",
  attach=("bon_de_commande_signe.pdf", "application/pdf"))

m("head_of_establishment_request", False, "0943196N", "ile-de-france", "esidoc", True, "fr",
  "The librarian relays the head's signed letter (PDF) with the head in copy: it is the head's written request, to be checked by staff.",
  "Anne Pelletier <anne.pelletier@ac-creteil.fr>",
  "Courrier de M. le Proviseur - accès e-sidoc",
  """Bonjour,

Comme demandé par votre service, je vous transmets le courrier signé de M. le Proviseur (en copie de ce message) autorisant la réinitialisation du compte administrateur e-sidoc du lycée Louise Michel de Champigny (0943196N) et l'envoi du lien sur mon adresse.

Bien cordialement,
Anne Pelletier
Professeure documentaliste
""", style="alt", mailer="zimbra", cc="Proviseur <ce.0943196N@ac-creteil.fr>",
  attach=("courrier_proviseur_juin2025.pdf", "application/pdf"))

m("head_of_establishment_request", False, "0931694L", "ile-de-france", None, True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is free-mail; asks to move both admin accounts to it: probable spoof, staff should refuse. Two products, so no single platform.",
  "Proviseur <ce.0931694L@ac-creteil.fr>",
  "Urgent - changement adresse administrateur",
  """Bonjour,

En tant que proviseur du lycée Eugène Delacroix de Drancy (0931694L), je vous demande de remplacer immédiatement l'adresse de contact de nos comptes administrateur e-sidoc et Espace Acheteur par direction.delacroix93@gmail.com, nos boîtes académiques étant en maintenance jusqu'à fin juin.

Merci de traiter cette demande en priorité.

Le proviseur
""", style="plain", mailer="none", auth="fail",
  reply_to="direction.delacroix93@gmail.com")

m("head_of_establishment_request", False, "0783976Y", "ile-de-france", "espace_acheteur", False, "en",
  "English; the head of an international school names a new structure administrator from September.",
  "Margaret Hughes <ce.0783976Y@ac-versailles.fr>",
  "New structure administrator from September",
  """Dear support team,

As head of the Lycée International de Buc (school code 0783976Y), I'm writing to let you know that our bursar, Mr Philippe Dumas, retires at the end of June. From 1 September our new structure administrator on the Espace Acheteur will be Ms Inès Garnier (ines.garnier@ac-versailles.fr). Please close Mr Dumas's access on 30 June.

Kind regards,
Margaret Hughes
Head of School
""", style="alt", mailer="outlook")

m("head_of_establishment_request", False, "0912784G", "ile-de-france", "esidoc", False, "fr",
  "Reply (Zimbra quote) in which the proviseur gives the written request the desk had asked for.",
  "Proviseur Lycée Einstein <ce.0912784G@ac-versailles.fr>",
  "Re: [#SUP-018877] Demande de réinitialisation - accord du chef d'établissement",
  """Bonjour,

Je confirme la demande de notre documentaliste, M. Thomas Leblanc : vous pouvez réinitialiser le mot de passe administrateur e-sidoc du lycée Albert Einstein de Sainte-Geneviève-des-Bois (0912784G) et envoyer le lien sur l'adresse de l'établissement.

Le proviseur,
Bruno Salvi

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Thomas Leblanc" <thomas.leblanc@ac-versailles.fr>
Envoyé: Mercredi 11 Juin 2025 15:20:12
Objet: [#SUP-018877] Demande de réinitialisation

Bonjour,
Pour réinitialiser le compte, nous avons besoin d'une demande écrite du chef d'établissement.
""", style="qp", mailer="zimbra", reply_ticket="SUP-018877")

m("head_of_establishment_request", False, "0951582D", "ile-de-france", "espace_acheteur", False, "fr",
  "The principal asks to close the access of the gestionnaire who retires on 30 June.",
  "Christine Fabre <ce.0951582D@ac-versailles.fr>",
  "Fermeture d'accès - départ à la retraite",
  """Bonjour,

Mme Josiane Leclerc, gestionnaire du collège Jean-Jacques Rousseau d'Argenteuil (0951582D), part à la retraite le 30 juin. Je vous demande de désactiver son compte sur l'Espace Acheteur à cette date. Son successeur n'est pas encore nommé ; d'ici là, c'est moi qui suis l'interlocutrice.

Christine Fabre
Principale
""", style="qp", mailer="zimbra")

m("head_of_establishment_request", False, None, None, "esidoc", False, "fr",
  "A nursery-school head gives her agreement from a personal address, no UAI: weak evidence for staff to verify.",
  "Martine Gosselin <martine.gosselin56@wanadoo.fr>",
  "Accord pour le changement d'adresse",
  """Bonjour,

Je suis directrice de l'école maternelle des Tilleuls à Noisy-le-Sec. Je donne mon accord pour que l'adresse du compte du portail de la bibliothèque de l'école soit remplacée par celle de Mme Perrier, qui reprend la BCD à la rentrée.

Je vous écris de mon adresse personnelle car je n'ai pas accès à la boîte de l'école depuis chez moi.

Martine Gosselin
""", style="plain", mailer="webmail")

m("head_of_establishment_request", False, "0941789J", "ile-de-france", "espace_acheteur", False, "fr",
  "Written delegation for the summer: the proviseure names who may validate orders in July and August.",
  "Proviseure Lycée Marcelin Berthelot <ce.0941789J@ac-creteil.fr>",
  "Délégation de validation des commandes - été 2025",
  """Madame, Monsieur,

Pendant la période estivale (du 14 juillet au 22 août), je délègue la validation des commandes de l'établissement sur l'Espace Acheteur à M. Rachid Aït-Ali, adjoint gestionnaire (rachid.ait-ali@ac-creteil.fr).

Lycée Marcelin Berthelot, Saint-Maur-des-Fossés - UAI 0941789J

Je vous remercie de prendre en compte cette délégation.

Sylvie Mercier
Proviseure
""", style="alt", mailer="zimbra")

m("head_of_establishment_request", False, "0932154L", "ile-de-france", "esidoc", True, "fr",
  "An acting principal (faisant fonction, the head leaves in June) asks for the e-sidoc admin password reset: still the head's written request.",
  "Principal par intérim <ce.0932154L@ac-creteil.fr>",
  "Demande de réinitialisation - compte administrateur",
  """Bonjour,

J'assure l'intérim de la direction du collège Henri Barbusse de Saint-Denis (0932154L) depuis le départ de M. Roux le 2 juin. Je vous demande de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'envoyer le lien sur l'adresse de l'établissement, notre documentaliste n'y ayant plus accès.

Cordialement,
Hakim Saadi
Principal adjoint, faisant fonction de principal
""", style="qp", mailer="zimbra")

m("head_of_establishment_request", False, "0951275V", "ile-de-france", None, True, "fr",
  "The proviseur asks to switch both the e-sidoc and Espace Acheteur admin contacts to the successor: two products, so no single platform.",
  "Proviseur Lycée Romain Rolland <ce.0951275V@ac-versailles.fr>",
  "Changement de référents - e-sidoc et Espace Acheteur",
  """Madame, Monsieur,

Suite aux départs de fin d'année, je vous demande :
- de remplacer l'adresse de contact du compte administrateur e-sidoc par celle de M. Kader Mansouri (kader.mansouri@ac-versailles.fr) ;
- de désigner Mme Lise Hubert (lise.hubert@ac-versailles.fr) comme administratrice de structure sur l'Espace Acheteur.

Lycée Romain Rolland, Goussainville - 0951275V

Le proviseur,
Denis Garreau
""", style="html", mailer="outlook")

# ------------------------------------------------------------------- order_billing
m("order_billing", False, "0772809K", "ile-de-france", "esidoc", False, "fr",
  "Asks for a formal quote for the renewal, needed before the budget closes.",
  "Marie-Pierre Dupuis <marie-pierre.dupuis@ac-creteil.fr>",
  "Demande de devis réabonnement 2025-2026",
  """Bonjour,

Pourriez-vous nous adresser un devis pour le réabonnement de nos ressources (même périmètre que cette année) ? Notre gestionnaire doit établir le bon d'engagement avant la clôture de l'exercice, fixée au 27 juin.

Collège Pierre Mendès-France, Pontault-Combault - 0772809K

Merci,
Marie-Pierre Dupuis
""", style="alt", mailer="zimbra")

m("order_billing", False, "0913035E", "ile-de-france", "esidoc", False, "fr",
  "The bon d'engagement upload fails at order validation ('format non accepté').",
  "Laure Giraud <laure.giraud@ac-versailles.fr>",
  "Impossible de joindre le bon d'engagement",
  """Bonjour,

Au moment de valider la commande, le dépôt de notre bon d'engagement échoue avec le message « format non accepté ». Le fichier est un PDF généré par Op@le. Je vous le joins.

Nous devons engager avant le 25 juin, merci de votre aide.

Laure Giraud, gestionnaire
Collège Galilée, Limours (0913035E)
""", style="qp", mailer="outlook",
  attach=("BE_2025_0147.pdf", "application/pdf"))

m("order_billing", False, "0752599T", "ile-de-france", "espace_acheteur", False, "fr",
  "Order validated in April, invoice still not on Chorus Pro while the agence comptable closes its accounts.",
  "Agence comptable Lycée Turgot <agence.comptable@lycee-turgot.fr>",
  "Facture absente de Chorus Pro",
  """Bonjour,

La commande n° 2025-0419 (fournitures de bureau) a été livrée fin avril, mais nous ne trouvons toujours pas la facture sur Chorus Pro. Nous clôturons les comptes de l'exercice et ne pouvons pas laisser cette dépense en suspens.

Lycée Turgot, Paris 3e - 0752599T

Merci de déposer la facture rapidement.
L'agence comptable
""", style="plain", mailer="outlook")

m("order_billing", False, "0931005M", "ile-de-france", "espace_acheteur", False, "fr",
  "The saved basket disappeared after the exam period (baskets are kept 15 days).",
  "Thomas Girard <thomas.girard@ac-creteil.fr>",
  "Mon panier a disparu",
  """Bonjour,

J'avais préparé un panier assez long (mobilier et rideaux occultants pour les salles d'examen) il y a trois semaines, en attendant l'accord du CA. Aujourd'hui il a disparu. Pouvez-vous le restaurer ?

Collège Pablo Picasso, Montfermeil - 0931005M

Thomas Girard
""", style="alt", mailer="thunderbird")

m("order_billing", False, "0923218Y", "ile-de-france", "espace_acheteur", False, "fr",
  "HTML-only Outlook (windows-1252, euro sign): the invoice amount differs from the quote.",
  "Sandrine Vial <sandrine.vial@ac-versailles.fr>",
  "Écart entre devis et facture",
  """Bonjour,

La facture reçue pour la commande de vidéoprojecteurs s'élève à 4 812,60 € TTC alors que le devis accepté était de 4 518,00 € TTC. Pouvez-vous nous expliquer cet écart ou nous adresser une facture rectificative ?

Lycée Newton, Clichy - 0923218Y

Sandrine Vial
Gestionnaire
""", style="html1252", mailer="outlook")

m("order_billing", False, None, None, "esidoc", False, "fr",
  "Private school asks to pay by bank transfer and for bank details (RIB); no UAI.",
  "Comptabilité Institution Notre-Dame <compta@notredame-saint-maur.fr>",
  "Paiement par virement",
  """Bonjour,

Pour régler votre facture F-2025-3391 avant notre clôture comptable du 30 juin, pouvons-nous payer par virement ? Si oui, merci de nous transmettre votre RIB.

Cordialement,
Service comptabilité
""", style="latin1", mailer="outlook")

m("order_billing", False, "0782845U", "ile-de-france", "esidoc", False, "en",
  "English Outlook reply: the invoice must be addressed to the accounting office, not the library.",
  "Oliver Grant <oliver.grant@ac-versailles.fr>",
  "RE: Your invoice",
  """Hello,

Thanks for the invoice. Unfortunately it is addressed to the library and our accounting office can only process invoices made out to the school itself (Lycée Jeanne d'Albret, Saint-Germain-en-Laye, 0782845U, Service intendance). Could you reissue it?

Best,
Oliver Grant

From: Assistance <support@assistance.example.fr>
Sent: Monday, June 16, 2025 9:12 AM
To: Oliver Grant <oliver.grant@ac-versailles.fr>
Subject: Your invoice

Please find attached the invoice for your order.
""", style="qp", mailer="outlook")

m("order_billing", False, "0953100D", "ile-de-france", "espace_acheteur", True, "fr",
  "Two topics: the wrong quantity on an invoice (main) and a convention missing from 'Mes Marchés' (contract_documents).",
  "Bruno Lacroix <bruno.lacroix@ac-versailles.fr>",
  "Facture erronée et convention introuvable",
  """Bonjour,

- La facture de la commande de tables de réfectoire mentionne 24 tables alors que nous en avons reçu 20. Merci de la corriger.
- Je ne vois plus la convention d'adhésion dans « Mes Marchés ».

Collège Jean Lurçat, Sarcelles - 0953100D

B. Lacroix
""", style="qp", mailer="outlook")

m("order_billing", False, "0941304G", "ile-de-france", "espace_acheteur", False, "fr",
  "Order for the exam centre (paper and tables): asks to change the delivery address before the bac.",
  "Valérie Simon <valerie.simon@ac-creteil.fr>",
  "Modification adresse de livraison - commande centre d'examen",
  """Bonjour,

Notre commande n° 2025-0587 (ramettes et tables pliantes pour le centre d'examen du bac) doit être livrée au gymnase et non à l'intendance : 12 rue des Écoles, entrée B. Pouvez-vous modifier l'adresse de livraison ? Les épreuves commencent le 16 juin.

Lycée Darius Milhaud, Le Kremlin-Bicêtre (0941304G)

Valérie Simon, intendance
""", style="alt", mailer="zimbra")

m("order_billing", False, "0932790C", "ile-de-france", "esidoc", False, "fr",
  "Invoice received twice; asks to cancel the duplicate.",
  "Rémi Fabre <int.0932790C@ac-creteil.fr>",
  "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la même facture (n° F-2025-2740, même montant, dates différentes) pour le réabonnement du portail. Merci d'annuler le doublon pour que l'agent comptable puisse payer la bonne.

Collège Jean Moulin, Aubervilliers - 0932790C

Rémi Fabre
""", style="plain", mailer="zimbra")

m("order_billing", False, "0773950A", "ile-de-france", "espace_acheteur", False, "fr",
  "Asks whether an order can be placed now but invoiced in September, on the next budget.",
  "Emmanuel Roche <emmanuel.roche@ac-creteil.fr>",
  "Commande maintenant, facturation en septembre ?",
  """Bonjour,

Nos crédits 2025 sont presque épuisés mais nous aimerions commander dès maintenant le mobilier du futur CDI pour qu'il soit livré pendant l'été. Est-il possible de passer la commande en juin avec une facturation en septembre, sur le budget suivant ?

Lycée Thibaut de Champagne, Provins - 0773950A

E. Roche, gestionnaire
""", style="qp", mailer="outlook")

m("order_billing", False, "0751504C", "ile-de-france", "espace_acheteur", True, "fr",
  "Written by the proviseur, but he only asks about an unpaid invoice status: order_billing, not a head request.",
  "Proviseur Lycée Hélène Boucher <ce.0751504C@ac-paris.fr>",
  "Relance impayé",
  """Bonjour,

Nous avons reçu une relance pour la facture F-2025-1988, alors que notre agent comptable m'assure l'avoir réglée le 23 mai par virement. Pouvez-vous vérifier de votre côté et annuler la relance ?

Lycée Hélène Boucher, Paris 20e - 0751504C

Le proviseur
""", style="alt", mailer="zimbra")

# ---------------------------------------------------------------- account_creation
m("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "A gestionnaire arriving on 1 July asks how to create an Espace Acheteur account: the sign-up answer fits.",
  "Florence Marty <florence.marty@gmail.com>",
  "Création de compte Espace Acheteur",
  """Bonjour,

Je prends mes fonctions de gestionnaire dans un collège de Seine-et-Marne au 1er juillet. Comment puis-je créer mon compte sur l'Espace Acheteur pour être opérationnelle dès la rentrée ?

Florence Marty
""", style="plain", mailer="gmail")

m("account_creation", True, "0911627Z", "ile-de-france", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
  "Nicolas Perret <nicolas.perret@ac-versailles.fr>",
  "Compte en attente",
  """Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur vendredi, et quand je me connecte on me dit que mon compte est « en attente de validation ». Qui doit le valider ?

Collège Les Goussons, Les Ulis (0911627Z)

N. Perret
""", style="qp", mailer="thunderbird")

m("account_creation", False, "0911358G", "ile-de-france", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: a look-up, so a person answers.",
  "Adèle Joly <adele.joly@ac-versailles.fr>",
  "Qui est notre administrateur ?",
  """Bonjour,

Je voudrais savoir qui est déclaré comme administrateur de structure pour notre lycée sur l'Espace Acheteur (lycée Marguerite Yourcenar, Morangis, 0911358G). Avec les départs de cette année, personne ne le sait.

Adèle Joly
""", style="alt", mailer="zimbra")

m("account_creation", False, "0752609D", "ile-de-france", "espace_acheteur", True, "fr",
  "Account pending for two weeks; the structure administrator left the school: the region must step in.",
  "Kenza Rahmani <kenza.rahmani@ac-paris.fr>",
  "Validation de compte impossible",
  """Bonjour,

Mon compte attend depuis deux semaines la validation de l'administrateur de structure, mais celui-ci (l'ancien gestionnaire) a quitté l'établissement en mai et son adresse est désactivée. Personne ne peut donc valider mon compte.

Collège Georges Braque, Paris 13e - 0752609D

Comment faire ?
Kenza Rahmani
""", style="qp", mailer="outlook")

m("account_creation", True, "0921500F", "ile-de-france", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas oublié de mot de passe', she never had an account: account_creation, not password_reset.",
  "Inès Lambert <ines.lambert@ac-versailles.fr>",
  "Pas un problème de mot de passe",
  """Bonjour,

Je précise d'emblée : je n'ai pas oublié mon mot de passe, je n'ai tout simplement jamais eu de compte. Je suis la nouvelle adjointe gestionnaire du collège Henri Sellier de Suresnes (0921500F) et je voudrais en ouvrir un pour passer les commandes.

Merci,
Inès Lambert
""", style="alt", mailer="zimbra")

m("account_creation", False, "0783632Z", "ile-de-france", "espace_acheteur", False, "fr",
  "Account works; asks for order-validation rights to be opened before the summer.",
  "Paul-Henri Besson <paul-henri.besson@ac-versailles.fr>",
  "Droits de validation",
  """Bonjour,

J'ai bien un compte sur l'Espace Acheteur, mais je ne peux que consulter les marchés. Je dois pouvoir valider des commandes pendant l'été en remplacement de la gestionnaire. Pouvez-vous m'ouvrir ces droits ?

Collège Les Châtaigniers, Rambouillet - 0783632Z

P.-H. Besson
""", style="plain", mailer="thunderbird")

m("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English; a school opening in September wants a buyer account: eligibility to be checked by a person.",
  "Laura Bennett <laura.bennett@valdeurope-bilingual.fr>",
  "Buyer account for a new school",
  """Hello,

We are a new bilingual school opening in Serris in September 2025. We'd like to buy furniture and books through your purchasing platform. Can we open a buyer account, and what documents would you need from us?

Kind regards,
Laura Bennett
Administrative director
""", style="alt", mailer="gmail")

m("account_creation", True, "0952667H", "ile-de-france", "esidoc", False, "fr",
  "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first order.",
  "Sébastien Noël <sebastien.noel@ac-versailles.fr>",
  "Ouverture compte client",
  """Bonjour,

Nouvellement arrivé au collège Pierre Mendès France de Goussainville (0952667H), je souhaite ouvrir notre compte client afin de passer notre première commande en ligne. Comment dois-je procéder ?

Sébastien Noël
Gestionnaire
""", style="html", mailer="outlook")

m("account_creation", False, "0783423X", "ile-de-france", "esidoc", False, "fr",
  "The establishment's UAI is missing from the list when opening the customer account: the sales team handles it.",
  "Grégoire Faure <gregoire.faure@ac-versailles.fr>",
  "UAI introuvable à l'inscription",
  """Bonjour,

En créant le compte client, le formulaire ne trouve pas notre établissement quand je tape notre UAI, 0783423X (EREA Jean Monnet, Plaisir). Le message « établissement inconnu » s'affiche à chaque fois. Que faire ?

G. Faure
""", style="qp", mailer="outlook")
# --------------------------------------------------------- subscription_activation
m("subscription_activation", True, "0752425D", "ile-de-france", "esidoc", False, "fr",
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  "Mathilde Roux <mathilde.roux@ac-paris.fr>",
  "Europresse pas encore visible",
  """Bonjour,

Nous avons commandé hier l'abonnement Europresse pour l'an prochain (commande validée en fin de journée), et il n'apparaît pas encore dans nos ressources sur e-sidoc. Est-ce normal ?

Lycée Lamartine, Paris 9e - 0752425D

Mathilde Roux
""", style="alt", mailer="zimbra")

m("subscription_activation", True, "0923551K", "ile-de-france", "esidoc", True, "fr",
  "Written by the proviseur, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Proviseur Lycée Jacques Prévert <ce.0923551K@ac-versailles.fr>",
  "Date de mise à disposition de l'abonnement",
  """Bonjour,

Nous avons validé mardi la commande de l'abonnement Universalis pour le lycée. Pouvez-vous me dire à partir de quand les élèves pourront y accéder depuis le portail ? Je souhaite l'annoncer au conseil pédagogique de jeudi.

Le proviseur,
Laurent Méry
""", style="qp", mailer="zimbra")

m("subscription_activation", False, "0933979V", "ile-de-france", "esidoc", False, "fr",
  "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
  "Sonia Mekki <sonia.mekki@ac-creteil.fr>",
  "Abonnement toujours inactif après 12 jours",
  """Bonjour,

Notre commande de la ressource « Lumni+ presse » a été validée le 3 juin. Douze jours plus tard, elle est toujours indiquée « en cours d'activation » dans Mes abonnements. Pouvez-vous vérifier ce qui bloque ?

Collège Lucie Aubrac, Tremblay-en-France (0933979V)

Sonia Mekki
""", style="alt", mailer="thunderbird")

m("subscription_activation", True, "0942770A", "ile-de-france", "esidoc", False, "fr",
  "How to publish the newly activated Universalis resource on the portal.",
  "Pierre Lemoine <pierre.lemoine@ac-creteil.fr>",
  "Publier Universalis sur le portail",
  """Bonjour,

L'abonnement Universalis est actif (je le vois dans mes ressources) mais je ne sais pas comment le rendre visible pour les élèves sur la page d'accueil du portail. Pouvez-vous m'indiquer la démarche ?

Collège Fernande Flagon, Valenton - 0942770A

Pierre Lemoine
""", style="qp", mailer="zimbra")

m("subscription_activation", True, "0773002V", "ile-de-france", "esidoc", False, "fr",
  "Renewal ordered yesterday, still shown as expired in 'Mes abonnements'.",
  "Élodie Chevalier <elodie.chevalier@ac-creteil.fr>",
  "Réabonnement affiché comme expiré",
  """Bonjour,

J'ai renouvelé hier notre abonnement au bouquet de presse jeunesse, mais « Mes abonnements » l'affiche toujours comme expiré au 30 juin. Faut-il attendre ?

Collège Jean Rostand, Nemours - 0773002V

Élodie Chevalier
""", style="plain", mailer="outlook")

m("subscription_activation", True, "0912784G", "ile-de-france", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', login works; the Cafeyn resource is not published for pupils.",
  "Thomas Leblanc <thomas.leblanc@ac-versailles.fr>",
  "Cafeyn invisible pour les élèves",
  """Bonjour,

Ce n'est pas un problème de mot de passe : je me connecte très bien à l'administration. Mais la ressource Cafeyn, activée la semaine dernière, n'apparaît pas quand un élève se connecte au portail via l'ENT. Il manque sans doute une étape de publication ?

Lycée Albert Einstein, Sainte-Geneviève-des-Bois - 0912784G

Thomas Leblanc
""", style="alt", mailer="zimbra")

m("subscription_activation", True, "0952885V", "ile-de-france", "esidoc", False, "fr",
  "Short: please activate the subscription, order validated Monday.",
  "Chantal Hue <chantal.hue@ac-versailles.fr>",
  "activation abonnement",
  """Bonjour, commande validée lundi, merci d'activer notre abonnement. Collège Voltaire, Sarcelles, 0952885V. C. Hue
""", style="plain", mailer="android")

m("subscription_activation", False, "0921841B", "ile-de-france", "esidoc", True, "fr",
  "Special case: wants the new subscription's start delayed to 1 September so as not to lose the summer months; the 72-hour answer does not serve her.",
  "Nadège Collin <nadege.collin@ac-versailles.fr>",
  "Décaler le démarrage d'un abonnement",
  """Bonjour,

Nous venons de commander l'abonnement annuel à la base de données « Pressreader Éducation ». Le CDI étant fermé de juillet à fin août, serait-il possible de ne l'activer qu'au 1er septembre, pour que l'année d'abonnement couvre bien toute l'année scolaire ?

Collège La Fontaine, Antony - 0921841B

Nadège Collin
""", style="qp", mailer="thunderbird")

m("subscription_activation", True, "0753314V", "ile-de-france", "esidoc", False, "en",
  "English; e-book bundle ordered two days ago not visible in the portal yet.",
  "Hannah Fischer <hannah.fischer@ac-paris.fr>",
  "E-books not showing yet",
  """Hi,

We ordered the English-language e-book bundle on Monday (the order shows as validated) but nothing appears in our resources on the library portal yet. How long does activation usually take?

School code 0753314V (Lycée Montaigne, Paris 6e).

Thanks!
Hannah Fischer
""", style="plain", mailer="apple")

# ---------------------------------------------------------------- transfer_incident
m("transfer_incident", False, "0943571W", "ile-de-france", "ecoledirecte", False, "fr",
  "EcoleDirecte transfers stuck since Monday, right before the end-of-year class councils.",
  "Vincent Garnier <vincent.garnier@ac-creteil.fr>",
  "Transferts bloqués avant les conseils de classe",
  """Bonjour,

Depuis lundi, les notes saisies dans Charlemagne ne remontent plus sur EcoleDirecte : le dernier transfert réussi date du 9 juin. Les conseils de classe du troisième trimestre commencent jeudi, c'est urgent.

Collège Condorcet, Maisons-Alfort - 0943571W

Vincent Garnier, CPE
""", style="alt", mailer="zimbra")

m("transfer_incident", False, "0913632D", "ile-de-france", "ecoledirecte", False, "fr",
  "'Licence expirée' message at start-up: licence to regenerate, transfers stopped.",
  "Service informatique <informatique.0913632D@ac-versailles.fr>",
  "Licence expirée",
  """Bonjour,

Au lancement de Charlemagne ce matin : « Licence expirée ». Plus aucun transfert vers EcoleDirecte depuis. Pouvez-vous nous regénérer la licence ?

Lycée Robert Doisneau, Corbeil-Essonnes (0913632D)
""", style="plain", mailer="outlook")

m("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  "Mickaël Dos Santos <m.dossantos@college-stvincent-senlis.fr>",
  "Mot de passe maintenance du jour",
  """Bonjour,

Pour relancer la réindexation de la base avant l'édition des bulletins de fin d'année, l'outil me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Mickaël Dos Santos
Administrateur réseau
""", style="qp", mailer="thunderbird")

m("transfer_incident", False, "0781847J", "ile-de-france", "ecoledirecte", False, "fr",
  "Server to be replaced during the summer: asks how to regenerate the licence and restart transfers afterwards.",
  "Arnaud Besnard <arnaud.besnard@ac-versailles.fr>",
  "Changement de serveur cet été",
  """Bonjour,

Notre serveur pédagogique et administratif sera remplacé pendant les vacances (intervention prévue le 15 juillet). Que faut-il prévoir pour la licence Charlemagne et pour que les transferts EcoleDirecte repartent sur la nouvelle machine ?

Lycée Les Sept Mares, Maurepas - 0781847J

Arnaud Besnard, référent numérique
""", style="alt", mailer="outlook")

m("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "The antivirus quarantines the transfer tool since an update, so transfers no longer run.",
  "Direction Collège Sainte-Thérèse <direction@ste-therese-rambouillet.fr>",
  "Antivirus et outils de transfert",
  """Bonjour,

Depuis la mise à jour de notre antivirus vendredi, le programme Outils est mis en quarantaine et les transferts ne se font plus. Faut-il ajouter une exclusion ? Laquelle ?

La direction
""", style="plain", mailer="outlook")

m("transfer_incident", False, "0932861E", "ile-de-france", "ecoledirecte", True, "fr",
  "Mentions 'mot de passe' (the parents' accounts) but the problem is end-of-year report cards not transferred to EcoleDirecte.",
  "Secrétariat Collège Jean Vilar <ce.0932861E@ac-creteil.fr>",
  "Bulletins du 3e trimestre non visibles",
  """Bonjour,

Les parents nous appellent : avec leur mot de passe ils se connectent bien à EcoleDirecte, mais les bulletins du 3e trimestre n'y sont pas. Dans Charlemagne, le transfert des bulletins tourne puis s'arrête avec une erreur de connexion.

Merci de votre aide,
Le secrétariat
""", style="qp", mailer="zimbra")

m("transfer_incident", False, "0752609D", "ile-de-france", "ecoledirecte", False, "fr",
  "Replication must be re-initialised after a database restore.",
  "Laurent Perrin <laurent.perrin@ac-paris.fr>",
  "Réinitialisation de la réplication",
  """Bonjour,

Suite à une panne de disque, nous avons restauré la base d'une sauvegarde de vendredi. Depuis, le transfert vers EcoleDirecte signale une incohérence de réplication et refuse de s'exécuter. Pouvez-vous réinitialiser la réplication de notre côté ou nous guider ?

Collège Georges Braque, Paris 13e (0752609D)

L. Perrin
""", style="alt", mailer="thunderbird",
  attach=("erreur_replication.png", "image/png"))

m("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "HTML-only Outlook: several transfer processes stuck in the task manager; transfers hang.",
  "Gestion Lycée Saint-Joseph <gestion@stjoseph-argenteuil.fr>",
  "Transferts qui tournent dans le vide",
  """Bonjour,

Dans le gestionnaire des tâches du serveur, je vois cinq processus Outils.exe ouverts en même temps et le transfert de ce soir ne s'est jamais terminé. Faut-il les arrêter à la main ?

Merci,
Le service de gestion
""", style="html", mailer="outlook")

# -------------------------------------------------------------- contract_documents
m("contract_documents", False, "0753432Y", "ile-de-france", "espace_acheteur", False, "fr",
  "Cannot see the CCAP of the exam-furniture market before ordering.",
  "Aline Marchal <aline.marchal@ac-paris.fr>",
  "CCAP du marché mobilier introuvable",
  """Bonjour,

Avant de passer commande de tables pour notre centre d'examen, notre agent comptable veut lire le CCAP du marché mobilier scolaire 2024-071. Dans « Mes Marchés », seul le bordereau de prix est disponible. Où trouver le CCAP ?

Lycée Paul Valéry, Paris 12e - 0753432Y

Aline Marchal
""", style="qp", mailer="zimbra")

m("contract_documents", False, "0943571W", "ile-de-france", "espace_acheteur", False, "fr",
  "Amendment no. 3 of the stationery market missing from the contract documents.",
  "Jérôme Petit <jerome.petit@ac-creteil.fr>",
  "Avenant n°3 manquant",
  """Bonjour,

Le fournisseur nous dit que l'avenant n°3 au marché fournitures de bureau (révision des prix) est en vigueur depuis le 1er juin, mais il n'apparaît pas dans les documents du marché sur l'Espace Acheteur. Pouvez-vous l'ajouter ?

Collège Condorcet, Maisons-Alfort - 0943571W

Jérôme Petit
""", style="alt", mailer="outlook")

m("contract_documents", False, None, None, "espace_acheteur", True, "fr",
  "Saw the conventions on the old platform, not on the new one: contract_documents, though the fix may be access rights.",
  "Hélène Dumont <helene.dumont@mairie-vincennes.fr>",
  "Conventions invisibles sur la nouvelle plateforme",
  """Bonjour,

Sur l'ancienne plateforme, je voyais les conventions signées par la ville pour les écoles. Depuis la bascule sur le nouvel Espace Acheteur, la rubrique est vide. Est-ce un problème de droits ou les documents n'ont-ils pas été repris ?

Hélène Dumont
Service des affaires scolaires
""", style="qp", mailer="outlook")

m("contract_documents", False, "0922551Y", "ile-de-france", "espace_acheteur", False, "fr",
  "The coach-transport market's acte d'engagement is missing, needed for end-of-year school trips.",
  "Pascale Roger <pascale.roger@ac-versailles.fr>",
  "Acte d'engagement - marché transport",
  """Bonjour,

Pour les sorties de fin d'année, notre agent comptable me réclame l'acte d'engagement du marché de transport en autocar. Le lien du document renvoie une erreur « fichier introuvable ».

Collège Les Ormeaux, Fontenay-aux-Roses - 0922551Y

Merci,
Pascale Roger
""", style="plain", mailer="zimbra")

m("contract_documents", False, "0933979V", "ile-de-france", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail-style quote): the document is still missing after the region's answer.",
  "Sonia Mekki <sonia.mekki@ac-creteil.fr>",
  "Re: [#SUP-018640] Document du marché manquant",
  """Bonjour,

Merci pour votre réponse, mais le document (DPGF du marché informatique) n'est toujours pas visible aujourd'hui. Pouvez-vous relancer ?

Sonia Mekki
Collège Lucie Aubrac, Tremblay-en-France (0933979V)

Le lun. 9 juin 2025 à 14:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Nous avons signalé l'absence du document à l'équipe en charge du marché.
> Il devrait être disponible d'ici quelques jours.
""", style="alt", mailer="zimbra", reply_ticket="SUP-018640")

m("contract_documents", False, None, "ile-de-france", "espace_acheteur", False, "fr",
  "Base64 phone mail: the market's certificate of insurance is missing; no UAI, region from ac-creteil.fr.",
  "Bastien Royer <bastien.royer@ac-creteil.fr>",
  "Attestation manquante",
  """Bonjour, dans le marché nettoyage je ne trouve pas l'attestation d'assurance du titulaire, notre comptable la demande pour payer. Pouvez-vous la mettre en ligne ? Merci. Bastien Royer
""", style="b64", mailer="android")
# ----------------------------------------------------------------------- automated
OOO_EX = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
          "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent"}

m("automated", False, None, None, None, False, "fr",
  "Exchange Online out-of-office in French: invigilating the bac; Auto-Submitted and X-Auto-Response-Suppress.",
  "Corinne Blanc <c.blanc@lycee-prive-fenelon-paris.fr>",
  "Réponse automatique : [#SUP-019210] Votre demande de devis",
  """Bonjour,

Je suis convoquée comme surveillante et correctrice pour le baccalauréat du 16 au 27 juin et ne consulterai mes messages que ponctuellement.

Pour toute urgence, merci de contacter l'intendance au 01 42 xx xx xx.

Corinne Blanc
""", style="alt", mailer="outlook", hdr=OOO_EX, reply_ticket="SUP-019210")

m("automated", False, None, "ile-de-france", None, False, "fr",
  "Academic webmail vacation reply (Zimbra, Auto-Submitted: auto-replied); region from the ac-versailles.fr sender.",
  "Frédéric Lenoir <frederic.lenoir@ac-versailles.fr>",
  "Absence jusqu'au 25 août",
  """Je suis absent jusqu'au 25 août inclus. Votre message ne sera pas transféré.
Bonnes vacances !
""", style="plain", mailer="zimbra",
  hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"}, reply_ticket="SUP-019377")

m("automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
  "James Porter <james.porter@britishschoolparis.example.org>",
  "Automatic reply: [#SUP-019055] Activation email",
  """Thank you for your email. I am out of the office until Monday 30 June with limited access to email. For urgent matters please contact the school office.

James Porter
""", style="alt", mailer="outlook", hdr=OOO_EX, reply_ticket="SUP-019055")

m("automated", False, None, "ile-de-france", None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-creteil.fr.",
  "Sylvain Lopez <sylvain.lopez@ac-creteil.fr>",
  "Absent(e)",
  """Bonjour,

Je suis mobilisé par l'organisation du centre d'épreuves du DNB jusqu'au 27 juin et ne traiterai pas les messages avant cette date.

Merci de votre compréhension.

Sylvain Lopez
Adjoint gestionnaire
""", style="plain", mailer="thunderbird")

m("automated", False, "0911627Z", "ile-de-france", None, True, "fr",
  "Out-of-office of a school office (ce.<UAI> address) that mentions e-sidoc and passwords; Auto-Submitted present. UAI from the address.",
  "Collège Les Goussons <ce.0911627Z@ac-versailles.fr>",
  "Réponse automatique : Réinitialisation de votre mot de passe",
  """Bonjour,

Le secrétariat du collège est fermé du 12 juillet au 21 août. Les demandes concernant les mots de passe (ENT, e-sidoc, Pronote) seront traitées à la rentrée.

Le secrétariat
""", style="qp", mailer="zimbra",
  hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"})

m("automated", False, None, None, None, False, "fr",
  "Out-of-office of a retired librarian: the address is no longer read; Auto-Submitted.",
  "Monique Perrault <m.perrault@lycee-stmichel-picpus.fr>",
  "Réponse automatique : [#SUP-019400] Mot de passe e-sidoc",
  """Bonjour,

Partie à la retraite le 30 juin 2025, je ne consulte plus cette adresse. Pour toute question concernant le CDI, merci d'écrire à cdi@lycee-stmichel-picpus.fr.

Merci pour ces belles années !
Monique Perrault
""", style="alt", mailer="outlook", hdr=OOO_EX, reply_ticket="SUP-019400")

m("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report, delivery-status, original attached) for a gestionnaire who left; null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mx.lycee-prive-massillon.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.lycee-prive-massillon.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<g.aubry@lycee-prive-massillon.fr>: host mx.lycee-prive-massillon.fr said:
    550 5.1.1 <g.aubry@lycee-prive-massillon.fr>: Recipient address rejected:
    User unknown in local recipient table
""", kind="dsn", mailer="none",
  dsn=dict(rcpt="g.aubry@lycee-prive-massillon.fr", status="5.1.1", action="failed",
           mta="mx.lycee-prive-massillon.fr", diag="smtp; 550 5.1.1 User unknown",
           orig_subject="[#SUP-019288] Votre devis", orig_to="g.aubry@lycee-prive-massillon.fr"))

m("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ecole-active-bilingue.fr>",
  "Non remis : [#SUP-019320] Compte en attente",
  """Votre message n'a pas pu être remis à l'adresse suivante :

anne.thibault@ecole-active-bilingue.fr

L'adresse de messagerie n'existe pas dans l'organisation à laquelle vous envoyez le message. Vérifiez l'adresse du destinataire ou contactez-le par un autre moyen.
""", kind="dsn", mailer="none",
  dsn=dict(rcpt="anne.thibault@ecole-active-bilingue.fr", status="5.1.10", action="failed",
           mta="PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM",
           diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           orig_subject="[#SUP-019320] Compte en attente", orig_to="anne.thibault@ecole-active-bilingue.fr"))

m("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)' for a librarian's closed personal address.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to doc.cdi.vincennes@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", kind="dsn", mailer="none",
  dsn=dict(rcpt="doc.cdi.vincennes@gmail.com", status="5.1.1", action="failed",
           mta="mx.google.com", diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist",
           orig_subject="[#SUP-019199] Lien de réinitialisation", orig_to="doc.cdi.vincennes@gmail.com"))

m("automated", False, None, "ile-de-france", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-paris.fr.",
  "Gilles Aubert <gilles.aubert@ac-paris.fr>",
  "Lu : [#SUP-019102] Votre facture",
  """Votre message

  À : gilles.aubert@ac-paris.fr
  Objet : [#SUP-019102] Votre facture
  Envoyé : 17/06/2025 10:14

a été lu le 17/06/2025 11:02.
""", kind="mdn", mailer="outlook", mdn_rcpt="gilles.aubert@ac-paris.fr")

m("automated", False, None, None, "espace_acheteur", False, "fr",
  "Marketing newsletter (List-Id, one-click List-Unsubscribe, Precedence: bulk) about summer ordering deadlines.",
  "Centrale d'achat - Actualités <newsletter@actualites.espace-acheteur.example.fr>",
  "Juin : dernières dates de commande avant l'été",
  """Lettre d'information - juin 2025

Commandes de fin d'année : les dates à retenir

- 27 juin : dernier jour pour une livraison garantie avant le 14 juillet
- 4 juillet : fermeture des paniers non validés
- 25 août : reprise des livraisons

Pensez à désigner un suppléant pour la validation des commandes pendant l'été.

Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8812/c4d1
""", style="alt", mailer="none",
  hdr={"List-Id": "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>",
       "List-Unsubscribe": "<https://actualites.espace-acheteur.example.fr/u/8812/c4d1>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
  return_path="bounce-8812-2025-06@actualites.espace-acheteur.example.fr")

m("automated", False, None, None, "esidoc", False, "fr",
  "Product newsletter about the portal's summer maintenance (Precedence: bulk, List-Unsubscribe).",
  "L'équipe e-sidoc <infos@news.esidoc.example.fr>",
  "Maintenance estivale du portail et nouveautés de la rentrée",
  """Bonjour,

Comme chaque été, le portail fera l'objet d'une maintenance du 21 au 23 juillet : les services seront indisponibles par intermittence.

À la rentrée : nouvelle page d'accueil personnalisable, import des listes de lecture, statistiques de prêt par niveau.

Bonnes vacances à tous les documentalistes !

Vous recevez ce message en tant qu'abonné aux actualités. Se désabonner : https://news.esidoc.example.fr/unsub?u=55120
""", style="html", mailer="none",
  hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://news.esidoc.example.fr/unsub?u=55120>",
       "List-Id": "<actualites.news.esidoc.example.fr>"},
  return_path="bounces+55120@news.esidoc.example.fr")

m("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk (administrator of last resort): an account awaits validation. Auto-Submitted: auto-generated.",
  "Espace Acheteur <ne-pas-repondre@espace-acheteur.example.fr>",
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur s'est inscrit pour la structure « Collège Pierre de Ronsard, Mennecy » et attend la validation de son compte :

Nom : Mme Justine Carré
Adresse : justine.carre@ac-versailles.fr
Date de la demande : 18/06/2025 08:47

Pour valider ce compte, connectez-vous à l'Espace Acheteur, rubrique Administration > Comptes en attente.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", style="qp", mailer="none", hdr={"Auto-Submitted": "auto-generated"})

m("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a supplier ticket opened by the desk was updated. Auto-Submitted: auto-generated.",
  "Portail d'assistance <notifications@tickets.example.fr>",
  "[Ticket #48213] Mise à jour : délai de livraison mobilier",
  """Bonjour,

Le ticket #48213 « Délai de livraison mobilier - commandes juin » a été mis à jour par le fournisseur.

Nouveau statut : En attente de votre réponse

Consultez le ticket : https://tickets.example.fr/t/48213

-- 
Notification automatique, ne pas répondre à ce message.
""", style="plain", mailer="none", hdr={"Auto-Submitted": "auto-generated", "X-Ticket-ID": "48213"})

m("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'completed' notification for a convention: no Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
  "Signature électronique <no-reply@signature.example.fr>",
  "Document signé par tous les signataires : Convention d'adhésion 2025-2028",
  """Bonjour,

Le document « Convention d'adhésion 2025-2028 - Lycée Paul Éluard, Saint-Denis » a été signé par l'ensemble des signataires.

Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique.
""", style="alt", mailer="none")

m("automated", False, None, "ile-de-france", None, False, "fr",
  "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-creteil.fr.",
  "Assistance DANE Créteil <assistance.dane@ac-creteil.fr>",
  "[DANE-2025-04417] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence DANE-2025-04417. Elle sera traitée dans les meilleurs délais ; en période d'examens, le délai de réponse peut atteindre 5 jours ouvrés.

Merci de ne pas répondre à ce message.

La plateforme d'assistance de la DANE
""", style="qp", mailer="none",
  hdr={"Auto-Submitted": "auto-replied", "X-Loop": "assistance.dane@ac-creteil.fr"})

m("automated", False, None, "ile-de-france", "esidoc", True, "fr",
  "A librarian's real question about e-sidoc passwords, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-versailles.fr.",
  "Marion Keller <marion.keller@ac-versailles.fr>",
  "[docs-versailles] Passation des mots de passe e-sidoc en fin d'année ?",
  """Bonjour à toutes et tous,

Je pars en mutation et je me demande comment vous organisez la passation des mots de passe e-sidoc avec vos successeurs : vous les laissez au chef d'établissement, dans une enveloppe au secrétariat ? Faut-il prévenir l'assistance ?

Merci pour vos retours et bel été,
Marion Keller
CDI collège Albert Camus, Bois-Colombes

_______________________________________________
docs-versailles mailing list
""", style="plain", mailer="thunderbird",
  hdr={"List-Id": "Documentalistes de l'academie <docs-versailles.listes.ac-versailles.fr>",
       "Precedence": "list", "List-Post": "<mailto:docs-versailles@listes.ac-versailles.fr>",
       "Sender": "docs-versailles-bounces@listes.ac-versailles.fr"},
  to="docs-versailles@listes.ac-versailles.fr")

m("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  "noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 7731025544813907112",
  """This is an aggregate report from google.com.
""", kind="dmarc", mailer="none")

m("automated", False, None, None, None, False, "en",
  "Delay warning from the relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  "Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>",
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<intendance@lycee-stjean-montmorency.fr>: connect to mx.lycee-stjean-montmorency.fr: Connection timed out
""", kind="dsn", mailer="none",
  dsn=dict(rcpt="intendance@lycee-stjean-montmorency.fr", status="4.4.1", action="delayed",
           mta="relay.assistance.example.fr", diag="X-Postfix; connect to mx.lycee-stjean-montmorency.fr: Connection timed out",
           orig_subject="[#SUP-019250] Votre facture rectificative", orig_to="intendance@lycee-stjean-montmorency.fr",
           headers_only=True))

m("automated", False, None, None, None, True, "fr",
  "Host-provided autoresponder of a town hall: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  "Service scolaire Mairie de Meudon <scolaire@meudon-ville.fr>",
  "Re: [#SUP-019333] Identifiant Espace Acheteur",
  """Bonjour,

Nous accusons réception de votre message. Le service scolaire est fermé au public du 14 juillet au 15 août ; votre demande sera traitée à notre retour.

Service scolaire - Mairie
""", style="plain", mailer="none",
  hdr={"X-Autoreply": "yes", "X-Autorespond": "Autoreply"}, reply_ticket="SUP-019333")

m("automated", False, None, None, None, True, "fr",
  "Chorus Pro no-reply notification that an invoice was made available, sent to the desk: automatic, although it talks about an invoice.",
  "Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>",
  "Chorus Pro - Mise à disposition d'une facture",
  """Bonjour,

La facture n° F-2025-3418 d'un montant de 1 236,00 EUR a été mise à disposition du destinataire « LYCEE JEAN JAURES - CHATENAY-MALABRY ».

Statut : Mise à disposition
Date : 19/06/2025

Ce courriel est généré automatiquement, merci de ne pas y répondre.
""", style="html", mailer="none", hdr={"Auto-Submitted": "auto-generated"})
# --------------------------------------------------------------------------- other
m("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Ryan Cooper <ryan@rankboost-digital.example.com>",
  "Quick question about assistance.example.fr",
  """Hi there,

I was checking assistance.example.fr and noticed it's not ranking on page 1 for several key terms in your niche. We help education websites triple their organic traffic in 90 days.

Would you be open to a quick 15-minute call this week?

Cheers,
Ryan
""", style="alt", mailer="none")

m("other", False, None, None, None, True, "fr",
  "Phishing: 'mailbox full, confirm your password'. Mentions a password but is not password_reset; ac-creteil-messagerie.com is a look-alike, not an académie domain.",
  "Messagerie Académique <support@ac-creteil-messagerie.com>",
  "Votre boîte aux lettres a atteint sa limite de stockage",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suppression de vos messages avant les congés d'été, confirmez votre identifiant et votre mot de passe sous 24 heures :

https://ac-creteil-messagerie.com/verification

Service Messagerie
Académie de Créteil
""", style="html", mailer="none", auth="fail")

m("other", False, None, None, None, False, "fr",
  "A parent asking about bac results and the exam convocation: wrong address.",
  "Karine Mathieu <karine.mathieu77@hotmail.fr>",
  "résultats du bac de ma fille",
  """Bonjour,

Ma fille a passé le bac de français la semaine dernière au lycée de Torcy et nous n'avons pas reçu la convocation pour l'oral. Pouvez-vous me dire quand elle aura la date ? Et à quelle heure sortent les résultats en juillet ?

Merci,
Karine Mathieu
""", style="plain", mailer="webmail")

m("other", False, None, "ile-de-france", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-versailles.fr.",
  "Anne-Sophie Lebrun <anne-sophie.lebrun@ac-versailles.fr>",
  "Re: [#SUP-019011] Mot de passe e-sidoc",
  """Ça a marché, merci beaucoup pour votre rapidité !

Anne-Sophie

> Bonjour,
> Un lien de réinitialisation du mot de passe vous a été envoyé.
> Il est valable 12 heures.
""", style="plain", mailer="iphone", reply_ticket="SUP-019011")

m("other", False, None, "ile-de-france", None, False, "fr",
  "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-paris.fr.",
  "Joël Dupont <joel.dupont@ac-paris.fr>",
  "Re: [#SUP-019187] Votre devis",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", style="plain", mailer="iphone", reply_ticket="SUP-019187")

m("other", False, None, None, None, False, "fr",
  "Cold sales prospecting for library furniture, written to one person (no list headers).",
  "Lucas Martin <l.martin@mobilier-cdi-pro.example.fr>",
  "Aménagement de votre CDI pour la rentrée",
  """Bonjour,

Spécialistes de l'aménagement des CDI et médiathèques scolaires, nous accompagnons déjà plus de 300 établissements en Île-de-France. Nos équipes peuvent intervenir pendant l'été pour une installation prête à la rentrée.

Je me permets de vous joindre notre catalogue 2025 et reste à votre disposition pour un rendez-vous.

Bien cordialement,
Lucas Martin
Chargé d'affaires
""", style="alt", mailer="outlook",
  attach=("catalogue_2025.pdf", "application/pdf"))

m("other", False, None, None, None, False, "fr",
  "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
  "Bernard Hoarau <bernard.hoarau@wanadoo.fr>",
  "désinscription",
  """Bonjour,

Je suis à la retraite depuis le 1er juin, merci de me retirer de votre liste de diffusion. Je ne trouve pas le lien de désinscription.

B. Hoarau
""", style="plain", mailer="webmail")

m("other", False, None, "ile-de-france", None, True, "fr",
  "GDPR erasure request from a departing librarian: other (human review), not account_creation.",
  "Gwenaëlle Tanguy <gwenaelle.tanguy@ac-creteil.fr>",
  "Suppression de mes données personnelles",
  """Bonjour,

Je quitte l'Éducation nationale à la fin du mois. Conformément au RGPD, je vous demande de supprimer toutes les données personnelles me concernant (compte, adresse, historique des demandes) de vos outils.

Merci de me confirmer la suppression.

Gwenaëlle Tanguy
""", style="qp", mailer="zimbra")

m("other", False, None, "ile-de-france", None, False, "fr",
  "A teacher asks about his exam-invigilation convocation: wrong address. Region from ac-creteil.fr.",
  "Ahmed Ziani <ahmed.ziani@ac-creteil.fr>",
  "Convocation surveillance DNB",
  """Bonjour,

Je n'ai pas reçu ma convocation pour la surveillance du DNB au collège de Noisiel alors que mes collègues l'ont eue. Pouvez-vous me la renvoyer ou me dire à qui m'adresser ?

Ahmed Ziani
Professeur de mathématiques
""", style="plain", mailer="zimbra")

m("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with an attachment from an unknown sender: phishing, not order_billing.",
  "Service Recouvrement <recouvrement@factures-en-ligne.example.net>",
  "Facture impayée n° 2025-06-88421 - dernier rappel",
  """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée à ce jour. Sans règlement sous 48 heures, le dossier sera transmis à notre service contentieux.

Merci d'ouvrir le document joint pour consulter le détail et les modalités de paiement.

Service Recouvrement
""", style="plain", mailer="none", auth="fail",
  attach=("Facture_2025-06-88421.pdf.html", "text/html"))

m("other", False, None, "ile-de-france", None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
  "Raymond Caillaux <raymond.caillaux@ac-versailles.fr>",
  "Toujours aucune réponse !!!",
  """Bonjour,

Cela fait TROIS semaines que j'attends une réponse à ma demande. Trois relances, aucun retour. En fin d'année, avec tout ce que nous avons à gérer, c'est inadmissible.

Je vais en informer ma hiérarchie.

R. Caillaux
""", style="plain", mailer="thunderbird")

m("other", False, None, "ile-de-france", "esidoc", True, "fr",
  "A retiring librarian says goodbye and thanks the desk; mentions the portal and passwords but asks nothing. Region from ac-paris.fr.",
  "Françoise Delattre <francoise.delattre@ac-paris.fr>",
  "Au revoir et merci",
  """Bonjour à toute l'équipe,

Après 31 ans de CDI, dont 12 avec votre portail, je pars à la retraite le 4 juillet. J'ai laissé mes mots de passe à la principale dans une enveloppe scellée, comme vous me l'aviez conseillé il y a quelques années.

Merci pour votre patience et votre gentillesse au téléphone toutes ces années.

Françoise Delattre
Collège Jean-François Oeben, Paris 12e
""", style="alt", mailer="zimbra")

m("other", False, None, None, None, False, "fr",
  "Unsolicited application for a summer job, CV attached.",
  "Inès Boukhari <ines.boukhari2004@gmail.com>",
  "Candidature job d'été - support client",
  """Madame, Monsieur,

Étudiante en BTS Support à l'action managériale, je suis disponible du 1er juillet au 31 août et souhaiterais rejoindre votre équipe d'assistance pour l'été. Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Inès Boukhari
""", style="alt", mailer="gmail",
  attach=("CV_Ines_Boukhari.pdf", "application/pdf"))

m("other", False, None, None, "espace_acheteur", False, "fr",
  "Wants to register for the summer-ordering webinar, the registration link fails: other.",
  "Claudine Royer <claudine.royer@lycee-prive-sainte-genevieve.fr>",
  "Inscription au webinaire",
  """Bonjour,

Je voulais m'inscrire au webinaire « Préparer ses commandes de rentrée sur l'Espace Acheteur » du 26 juin, mais le lien de la lettre d'information renvoie une page d'erreur. Pouvez-vous m'inscrire directement ?

Claudine Royer
""", style="qp", mailer="outlook")

m("other", False, None, "ile-de-france", None, False, "fr",
  "Personal message sent to the desk by address autocomplete. Region from ac-versailles.fr.",
  "Cécile Marchand <cecile.marchand@ac-versailles.fr>",
  "pot de départ vendredi",
  """Coucou Sophie,

On fait le pot de départ de Jean-Luc vendredi à 16h30 en salle des profs. Tu peux apporter des verres ? Moi je m'occupe du gâteau.

Bises,
Cécile
""", style="plain", mailer="zimbra")

m("other", False, None, None, None, False, "en",
  "English partnership pitch from an edtech start-up, a follow-up quoting her own first mail.",
  "Sofia Lindqvist <sofia@readwise-edu.example.io>",
  "Re: Partnership idea for French school libraries",
  """Hi again,

Just bumping this up in case it got lost before the summer break. I'd love to show you how our reading-analytics tool could plug into your library portal.

Best,
Sofia

On Tue, Jun 3, 2025 at 10:12 AM Sofia Lindqvist <sofia@readwise-edu.example.io> wrote:
> Hello,
> We're a Stockholm-based start-up building reading analytics for school
> libraries. Would you be open to a partnership discussion?
""", style="alt", mailer="gmail")

m("other", False, "0941856G", "ile-de-france", "esidoc", True, "fr",
  "How-to question: exporting the year's loan statistics for the activity report; no category covers it (not subscription, not password).",
  "Aurore Besson <aurore.besson@ac-creteil.fr>",
  "Export des statistiques de prêt",
  """Bonjour,

Pour mon rapport d'activité de fin d'année, je voudrais exporter les statistiques de prêt du CDI (par niveau et par mois) depuis le portail e-sidoc. Je ne trouve pas la fonction. Est-ce possible ?

Collège Jean Macé, Vitry-sur-Seine - 0941856G

Aurore Besson
""", style="alt", mailer="zimbra")

m("other", False, None, "ile-de-france", None, False, "fr",
  "Asks for a training session for the new staff arriving in September: no category of its own.",
  "Sabrina Lefort <sabrina.lefort@ac-creteil.fr>",
  "Formation pour les nouveaux collègues",
  """Bonjour,

Avec le départ de trois gestionnaires et de deux documentalistes dans notre bassin, nous aurons beaucoup de nouveaux collègues en septembre. Organisez-vous des formations (même à distance) à la prise en main de vos outils ? Si oui, à qui faut-il s'adresser ?

Sabrina Lefort
Conseillère en formation, bassin de Meaux
""", style="qp", mailer="zimbra")

m("other", False, None, None, None, False, "fr",
  "Asks whether the desk is open during July and August: an opening-hours question.",
  "Jean-Pierre Vasseur <jp.vasseur@orange.fr>",
  "Ouverture du support cet été ?",
  """Bonjour,

Votre assistance reste-t-elle ouverte en juillet et en août ? Je suis gestionnaire dans un petit collège privé et je préfère savoir si je dois tout régler avant le 14 juillet.

Bonne journée,
JP Vasseur
""", style="plain", mailer="webmail")


# ===================================================================== building
# A few mails refer to dates in their text; pin those (keyed by subject).
DATE_PINS = {
    "Modification adresse de livraison - commande centre d'examen": (11, 8, 52),
    "Abonnement toujours inactif après 12 jours": (15, 10, 5),
    "Lu : [#SUP-019102] Votre facture": (17, 11, 2),
    "Un compte est en attente de validation": (18, 8, 47),
    "Chorus Pro - Mise à disposition d'une facture": (19, 6, 30),
    "TR: Réinitialisation de votre mot de passe": (10, 17, 41),
    "RE: Your invoice": (16, 15, 20),
    "Re: [#SUP-019104] Mail d'activation non reçu": (19, 9, 12),
    "Re: [#SUP-018640] Document du marché manquant": (13, 14, 45),
    "RE: [#SUP-018950] Mails non reçus": (13, 11, 30),
    "Re: [#SUP-018877] Demande de réinitialisation - accord du chef d'établissement": (12, 8, 3),
    "Re: Partnership idea for French school libraries": (17, 16, 40),
    "Lien de réinitialisation expiré": (16, 21, 14),
    "Transferts bloqués avant les conseils de classe": (12, 9, 33),
    "Réponse automatique : [#SUP-019210] Votre demande de devis": (17, 10, 2),
    "Absent(e)": (20, 14, 12),
}

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF127 (Win)/9.0.0_ZEXTRAS_20240927)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "gmail": None,
    "apple": ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    "iphone": ("X-Mailer", "iPhone Mail (21F90)"),
    "android": ("X-Mailer", "Outlook for Android"),
    "webmail": ("X-Mailer", "Webmail Orange"),
    "none": None,
}


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def msgid(mailer, dom, dt):
    if mailer == "outlook":
        return "<%s@%s.PROD.OUTLOOK.COM>" % (alnum(40), alnum(14))
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6),
                                                 int(dt.timestamp() * 1000), dom)
    if mailer == "gmail":
        return "<CA+%s@mail.gmail.com>" % base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(30))).decode().rstrip("=")
    if mailer in ("apple", "iphone"):
        return "<%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(12).upper(), dom)
    return "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), hexid(10), dom)


def enc_header(value, name):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode()


def fmt_addr(raw):
    name, addr = parseaddr(raw)
    if not name:
        return addr, addr
    return formataddr((name, addr), charset="utf-8"), addr


def to_html(text):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(l) for l in block.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            paras.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">"
                         + "<br>\n".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(paras) + "\n</body></html>\n")


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, charset, cte, text):
    """Return the lines of a single MIME leaf (headers + blank + payload)."""
    data = text.encode(charset)
    if cte == "8bit":
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            pass
        payload = data.decode(charset)
    elif cte == "quoted-printable":
        payload = qp(data)
    else:
        payload = b64(data)
    return ["Content-Type: %s; charset=\"%s\"" % (ctype, charset),
            "Content-Transfer-Encoding: %s" % cte, "", payload.rstrip("\n")]


def multipart(sub, parts, boundary, extra=""):
    out = ["Content-Type: multipart/%s;%s boundary=\"%s\"" % (sub, extra, boundary), "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.extend(p)
        out.append("")
    out.append("--" + boundary + "--")
    return out


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def attachment(fname, mtype):
    if mtype == "application/pdf":
        data = FAKE_PDF
    elif mtype == "image/png":
        data = FAKE_PNG
    else:
        data = b"<html><body><script>location='https://factures-en-ligne.example.net/x'</script></body></html>\n"
    return ["Content-Type: %s; name=\"%s\"" % (mtype, fname),
            "Content-Disposition: attachment; filename=\"%s\"" % fname,
            "Content-Transfer-Encoding: base64", "", b64(data).rstrip("\n")]


def body_lines(mail):
    kw, text = mail["kw"], mail["body"]
    style = kw.get("style", "plain")
    if style == "plain":
        main = leaf("text/plain", "utf-8", "8bit", text)
    elif style == "qp":
        main = leaf("text/plain", "utf-8", "quoted-printable", text)
    elif style == "b64":
        main = leaf("text/plain", "utf-8", "base64", text)
    elif style == "latin1":
        main = leaf("text/plain", "iso-8859-1", "quoted-printable", text)
    elif style == "html":
        main = leaf("text/html", "utf-8", "quoted-printable", to_html(text))
    elif style == "html1252":
        main = leaf("text/html", "windows-1252", "quoted-printable",
                    to_html(text).replace("charset=utf-8", "charset=windows-1252"))
    elif style == "alt":
        main = multipart("alternative", [leaf("text/plain", "utf-8", "quoted-printable", text),
                                         leaf("text/html", "utf-8", "quoted-printable", to_html(text))],
                         "=_alt_" + hexid(24))
    else:
        raise ValueError(style)
    if "attach" in kw:
        return multipart("mixed", [main, attachment(*kw["attach"])], "=_mix_" + hexid(24))
    return main


def dsn_lines(mail, dt):
    d = mail["kw"]["dsn"]
    orig_id = "<%s.%d.%s@assistance.example.fr>" % (d["orig_subject"][2:12], int(dt.timestamp()) - 600, hexid(6))
    status = ["Reporting-MTA: dns; %s" % d["mta"],
              "Arrival-Date: %s" % format_datetime(dt - timedelta(minutes=10)), "",
              "Final-Recipient: rfc822; %s" % d["rcpt"],
              "Original-Recipient: rfc822;%s" % d["rcpt"],
              "Action: %s" % d["action"], "Status: %s" % d["status"],
              "Diagnostic-Code: %s" % d["diag"]]
    orig_hdrs = ["From: Assistance <support@assistance.example.fr>",
                 "To: %s" % d["orig_to"],
                 "Subject: %s" % enc_header(d["orig_subject"], "Subject"),
                 "Date: %s" % format_datetime(dt - timedelta(minutes=10)),
                 "Message-ID: %s" % orig_id,
                 "MIME-Version: 1.0"]
    parts = [leaf("text/plain", "utf-8", "8bit", mail["body"]),
             ["Content-Type: message/delivery-status", ""] + status]
    if d.get("headers_only"):
        parts.append(["Content-Type: text/rfc822-headers", ""] + orig_hdrs)
    else:
        parts.append(["Content-Type: message/rfc822", "Content-Description: Undelivered Message", ""]
                     + orig_hdrs + ["Content-Type: text/plain; charset=\"utf-8\"",
                                    "Content-Transfer-Encoding: 8bit", "",
                                    "Bonjour,", "", "Veuillez trouver ci-dessous la réponse à votre demande.", "",
                                    "L'assistance"])
    return multipart("report", parts, hexid(16) + "/" + d["mta"], " report-type=delivery-status;")


def mdn_lines(mail, dt):
    rc = mail["kw"]["mdn_rcpt"]
    parts = [leaf("text/plain", "utf-8", "quoted-printable", mail["body"]),
             ["Content-Type: message/disposition-notification", "",
              "Reporting-UA: %s; Microsoft Outlook 16.0" % rc.split("@")[1],
              "Final-Recipient: rfc822;%s" % rc,
              "Original-Message-ID: <SUP-019102.%d.%s@assistance.example.fr>" % (int(dt.timestamp()) - 3000, hexid(6)),
              "Disposition: manual-action/MDN-sent-manually; displayed"]]
    return multipart("report", parts, "----=_NextPart_" + hexid(20), " report-type=disposition-notification;")


def dmarc_lines(mail, dt):
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback><report_metadata><org_name>google.com</org_name>"
           "<report_id>7731025544813907112</report_id><date_range><begin>1749772800</begin><end>1749859199</end>"
           "</date_range></report_metadata><policy_published><domain>assistance.example.fr</domain><p>none</p>"
           "</policy_published><record><row><source_ip>192.0.2.25</source_ip><count>14</count><policy_evaluated>"
           "<disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>"
           "<identifiers><header_from>assistance.example.fr</header_from></identifiers></record></feedback>\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("google.com!assistance.example.fr!1749772800!1749859199.xml", (2025, 6, 14, 0, 0, 0))
        z.writestr(info, xml)
    fname = "google.com!assistance.example.fr!1749772800!1749859199.zip"
    parts = [leaf("text/plain", "us-ascii", "7bit", mail["body"]),
             ["Content-Type: application/zip; name=\"%s\"" % fname,
              "Content-Disposition: attachment; filename=\"%s\"" % fname,
              "Content-Transfer-Encoding: base64", "", b64(buf.getvalue()).rstrip("\n")]]
    return multipart("mixed", parts, "000000000000" + hexid(16))


def build(mail):
    kw = mail["kw"]
    mailer = kw.get("mailer", "none")
    from_hdr, addr = fmt_addr(mail["frm"])
    dom = addr.rsplit("@", 1)[1]
    if mail["subj"] in DATE_PINS:
        d, h, mi = DATE_PINS[mail["subj"]]
    else:
        d, h, mi = RNG.randint(2, 30), RNG.randint(7, 21), RNG.randint(0, 59)
    dt = datetime(2025, 6, d, h, mi, RNG.randint(0, 59), tzinfo=TZ)
    kind = kw.get("kind")
    ret = "<>" if kind == "dsn" else "<%s>" % kw.get("return_path", addr)
    ip = "%d.%d.%d.%d" % (RNG.choice([192, 198, 203]), RNG.choice([0, 51]), RNG.choice([2, 100, 113]), RNG.randint(2, 250))
    auth = kw.get("auth", "pass")
    if auth == "pass":
        ares = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    else:
        ares = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                "\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom))
    relay = "smtp%d.%s" % (RNG.randint(1, 4), dom) if dom.startswith("ac-") else "mail.%s" % dom
    hdrs = ["Return-Path: %s" % ret,
            "Delivered-To: %s" % DESK,
            "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
            "\tfor <%s>; %s" % (relay, relay, ip, alnum(15), DESK, format_datetime(dt + timedelta(seconds=4))),
            ares,
            "From: %s" % from_hdr]
    to = kw.get("to")
    hdrs.append("To: %s" % (to if to else RNG.choice(["Assistance <%s>" % DESK, DESK, "Support <%s>" % DESK])))
    if "cc" in kw:
        hdrs.append("Cc: %s" % fmt_addr(kw["cc"])[0])
    if "reply_to" in kw:
        hdrs.append("Reply-To: %s" % kw["reply_to"])
    hdrs.append("Subject: %s" % enc_header(mail["subj"], "Subject"))
    hdrs.append("Date: %s" % format_datetime(dt))
    hdrs.append("Message-ID: %s" % msgid(mailer, dom, dt))
    if "reply_ticket" in kw:
        ref = "<%s.%d.%s@assistance.example.fr>" % (kw["reply_ticket"], int(dt.timestamp()) - 86400 * 2, hexid(6))
        hdrs.append("In-Reply-To: %s" % ref)
        hdrs.append("References: %s" % ref)
    hdrs.append("MIME-Version: 1.0")
    mh = MAILERS.get(mailer)
    if mh:
        hdrs.append("%s: %s" % mh)
    if mailer == "outlook":
        hdrs.append("Thread-Index: %s" % base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(22))).decode())
        hdrs.append("Content-Language: %s" % ("en-US" if mail["lang"] == "en" else "fr-FR"))
    if kind == "dsn":
        hdrs.append("Auto-Submitted: auto-replied")
    for k, v in kw.get("hdr", {}).items():
        hdrs.append("%s: %s" % (k, v))
    if kind == "dsn":
        body = dsn_lines(mail, dt)
    elif kind == "mdn":
        body = mdn_lines(mail, dt)
    elif kind == "dmarc":
        body = dmarc_lines(mail, dt)
    else:
        body = body_lines(mail)
    text = "\n".join(hdrs + body) + "\n"
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def write_all():
    mails = list(MAILS)
    RNG.shuffle(mails)
    labels = []
    for i, mail in enumerate(mails, 1):
        name = "h%03d.eml" % i
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(build(mail))
        labels.append(dict(zip(LABEL_KEYS, [name, mail["cat"], mail["ok"], mail["uai"], mail["region"],
                                            mail["platform"], mail["hard"], mail["lang"], mail["notes"]])))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


def all_text(msg):
    chunks = [str(msg.get("From", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def verify():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150, len(labels)
    emls = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    assert emls == ["h%03d.eml" % i for i in range(1, 151)], emls[:3]
    assert [l["file"] for l in labels] == emls
    for lab in labels:
        assert list(lab) == LABEL_KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        sender = parseaddr(str(msg["From"]))[1]
        assert sender and msg["Subject"] is not None and msg["Date"] is not None, lab["file"]
        assert DESK in str(msg["To"]) or lab["category"] == "automated", lab["file"]
        text = all_text(msg)
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["hard"], bool) and isinstance(lab["auto_reply_ok"], bool), lab
        assert lab["notes"], lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in text.lower(), (lab["file"], lab["uai"])
        assert lab["region"] == region_for(lab["uai"], sender), (lab["file"], lab["region"], region_for(lab["uai"], sender))
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, lab
    return labels


if __name__ == "__main__":
    write_all()
    labels = verify()
    from collections import Counter
    print("ok: %d mails" % len(labels))
    for cat, n in sorted(Counter(l["category"] for l in labels).items(), key=lambda x: -x[1]):
        print("  %-30s %d" % (cat, n))
    print("auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels),
          "hard:", sum(l["hard"] for l in labels),
          "en:", sum(l["lang"] == "en" for l in labels))
