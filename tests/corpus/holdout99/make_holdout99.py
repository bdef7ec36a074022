#!/usr/bin/env python3
"""Write the holdout99 corpus: 150 hand-written support mails (theme: replies and
relaunches inside existing ticket threads), with labels.jsonl, then check them.

Standard library only, deterministic (random.Random(99)). Every mail text below
was written by hand; this script only adds headers, quoting and a transfer encoding.
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
RNG = random.Random(99)
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
              "subscription_activation", "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

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
DEP2REG, DOM2REG = {}, {}
for _reg, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEP2REG[_d if len(_d) == 3 else "0" + _d] = _reg
    for _m in _doms.split():
        DOM2REG[_m] = _reg


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEP2REG.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower().rstrip(">")
    return DOM2REG.get(dom)


# ---------------------------------------------------------------- our earlier answers (quoted)
Q = {
 "pwd": "Bonjour,\n\nPour réinitialiser votre mot de passe, cliquez sur « Mot de passe oublié » sur la page\nde connexion et saisissez l'identifiant de l'établissement (le code UAI).\nLe lien part vers l'adresse enregistrée pour le compte administrateur, ou à défaut\nvers l'adresse officielle de l'établissement. Il reste valable 12 heures.\n\nCordialement,\nL'équipe d'assistance",
 "pwd_sent": "Bonjour,\n\nUn lien de réinitialisation vient d'être envoyé à l'adresse connue pour votre\nétablissement (c*****@ac-****.fr). Il est valable 12 heures et ne sert qu'une fois.\n\nCordialement,\nL'équipe d'assistance",
 "junk": "Bonjour,\n\nLes messages automatiques de la plateforme partent d'une adresse no-reply.\nMerci de vérifier votre dossier « Courrier indésirable » ou « Spam », de marquer le\nmessage comme légitime et d'ajouter l'expéditeur no-reply à vos contacts.\nSans nouvelles de votre part sous 48 h, nous reviendrons vers vous.\n\nCordialement,\nL'équipe d'assistance",
 "mib": "Bonjour,\n\nVotre messagerie est protégée par MailInBlack, qui retient nos messages tant que\nl'expéditeur n'est pas autorisé. Vous trouverez ci-dessous le guide pour ajouter notre\nadresse à la liste blanche. Votre demande est également transmise à votre région,\nqui se rapprochera du service informatique.\n\nCordialement,\nL'équipe d'assistance",
 "72h": "Bonjour,\n\nUn abonnement commandé devient visible dans un délai de 72 heures après la\nvalidation de la commande. Passé ce délai, répondez simplement à ce message.\n\nCordialement,\nL'équipe d'assistance",
 "acc": "Bonjour,\n\nLa création d'un compte se fait depuis la page d'accueil, lien « Créer un compte ».\nLe compte est ensuite validé par l'administrateur de votre structure.\n\nCordialement,\nL'équipe d'assistance",
 "ack": "Bonjour,\n\nNous avons bien reçu votre demande. Elle a été transmise à un conseiller, qui vous\nrépondra sous 48 heures ouvrées. Merci de conserver la référence dans l'objet.\n\nCordialement,\nL'équipe d'assistance",
 "head": "Bonjour,\n\nPour des raisons de sécurité, le changement d'administrateur ou d'adresse de contact\ndoit être demandé par écrit par le chef d'établissement, depuis l'adresse officielle\nde l'établissement.\n\nCordialement,\nL'équipe d'assistance",
 "done": "Bonjour,\n\nLe nécessaire a été fait de notre côté. Pouvez-vous vérifier et nous dire si tout\nfonctionne ?\n\nCordialement,\nMarion, équipe d'assistance",
 "pwd_en": "Hello,\n\nTo reset your password, click \"Forgot password\" on the login page and enter the\nestablishment identifier (the UAI code). The link goes to the address on file for the\nadministrator account, or else to the establishment's official address.\n\nKind regards,\nThe support team",
 "junk_en": "Hello,\n\nAutomatic messages from the platform are sent from a no-reply address. Please check\nyour junk or spam folder, mark the message as safe and add the no-reply sender to your\ncontacts. If nothing arrives within 48 hours we will follow up.\n\nKind regards,\nThe support team",
 "ack_en": "Hello,\n\nWe have received your request and passed it to an adviser, who will answer within two\nworking days. Please keep the reference in the subject line.\n\nKind regards,\nThe support team",
 "72h_en": "Hello,\n\nA subscription becomes visible within 72 hours of the order being validated. If it is\nstill missing after that, just reply to this message.\n\nKind regards,\nThe support team",
 "done_en": "Hello,\n\nThis has been fixed on our side. Could you check and let us know whether it works now?\n\nKind regards,\nMarion, support team",
}

MAILS = []


def m(cat, ar, uai, plat, hard, lang, frm, subj, body, notes, **kw):
    MAILS.append(dict(cat=cat, ar=ar, uai=uai, plat=plat, hard=hard, lang=lang, frm=frm,
                      subj=subj, body=body, notes=notes, **kw))

# ================================================================ password_reset (24)
m("password_reset", True, "0696618U", "esidoc", False, "fr",
  "Nathalie Perrin <nathalie.perrin@ac-lyon.fr>", "Re: [#SUP-{t}] Mot de passe e-sidoc",
  "Bonjour,\n\nJ'ai bien reçu le lien hier soir mais je ne l'ai ouvert que ce matin et la page\nme dit qu'il a expiré. Est-ce que vous pouvez m'en renvoyer un ? Je le traiterai\ntout de suite cette fois.\n\nMerci d'avance,\nNathalie Perrin\nProfesseure documentaliste\nCollège Jean Moulin - 0696618U",
  "Reset link expired before use; a fresh link is exactly what the reset answer provides.",
  q="pwd_sent", cl="gmail")
m("password_reset", False, "0386238Z", "esidoc", False, "fr",
  "Julien Bertrand <julien.bertrand@ac-grenoble.fr>", "RE: [#SUP-{t}] Compte bloqué",
  "Bonjour,\n\nJ'ai suivi votre procédure, j'ai reçu le lien et choisi un nouveau mot de passe,\nmais à la connexion on me répond toujours « compte verrouillé ». J'ai réessayé\nplusieurs fois et maintenant je ne peux plus rien faire.\n\nPouvez-vous débloquer le compte de notre CDI ? UAI 0386238Z.\n\nJulien Bertrand\nLycée Champollion - CDI",
  "Still locked after following the automatic reset answer: the template was already sent, a person must unlock the account.",
  q="pwd", cl="outlook")
m("password_reset", True, "9749920P", "esidoc", False, "en",
  "Sarah Payet <sarah.payet@ac-reunion.fr>", "Re: [#SUP-{t}] Login problem",
  "Hi,\n\nThanks for the quick answer. I'm not sure which identifier to type though: is it my\nown e-mail or the school code? I have never logged in myself, my predecessor did\neverything.\n\nThe school code on our letterhead is 9749920P.\n\nBest,\nSarah Payet\nTeacher librarian, Lycée Bellepierre",
  "English reply asking which identifier to use for the reset, UAI given: the reset answer covers it.",
  q="pwd_en", cl="gmail")
m("password_reset", True, "0353772K", "esidoc", True, "fr",
  "Secretariat College <ce.0353772K@ac-rennes.fr>", "Re: [#SUP-{t}] mdp oublie",
  "bonjour\n\nla documentaliste nous redemande le mdp du portail, elle ne le retrouve pas\npouvez vous envoyer le lien sur cette adresse, c'est la boite du college\n\nmerci\nle secretariat",
  "UAI only in the ce.<UAI>@ac-rennes.fr sender address; the secretariat asks for the link on the official address.",
  q="pwd", cl="zimbra", enc="8bit")
m("password_reset", True, "0294070S", "esidoc", True, "fr",
  "Gaëlle Le Goff <gaelle.le-goff@ac-rennes.fr>", "Re: [#SUP-{t}] Devis renouvellement abonnement",
  "Bonjour,\n\nMerci, le devis est bien arrivé et il est parti chez la gestionnaire.\n\nAutre chose en attendant : je ne retrouve plus mon mot de passe du back office\ne-sidoc depuis les vacances. Pouvez-vous me dire comment le réinitialiser ?\nNotre UAI : 0294070S.\n\nBonne journée,\nGaëlle Le Goff\nCDI Lycée de l'Iroise",
  "Quoted history and first line about a quote (devis), now settled; the new question is a lost e-sidoc password.",
  q="ack", cl="thunderbird")
m("password_reset", False, "0562183U", "ecoledirecte", True, "fr",
  "Yann Guillou <y.guillou@ac-rennes.fr>", "Re: [#SUP-{t}] Mot de passe",
  "Bonjour,\n\nJe crois qu'on s'est mal compris : ce n'est pas le mot de passe de maintenance\ndu jour que je cherche, c'est celui du compte administrateur EcoleDirecte de\nl'établissement. Notre ancien gestionnaire est parti avec et personne ne l'a noté.\n\nCordialement,\nYann Guillou\nAdjoint gestionnaire\nCollège Saint-Exupéry, Vannes (0562183U)",
  "Negation: not the daily maintenance password (transfer_incident) but the EcoleDirecte administrator password; no reset template for this product.",
  q="ack", cl="outlook")
m("password_reset", True, "0753550B", "esidoc", True, "fr",
  "Claire Dubois <claire.dubois@ac-paris.fr>", "Re: [#SUP-{t}] Identifiant",
  "Bonjour,\n\nVoici le code de l'établissement comme demandé : 0753 550 B\n(je le recopie depuis la circulaire, j'espère que c'est bien ça).\nPouvez-vous me renvoyer un lien pour le mot de passe ?\n\nClaire Dubois\nDocumentaliste, collège Lavoisier",
  "UAI written with spaces (0753 550 B); lost password, the reset answer applies.",
  q="pwd", cl="apple")
m("password_reset", True, "0338662L", "esidoc", True, "fr",
  "Pierre Lamarque <pierre.lamarque@ac-bordeaux.fr>", "Re: [#SUP-{t}] mot de passe",
  "Bonjour,\nje n'ai toujours pas mon mot de passe, j'ai peut etre mal tapé l'identifiant.\nc'est bien 0338662l ? le lien doit partir sur l'adresse du lycée je suppose\nmerci\nP. Lamarque",
  "UAI typed in lower case (0338662l); still a plain lost-password request.",
  q="pwd", cl="gmail", fmt="plain")
m("password_reset", False, None, "esidoc", True, "fr",
  "Olivier Caron <olivier.caron@ac-lille.fr>", "Re: [#SUP-{t}] Mot de passe oublié",
  "Bonjour,\n\nJe n'ai rien reçu. Je vous redonne notre UAI : 0592883U.\nLe compte est au nom de l'ancienne documentaliste, pouvez-vous plutôt envoyer le\nnouveau mot de passe directement sur mon adresse ?\n\nCordialement,\nOlivier Caron\nCollège Anne Frank, Roubaix",
  "UAI typed as 0592883U has a wrong check letter (the digits give 0592883N), so no UAI; region from ac-lille.fr; asks for the password on his own address, so no automatic answer.",
  q="pwd", cl="thunderbird", wrong="0592883U")
m("password_reset", False, "0145551H", "esidoc", False, "en",
  "Emma Leroy <emma.leroy@ac-normandie.fr>", "Re: [#SUP-{t}] Password reset",
  "Hello,\n\nThe reset email went to the administrator address on file, which is my\npredecessor's. She retired in June and that mailbox has been closed.\nHow can I get access? Our UAI is 0145551H.\n\nThanks,\nEmma Leroy\nLibrarian",
  "The reset path failed: the address on file is a closed mailbox; a person must take over (head-of-establishment procedure).",
  q="pwd_en", cl="outlook")
m("password_reset", True, "0936127E", "espace_acheteur", False, "fr",
  "Karima Benali <karima.benali@ac-creteil.fr>", "Re: [#SUP-{t}] Connexion espace acheteur",
  "Bonjour,\n\nMerci pour votre retour sur la commande. Par contre je n'arrive plus à me\nconnecter à l'espace acheteur, j'ai oublié mon mot de passe (nouvelle année,\nnouveaux mots de passe partout...). Établissement 0936127E.\n\nBien cordialement,\nKarima Benali\nGestionnaire - Collège Pablo Neruda",
  "Forgotten Espace Acheteur password asked in a thread about an order; the reset answer fits.",
  q="done", cl="apple")
m("password_reset", True, "0946358A", "ticket_portal", False, "fr",
  "Marc Fontaine <marc.fontaine@ac-creteil.fr>", "Re: [#SUP-{t}] Accès portail assistance",
  "Bonjour,\n\nJ'ai oublié mon identifiant pour le portail des tickets, je voulais suivre ma\ndemande en ligne. UAI du lycée : 0946358A.\n\nCdlt\nM. Fontaine, DSI lycée Guillaume Budé",
  "Forgotten identifier on the ticket portal; identifier is the UAI, the reset answer covers it.",
  q="ack", cl="zimbra")
m("password_reset", False, "0783483M", "esidoc", True, "fr",
  "Sophie Marchand <sophie.marchand@ac-versailles.fr>", "RE: [#SUP-{t}] Mot de passe e-sidoc",
  "Bonjour,\n\nDeux choses :\n1) je n'ai pas pu utiliser le lien de réinitialisation, il m'affiche une page\nblanche ;\n2) l'abonnement Europresse que nous avons commandé le mois dernier n'apparaît\ntoujours pas dans le portail.\n\nMerci de votre aide,\nSophie Marchand\nProfesseure documentaliste\nLycée Camille Claudel - 0783483M",
  "Two topics: reset link failing (main) and a subscription still not visible; one template would answer only half.",
  q="pwd", cl="outlook")
m("password_reset", True, "0922494L", "esidoc", False, "fr",
  "Antoine Girard <antoine.girard@ac-versailles.fr>", "Re: [#SUP-{t}] Mot de passe expiré",
  "Bonjour,\n\nA la connexion on me dit que mon mot de passe a expiré et qu'il faut en choisir\nun nouveau, mais je ne me souviens plus de l'ancien qu'on me demande de saisir.\nUAI 0922494L.\n\nAntoine Girard\nCDI - Lycée Michelet",
  "Expired password and the old one is forgotten: the reset answer applies.",
  q="ack", cl="thunderbird")
m("password_reset", False, "0917560Y", "esidoc", False, "fr",
  "Isabelle Roux <isabelle.roux@ac-versailles.fr>", "Re: [#SUP-{t}] Réinitialisation",
  "Bonjour,\n\nLe lien a été envoyé sur la boîte ce. du collège, mais la secrétaire est en arrêt\nmaladie et personne d'autre n'a les codes de cette boîte. Je suis bloquée depuis\nune semaine pour le prêt.\n\nN'y a-t-il pas un autre moyen ?\n\nIsabelle Roux\nDocumentaliste, Collège Les Goussons (0917560Y)",
  "The reset link went to the official mailbox nobody can read: the automatic path is exhausted, a person must step in.",
  q="pwd_sent", cl="gmail")
m("password_reset", True, "0772932U", "espace_acheteur", False, "en",
  "David Morel <david.morel@ac-creteil.fr>", "RE: [#SUP-{t}] Buyer space",
  "Hello,\n\nAfter three wrong attempts my buyer space account is now locked. I just need to\nreset the password, the rest of the account is fine.\n\nSchool code 0772932U.\n\nRegards,\nDavid Morel\nBursar, Lycée Léonard de Vinci",
  "English, account locked after wrong attempts on the Espace Acheteur; the reset answer applies.",
  q="ack_en", cl="outlook")
m("password_reset", False, "0959288E", "esidoc", False, "fr",
  "Laura Petit <laura.petit@ac-versailles.fr>", "Re: [#SUP-{t}] Mot de passe",
  "Toujours bloquée. Le lien me dit « lien invalide ou déjà utilisé » alors que je\nclique dessus pour la 1ere fois. C'est la 3e demande...\nCollège 0959288E\n\nEnvoyé de mon iPhone",
  "Third attempt, reset link reported invalid on first use: repeated failure after the automatic answer, a person must look.",
  q="pwd_sent", cl="iphone")
m("password_reset", True, "6206276C", "esidoc", True, "fr",
  "Paul-Antoine Santoni <paul-antoine.santoni@ac-corse.fr>", "Re: [#SUP-{t}] Création de compte",
  "Bonjour,\n\nLe compte a bien été validé, merci. Sauf que je n'ai pas noté le mot de passe\nque j'avais choisi à la création... Comment je fais pour le récupérer ?\n\nPaul-Antoine Santoni\nCollège de Porticcio - 6206276C",
  "Thread and quoted history about account creation; the new question is a forgotten password.",
  q="acc", cl="gmail", enc="qp")
m("password_reset", True, "9717570B", "esidoc", False, "fr",
  "Marie-Line Jean-Baptiste <marie-line.jean-baptiste@ac-guadeloupe.fr>", "Re: [#SUP-{t}] Mot de passe portail CDI",
  "Bonjour,\n\nJe relance car je n'arrive toujours pas à me connecter au portail, j'ai oublié\nle mot de passe et je n'ai pas vu de lien « oublié » sur la page. Le code du\ncollège est 9717570B.\n\nMerci et bonne journée,\nMarie-Line Jean-Baptiste",
  "Lost password, could not find the reset link; the reset answer explains it.",
  q=None, cl="gmail")
m("password_reset", True, "9767580K", "esidoc", False, "fr",
  "Anli Madi <anli.madi@ac-mayotte.fr>", "Re: [#SUP-{t}] Perte mot de passe",
  "Bonjour,\n\nJe n'ai pas fait la demande à temps, le lien n'est plus valable. Pouvez-vous\nrelancer la procédure pour le collège 9767580K s'il vous plaît ?\n\nMerci,\nAnli Madi\nProfesseur documentaliste",
  "Reset link no longer valid; a new reset link is the standard answer.",
  q="pwd_sent", cl="thunderbird", enc="b64")
m("password_reset", True, "0678824C", "esidoc", False, "fr",
  "Céline Muller <celine.muller@ac-strasbourg.fr>", "RE: [#SUP-{t}] Accès back office",
  "Bonjour,\n\nJe n'ai pas pu me connecter ce matin, mot de passe oublié. Le code de notre\nlycée est 0678824C. Merci de me dire comment procéder.\n\nCéline Muller\nCDI Lycée Kléber",
  "HTML-only Outlook Web reply; forgotten password with UAI.",
  q="ack", cl="owa", fmt="html")
m("password_reset", True, "0068754H", "esidoc", True, "en",
  "CDI Lycee Massena <ce.0068754H@ac-nice.fr>", "Re: [#SUP-{t}] Password",
  "Hello,\n\nI am the new librarian, writing from the school's official mailbox. I do not\nknow the password of the library portal and nobody handed it over. Could you\nsend the reset link here?\n\nThank you,\nJohn Wallace",
  "English; the UAI is only in the ce.<UAI>@ac-nice.fr sender address; the link can go to that official address.",
  q="pwd_en", cl="outlook")
m("password_reset", True, "0761359P", "esidoc", False, "fr",
  "Hélène Lefebvre <helene.lefebvre@ac-normandie.fr>", "TR: [#SUP-{t}] Mot de passe e-sidoc",
  "Bonjour,\n\nJe vous transfère votre réponse car je ne connais pas mon mot de passe : c'est\nma collègue qui avait ouvert le compte et elle a muté. Quel identifiant dois-je\nsaisir ? Notre établissement : Lycée Flaubert, Rouen, UAI 0761359P.\n\nHélène Lefebvre",
  "Forward of our answer: does not know the password, UAI given; the reset procedure applies.",
  q="pwd", cl="outlook")
m("password_reset", False, "0861438W", "esidoc", False, "fr",
  "Thomas Renaud <thomas.renaud@ac-poitiers.fr>", "Re: [#SUP-{t}] Nouveau mot de passe",
  "Bonjour,\n\nLe lien fonctionne mais aucun mot de passe n'est accepté : j'en ai essayé\nquatre, avec majuscules, chiffres et caractères spéciaux, et j'ai toujours\n« mot de passe non conforme ». Quelle est la règle exacte ?\n\nThomas Renaud\nCollège Jean Macé - 0861438W",
  "The new password is always refused as non-compliant: a policy question a person must answer, not another reset link.",
  q="pwd_sent", cl="gmail")
# ================================================================ missing_noreply_mail (16)
m("missing_noreply_mail", False, "0451418X", "esidoc", False, "fr",
  "Valérie Chevalier <valerie.chevalier@ac-orleans-tours.fr>", "Re: [#SUP-{t}] Mail d'activation non reçu",
  "Bonjour,\n\nJ'ai regardé dans les indésirables comme vous le conseillez, et aussi dans tous\nles dossiers : rien du tout. Cela fait maintenant quatre jours.\n\nPouvez-vous transmettre à qui de droit ?\n\nValérie Chevalier\nDocumentaliste - Collège Alain-Fournier (0451418X)",
  "Follow-up after the junk-folder answer: still nothing after four days; the template was already sent, a person must follow up.",
  q="junk", cl="outlook")
m("missing_noreply_mail", True, "0374114W", "esidoc", False, "fr",
  "Jérôme Blanc <jerome.blanc@ac-orleans-tours.fr>", "Re: [#SUP-{t}] Pas de mail",
  "Bonjour,\n\nMerci, mais sur la messagerie académique je ne vois pas de dossier « spam ».\nOù est-ce qu'il se trouve ? Le mail de confirmation de mon compte n'est\ntoujours pas arrivé.\n\nJérôme Blanc\nLycée Descartes, Tours - UAI 0374114W",
  "Cannot find the junk folder; the confirmation mail still missing; the junk-folder answer still fits.",
  q="junk", cl="zimbra")
m("missing_noreply_mail", True, "0518016L", "espace_acheteur", False, "fr",
  "Aurélie Simon <aurelie.simon@ac-reims.fr>", "Re: [#SUP-{t}] Inscription espace acheteur",
  "Bonjour,\n\nJ'ai bien rempli le formulaire d'inscription comme vous l'indiquiez, mais le mail\navec le lien d'activation n'est jamais arrivé. J'ai attendu depuis hier.\n\nBien à vous,\nAurélie Simon\nGestionnaire, Lycée Clemenceau, Reims (0518016L)",
  "In an account-creation thread: the activation mail never arrived; no anti-spam product named.",
  q="acc", cl="gmail")
m("missing_noreply_mail", False, "0593268G", "espace_acheteur", False, "en",
  "Rachel Dupuis <rachel.dupuis@ac-lille.fr>", "Re: [#SUP-{t}] No activation email",
  "Hi again,\n\nIt has now been more than 48 hours and there is still no activation email,\nnot in the inbox and not in junk. I added the no-reply address to my contacts\nas you said.\n\nSchool: 0593268G\n\nRachel Dupuis",
  "English follow-up: still no activation mail after 48 h despite the junk-folder steps; a person must follow up.",
  q="junk_en", cl="gmail")
m("missing_noreply_mail", True, "0626908X", "esidoc", True, "fr",
  "Christophe Lemaire <christophe.lemaire@ac-lille.fr>", "Re: [#SUP-{t}] Mot de passe",
  "Bonjour,\n\nCe n'est pas un problème de mot de passe en fait : je le connais, mais on m'oblige\nà le changer et le mail « nouveau mot de passe » ne m'arrive jamais. L'outil\nme dit bien que le message est parti.\n\nC. Lemaire\nCollège Jean Jaurès, Lens - 0626908X",
  "Negation: the password is known; the new-password mail never arrives, which the taxonomy files under missing_noreply_mail.",
  q="pwd", cl="thunderbird")
m("missing_noreply_mail", True, "0809640U", "esidoc", True, "fr",
  "Agnès Delattre <agnes.delattre@ac-amiens.fr>", "Re: [#SUP-{t}] Mails non reçus",
  "Bonjour,\n\nNotre établissement n'utilise pas MailInBlack, je me suis renseignée auprès du\nréférent numérique. Il n'y a aucun filtre particulier. Pourtant le mail\nd'activation n'arrive toujours pas.\n\nAgnès Delattre\nCDI, Lycée Madeleine Michelis (0809640U)",
  "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
  q="junk", cl="outlook")
m("missing_noreply_mail", True, "0316596B", "ticket_portal", False, "fr",
  "Remi Garcia <remi.garcia@ac-toulouse.fr>", "Re: [#SUP-{t}] notifications",
  "bonjour\nje ne recois aucune notif du portail quand vous repondez a mes tickets, je dois\naller voir a chaque fois. c normal ?\nlycee 0316596B\nremi",
  "Written without accents: ticket-portal notifications from the no-reply address do not arrive.",
  q="ack", cl="gmail", fmt="plain", enc="7bit")
m("missing_noreply_mail", True, "0340698Z", "espace_acheteur", True, "fr",
  "Gestion Lycee Joffre <ce.0340698z@ac-montpellier.fr>", "Re: [#SUP-{t}] Confirmation d'inscription",
  "Bonjour,\n\nNous n'avons pas reçu le mail de confirmation de l'inscription à l'espace\nacheteur sur cette boîte. Le formulaire a été envoyé lundi.\n\nCordialement,\nLe service de gestion",
  "UAI only in the lower-case ce.<UAI>@ac-montpellier.fr sender address; sign-up confirmation mail never arrived.",
  q="acc", cl="zimbra")
m("missing_noreply_mail", False, "0304413J", "esidoc", False, "fr",
  "Fabienne Roche <fabienne.roche@ac-montpellier.fr>", "RE: [#SUP-{t}] Mails non reçus",
  "Bonjour,\n\nNous avons ajouté l'adresse no-reply aux expéditeurs approuvés il y a trois jours,\nredemandé le lien deux fois : toujours rien, ni en boîte de réception ni en\ncourrier indésirable.\n\nMerci de faire remonter.\n\nFabienne Roche\nLycée Daudet, Nîmes - 0304413J",
  "Junk-folder steps done three days ago, still nothing: the automatic answer is exhausted, escalate to the region.",
  q="junk", cl="outlook")
m("missing_noreply_mail", True, "0669141C", "espace_acheteur", False, "en",
  "Nicolas Ferrer <nicolas.ferrer@ac-montpellier.fr>", "Re: [#SUP-{t}] Order notifications",
  "Hello,\n\nSince last week I no longer get the order notification emails from the buyer\nspace. The orders go through fine, only the emails are missing.\n\nUAI 0669141C\n\nCheers,\nNicolas Ferrer\nBursar",
  "English: Espace Acheteur notifications stopped arriving; no anti-spam product named.",
  q="ack_en", cl="gmail")
m("missing_noreply_mail", True, "0440124W", "esidoc", False, "fr",
  "Bénédicte Morin <benedicte.morin@ac-nantes.fr>", "Re: [#SUP-{t}] Mot de passe e-sidoc",
  "Bonjour,\n\nJ'ai cliqué sur « Mot de passe oublié » comme indiqué, le site dit qu'un mail\nest parti, mais je n'ai rien reçu depuis une heure.\n\nBénédicte Morin\nDocumentaliste, collège Rosa Parks, Nantes (0440124W)",
  "The reset tool worked but the no-reply mail did not arrive: missing_noreply_mail.",
  q="pwd", cl="thunderbird")
m("missing_noreply_mail", True, "0496966F", "espace_acheteur", False, "fr",
  "Stéphane Maillard <stephane.maillard@ac-nantes.fr>", "Re: [#SUP-{t}] Création compte acheteur",
  "Bonjour,\n\nMerci pour les explications. Le compte est créé mais le mail d'activation ne\nvient pas. Je réessaie demain ?\n\nStéphane Maillard\nAdjoint gestionnaire\nCollège Clemenceau, Cholet 0496966F",
  "Account created, activation mail not received: missing_noreply_mail.",
  q="acc", cl="zimbra")
m("missing_noreply_mail", True, "0853338S", "ecoledirecte", False, "fr",
  "Anne Boucher <anne.boucher@ac-nantes.fr>", "Re: [#SUP-{t}] Notifications EcoleDirecte",
  "Bonjour,\n\nDepuis la rentrée nous ne recevons plus les mails automatiques d'EcoleDirecte\n(alertes de fin de transfert). Rien dans les spams non plus.\n\nAnne Boucher\nSecrétariat, Collège Les Sicardières - 0853338S",
  "EcoleDirecte automatic mails no longer arrive; the transfers themselves are not said to fail.",
  q="ack", cl="apple")
m("missing_noreply_mail", False, "0135939K", "espace_acheteur", True, "fr",
  "Jean-Marc Ollivier <jean-marc.ollivier@ac-aix-marseille.fr>", "Re: [#SUP-{t}] Inscription",
  "Bonjour,\n\nLe mail d'activation ne m'est toujours pas parvenu (j'ai vérifié les spams).\nEt tant que j'y suis : pouvez-vous m'envoyer un devis pour l'abonnement\nannuel ? La gestionnaire en a besoin avant le conseil d'administration.\n\nJ.-M. Ollivier\nLycée Thiers - 0135939K",
  "Two topics: activation mail not received (main) and a quote request (order_billing); a template answers only half.",
  q="junk", cl="gmail")
m("missing_noreply_mail", True, "9728497D", "esidoc", False, "fr",
  "Frantz Lubin <frantz.lubin@ac-martinique.fr>", "Re: [#SUP-{t}] Lien d'activation",
  "Bonjour,\n\nJe n'ai pas reçu le lien d'activation de mon compte de documentaliste, ni hier\nni aujourd'hui. Collège 9728497D, Fort-de-France.\n\nMerci,\nFrantz Lubin",
  "Activation link not received; no anti-spam product named.",
  q="acc", cl="outlook", enc="b64")
m("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "Kevin O'Neill <k.oneill@cite-scolaire-internationale.fr>", "Re: [#SUP-{t}] Emails not received",
  "Hi,\n\nI run IT for the school. Staff tell me they never receive the platform's automatic\nemails. Which sender address or domain should I allow on our mail gateway?\n\nKevin O'Neill\nIT department",
  "English, IT staff asking which no-reply sender to allow; no anti-spam product named; non-academic domain and no UAI.",
  q="junk_en", cl="outlook")
# ================================================================ mailinblack_spam (13)
m("mailinblack_spam", True, "0010840H", "esidoc", False, "fr",
  "Sandrine Vial <sandrine.vial@ac-lyon.fr>", "Re: [#SUP-{t}] Mail d'activation non reçu",
  "Bonjour,\n\nJ'ai vu avec notre informaticien : ce n'est pas dans les spams, c'est MailInBlack\nqui bloque vos messages. Que faut-il faire ?\n\nSandrine Vial\nCDI Lycée Lalande, Bourg-en-Bresse - 0010840H",
  "Reply to the junk-folder answer: IT says MailInBlack is blocking; the MailInBlack guide is the right answer.",
  q="junk", cl="gmail")
m("mailinblack_spam", False, "0425857N", "esidoc", True, "fr",
  "Lucie Faure <lucie.faure@ac-lyon.fr>", "Re: [#SUP-{t}] Toujours rien",
  "Bonjour,\n\nJe n'ai pas eu votre lien, mais hier j'ai reçu un drôle de message me disant\nqu'un expéditeur attendait que je confirme qu'il n'est pas un robot, avec une\nliste de mails en attente. Est-ce que c'est lié ?\n\nLucie Faure\nDocumentaliste, collège Jules Vallès (0425857N)",
  "Describes the sender-authentication challenge and held mails without naming MailInBlack: probable mailinblack_spam, a person should confirm before sending the guide.",
  q="junk", cl="thunderbird")
m("mailinblack_spam", True, "0712115N", "espace_acheteur", False, "en",
  "Helen Carter <helen.carter@ac-dijon.fr>", "Re: [#SUP-{t}] Activation email",
  "Hello,\n\nFound it: your emails are held in our MailinBlack quarantine. I can see them in\nthe MailinBlack portal but cannot release them. What should I do?\n\nHelen Carter\nLycée Pontus de Tyard - 0712115N",
  "English: mails held in the MailInBlack quarantine; the allow-list guide applies.",
  q="junk_en", cl="outlook")
m("mailinblack_spam", False, "0223536Z", "esidoc", False, "fr",
  "Erwan Le Bihan <erwan.le-bihan@ac-rennes.fr>", "RE: [#SUP-{t}] MailInBlack",
  "Bonjour,\n\nJ'ai suivi le guide : votre adresse est dans la liste blanche MailInBlack depuis\nlundi. Les mails de réinitialisation restent bloqués quand même. Je ne sais\nplus quoi essayer.\n\nErwan Le Bihan\nCollège Le Braz, Saint-Brieuc (0223536Z)",
  "Guide followed, MailInBlack still blocks: the template was already sent, the region must contact IT.",
  q="mib", cl="outlook")
m("mailinblack_spam", True, "0182634R", "esidoc", False, "fr",
  "Noemie Carpentier <noemie.carpentier@ac-orleans-tours.fr>", "Re: [#SUP-{t}] mdp",
  "bonjour,\nmailinblack bloque les mails de reinitialisation du mdp, la dsi m'a dit de vous\nle signaler. lycee Marguerite de Navarre 0182634R\nmerci",
  "No accents, abbreviation 'mdp': reset mails blocked by MailInBlack; guide applies.",
  q="pwd", cl="gmail", fmt="plain", enc="7bit")
m("mailinblack_spam", False, "0547237Y", "espace_acheteur", True, "fr",
  "François Henry <francois.henry@ac-nancy-metz.fr>", "Re: [#SUP-{t}] Mails bloqués",
  "Bonjour,\n\nVos messages sont bien retenus par MailInBlack, notre service informatique\ns'en occupe. Par ailleurs, la facture de février ne figure pas dans Chorus,\npouvez-vous vérifier de votre côté ?\n\nFrançois Henry\nGestionnaire, Lycée Henri Poincaré - 0547237Y",
  "Two topics: MailInBlack holding mail (main) and an invoice missing from Chorus (order_billing); a person must answer the second.",
  q="junk", cl="outlook")
m("mailinblack_spam", False, "0029755T", "espace_acheteur", True, "fr",
  "Service informatique <dsi@lycee-condorcet-saint-quentin.fr>", "Re: [#SUP-{t}] Messages retenus MailInBlack",
  "Bonjour,\n\nNous avons autorisé votre domaine dans MailInBlack ce matin. Pouvez-vous\nrenvoyer le mail d'activation du compte de Mme Lenoir, gestionnaire du lycée\nCondorcet (UAI 0029755T) ?\n\nCordialement,\nLe service informatique",
  "IT staff report the MailInBlack allow-list is done and ask us to resend the activation mail: a person must resend, the guide would be redundant.",
  q="mib", cl="thunderbird")
m("mailinblack_spam", True, "0172910W", "esidoc", False, "fr",
  "Martine Guérin <martine.guerin@ac-poitiers.fr>", "Re: [#SUP-{t}] Rien reçu",
  "Bonjour,\n\nMon collègue m'indique que vos mails sont mis en quarantaine par « Mail In\nBlack » (c'est le logiciel du département). Comment les débloquer ?\n\nMartine Guérin\nCollège Fromentin, La Rochelle - 0172910W",
  "MailInBlack spelled 'Mail In Black': quarantined mails, the guide applies.",
  q="junk", cl="apple")
m("mailinblack_spam", True, "0818244W", "esidoc", True, "en",
  "Tom Baker <tom.baker@ac-toulouse.fr>", "Re: [#SUP-{t}] Reset email",
  "Hi,\n\nOur IT says the reset emails are stuck in MIB (the anti-spam we use) and asks\nfor the exact sender to whitelist. School is 0818244W.\n\nThanks,\nTom",
  "English, MailInBlack only abbreviated as 'MIB' with anti-spam context; the allow-list guide answers.",
  q="pwd_en", cl="gmail")
m("mailinblack_spam", True, "0877684E", "esidoc", False, "fr",
  "Corinne Barre <corinne.barre@ac-limoges.fr>", "Re: [#SUP-{t}] Notifications",
  "Bonjour,\nles mails de votre plateforme arrivent dans ma quarantaine mailinblack, je\ndois les libérer un par un. Y a-t-il un réglage ?\nCollège 0877684E\n\nEnvoyé de mon iPhone",
  "Platform mails land in the MailInBlack quarantine; the guide applies.",
  q="ack", cl="iphone")
m("mailinblack_spam", True, "0645183L", "esidoc", False, "fr",
  "Maite Etcheverry <maite.etcheverry@ac-bordeaux.fr>", "Re: [#SUP-{t}] Mail non reçu",
  "Bonjour,\n\nLe service informatique a trouvé votre message dans MailInBlack, bloqué\ncomme « indésirable ». Faut-il que chaque utilisateur vous autorise ?\n\nMaite Etcheverry\nLycée Louis de Foix, Bayonne (0645183L)",
  "Message found blocked in MailInBlack; the allow-list guide answers.",
  q="junk", cl="gmail", enc="b64")
m("mailinblack_spam", True, "9733245P", "espace_acheteur", False, "fr",
  "Joël Bernard <joel.bernard@ac-guyane.fr>", "Re: [#SUP-{t}] Activation compte",
  "Bonjour,\n\nMailInBlack m'a demandé de valider votre adresse mais le lien de validation\nne marche pas depuis ici. Le mail d'activation est donc toujours bloqué.\n\nJoël Bernard\nGestionnaire - Lycée Melkior-Garré, Cayenne - 9733245P",
  "MailInBlack challenge holding the activation mail, MailInBlack named; the guide applies.",
  q="acc", cl="zimbra")
m("mailinblack_spam", True, "0831324N", "esidoc", False, "fr",
  "Delphine Orsini <delphine.orsini@ac-nice.fr>", "RE: [#SUP-{t}] Messages bloqués",
  "Bonjour,\n\nJe confirme, vos messages sont retenus par MailInBlack chez nous. Merci de\nm'envoyer la procédure pour les autoriser.\n\nDelphine Orsini\nProfesseure documentaliste\nCollège Font de Fillol, Toulon - 0831324N",
  "HTML-only reply confirming MailInBlack holds our mail; the guide applies.",
  q="junk", cl="owa", fmt="html")
# ================================================================ account_creation (10)
m("account_creation", False, "0633278W", "espace_acheteur", False, "fr",
  "Élodie Vidal <elodie.vidal@ac-clermont.fr>", "Re: [#SUP-{t}] Création de compte",
  "Bonjour,\n\nMon compte est « en attente de validation » depuis dix jours. L'administrateur\nde la structure ne répond pas (je crois qu'il a changé d'établissement).\nQue puis-je faire ?\n\nÉlodie Vidal\nGestionnaire, Lycée Blaise Pascal - 0633278W",
  "Account waiting for validation for ten days, administrator gone: the region must step in.",
  q="acc", cl="outlook")
m("account_creation", False, "0219821L", "espace_acheteur", False, "fr",
  "Hugo Lambert <hugo.lambert@ac-dijon.fr>", "Re: [#SUP-{t}] Validation compte",
  "Bonjour,\n\nVous me dites que l'administrateur de ma structure doit valider mon compte, mais\nje ne sais pas qui c'est. Pouvez-vous me donner son nom ?\n\nHugo Lambert\nCollège Marcelle Pardé, Dijon (0219821L)",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  q="acc", cl="gmail")
m("account_creation", True, "0252929Y", "esidoc", False, "fr",
  "Laura Schmitt <laura.schmitt@ac-besancon.fr>", "Re: [#SUP-{t}] Nouvelle collègue",
  "Bonjour,\n\nMerci d'avoir rétabli mon accès. Une deuxième documentaliste est arrivée cette\nsemaine : comment peut-elle créer son propre compte ?\n\nBien cordialement,\nLaura Schmitt\nLycée Victor Hugo, Besançon - 0252929Y",
  "How a new colleague creates an account; the account-creation answer applies.",
  q="done", cl="gmail")
m("account_creation", True, "0571471P", "esidoc", False, "fr",
  "Mathieu Klein <mathieu.klein@ac-nancy-metz.fr>", "Re: [#SUP-{t}] Portail CDI",
  "Bonjour,\n\nJe prends mes fonctions de documentaliste au collège, et je n'ai pas encore\nde compte sur le portail. Comment puis-je le créer ?\n\nMathieu Klein\nCollège Paul Verlaine, Metz - 0571471P",
  "New librarian without an account asks how to create one.",
  q="ack", cl="thunderbird")
m("account_creation", True, "0425857N", "esidoc", True, "fr",
  "Agathe Roussel <agathe.roussel@ac-lyon.fr>", "Re: [#SUP-{t}] Mot de passe oublié",
  "Bonjour,\n\nMerci pour la procédure, mais je n'ai pas oublié mon mot de passe : je n'ai\ntout simplement jamais eu de compte, je suis arrivée en septembre. Il faut\nque j'en crée un, c'est bien ça ?\n\nAgathe Roussel\nLycée Claude Fauriel, Saint-Étienne (0425857N)",
  "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account: account_creation, not password_reset.",
  q="pwd", cl="gmail")
m("account_creation", False, "0338662L", "espace_acheteur", False, "fr",
  "Béatrice Dumas <beatrice.dumas@ac-bordeaux.fr>", "RE: [#SUP-{t}] Compte acheteur",
  "Bonjour,\n\nMon compte fonctionne maintenant, merci. En revanche je n'ai pas le droit de\nvalider les commandes, seulement de consulter. Pouvez-vous ouvrir les droits\nde validation ?\n\nBéatrice Dumas\nSecrétaire générale, Lycée Montaigne - 0338662L",
  "Account works; asks for order-validation rights to be opened.",
  q="done", cl="outlook")
m("account_creation", False, "0547237Y", "esidoc", False, "fr",
  "Nadia Haddad <nadia.haddad@ac-nancy-metz.fr>", "Re: [#SUP-{t}] Comptes CDI",
  "Bonjour,\n\nNous sommes deux professeures documentalistes à mi-temps. Est-il possible\nd'avoir chacune un compte administrateur, ou faut-il partager le même ?\n\nNadia Haddad\nLycée Jeanne d'Arc, Nancy - 0547237Y",
  "Asks whether two librarians can each have an administrator account: a person answers.",
  q="acc", cl="thunderbird")
m("account_creation", False, None, "espace_acheteur", False, "fr",
  "Emmanuel Robin <emmanuel.robin@ac-lyon.fr>", "Re: [#SUP-{t}] Création de compte",
  "Bonjour,\n\nEn créant le compte client, notre établissement n'apparaît pas dans la liste\ndéroulante. Nous sommes un EREA ouvert à la rentrée, le code UAI est peut-être\ntrop récent.\n\nEmmanuel Robin\nDirecteur adjoint",
  "The establishment is missing from the list when creating the customer account: a person (sales team) must check; no UAI given, region from ac-lyon.fr.",
  q="acc", cl="zimbra")
m("account_creation", True, "0809640U", "esidoc", False, "fr",
  "Louise Dufour <louise.dufour@ac-amiens.fr>", "Re: [#SUP-{t}] inscription",
  "bonjour,\nou se trouve le formulaire pour s'inscrire ? je ne le vois pas sur la page\nd'accueil du portail.\nmerci\nLouise Dufour, lycee Michelis 0809640U",
  "Cannot find the sign-up form; the account-creation answer applies.",
  q=None, cl="gmail", fmt="plain")
m("account_creation", False, "9717570B", "espace_acheteur", False, "en",
  "Steven Lacroix <steven.lacroix@ac-guadeloupe.fr>", "RE: [#SUP-{t}] Buyer account",
  "Hello,\n\nOur school is part of the new bilingual network. Can we open a buyer account even\nthough we are not in the public purchasing group yet? UAI 9717570B.\n\nRegards,\nSteven Lacroix\nManager",
  "English: eligibility question before opening a buyer account: a person must check.",
  q="ack_en", cl="outlook")
# ================================================================ subscription_activation (11)
m("subscription_activation", False, "0753550B", "esidoc", False, "fr",
  "Agnès Nguyen <agnes.nguyen@ac-paris.fr>", "Re: [#SUP-{t}] Abonnement non visible",
  "Bonjour,\n\nLes 72 heures sont largement passées (commande validée il y a huit jours) et\nl'abonnement n'apparaît toujours pas. Pouvez-vous regarder ?\n\nAgnès Nguyen\nCDI Collège Lavoisier - 0753550B",
  "Past the 72-hour rule after the automatic answer: a person must look at the order.",
  q="72h", cl="gmail")
m("subscription_activation", True, "0068754H", "esidoc", False, "fr",
  "Jacqueline Bianchi <jacqueline.bianchi@ac-nice.fr>", "Re: [#SUP-{t}] Ressource numérique",
  "Bonjour,\n\nLa ressource est bien active côté administration, merci. Mais les élèves ne la\nvoient pas sur le portail. Comment faut-il la publier ?\n\nJacqueline Bianchi\nLycée Masséna, Nice (0068754H)",
  "Resource active but not published for pupils: how to publish it.",
  q="done", cl="thunderbird")
m("subscription_activation", True, "0917560Y", "esidoc", False, "fr",
  "Mark Evans <mark.evans@ac-versailles.fr>", "Re: [#SUP-{t}] Abonnement presse",
  "Bonjour,\n\nNous avons commandé l'abonnement presse hier et il n'apparait pas encore\ndans le portail. Est-ce normal ?\n\nMark Evans (section internationale)\n0917560Y",
  "Ordered yesterday, not yet visible: within the 72-hour rule.",
  q="ack", cl="gmail")
m("subscription_activation", True, "0440124W", "esidoc", True, "fr",
  "Principal Collège Rosa Parks <ce.0440124W@ac-nantes.fr>", "Re: [#SUP-{t}] Abonnement presse",
  "Bonjour,\n\nJe me permets de relancer en tant que principal : notre documentaliste attend\nl'abonnement commandé la semaine dernière. Pouvez-vous me dire quand il sera\ndisponible ?\n\nBien cordialement,\nPhilippe Gauthier\nPrincipal",
  "Written by the principal from the ce.<UAI> address, but only asks when the subscription will be available: not a head-of-establishment request.",
  q="72h", cl="outlook")
m("subscription_activation", True, "0761359P", "esidoc", True, "fr",
  "Gilles Noël <gilles.noel@ac-normandie.fr>", "Re: [#SUP-{t}] Mot de passe",
  "Bonjour,\n\nJe n'ai pas de problème de mot de passe, je me connecte très bien. C'est\nl'abonnement Cafeyn qui n'apparaît pas dans la liste des ressources.\n\nGilles Noël\nLycée Flaubert (0761359P)",
  "Negation: login works; the Cafeyn subscription is not visible. Subject still says 'Mot de passe'.",
  q="pwd", cl="apple")
m("subscription_activation", True, "0633278W", "esidoc", False, "fr",
  "Pascal Fournier <pascal.fournier@ac-clermont.fr>", "Re: [#SUP-{t}] abonnement",
  "bonjour\nl abonnement commande lundi n apparait pas encore dans le portail, c est\nnormal ? lycee 0633278W\ncordialement",
  "No accents: subscription ordered on Monday not visible yet; 72-hour rule.",
  q="ack", cl="zimbra", fmt="plain", enc="7bit")
m("subscription_activation", True, "0145551H", "esidoc", False, "fr",
  "Mélanie Hamon <melanie.hamon@ac-normandie.fr>", "RE: [#SUP-{t}] Renouvellement",
  "Bonjour,\n\nNous avons renouvelé l'abonnement la semaine dernière mais le portail\naffiche toujours « expiré ». Faut-il attendre ?\n\nMélanie Hamon\nCollège Jacques Prévert - 0145551H",
  "Renewed subscription still displayed as expired: activation delay rule.",
  q="ack", cl="outlook")
m("subscription_activation", True, "0135939K", "esidoc", False, "fr",
  "Samia Belkacem <samia.belkacem@ac-aix-marseille.fr>", "Re: [#SUP-{t}] Nouvel abonnement",
  "Bonjour,\n\nLa commande est validée depuis hier. Au bout de combien de temps\nl'abonnement sera-t-il visible pour les élèves ?\n\nSamia Belkacem\nCDI Lycée Thiers - 0135939K",
  "HTML-only: when will an ordered subscription be visible; 72-hour rule.",
  q="ack", cl="owa", fmt="html")
m("subscription_activation", True, "0068754H", "esidoc", False, "fr",
  "Jacqueline Bianchi <jacqueline.bianchi@ac-nice.fr>", "Re: [#SUP-{t}] Abonnement",
  "Merci pour la réponse sur les 72 h. Et pour le second abonnement (Le Monde\ndes ados) commandé en même temps, c'est le même délai ?\n\nJ. Bianchi\nLycée Masséna - 0068754H",
  "Follow-up question on the same delay for a second subscription: the 72-hour answer applies.",
  q="72h", cl="thunderbird")
m("subscription_activation", True, "0496966F", "esidoc", False, "fr",
  "Camille Royer <camille.royer@ac-nantes.fr>", "Re: [#SUP-{t}] Ressource à publier",
  "Bonjour,\n\nL'abonnement est actif mais je ne trouve pas comment le rendre visible sur\nle portail des élèves. Il y a un bouton « publier » quelque part ?\n\nCamille Royer\nCollège Clemenceau (0496966F)",
  "Resource to publish on the pupils' portal.",
  q="done", cl="apple", enc="qp")
m("subscription_activation", False, "0593268G", "esidoc", False, "en",
  "James Whitfield <james.whitfield@ac-lille.fr>", "Re: [#SUP-{t}] Subscription still missing",
  "Hello,\n\nTwo weeks after the order the subscription is still not active. You told me\nto wait 72 hours; that was twelve days ago.\n\nJames Whitfield\nInternational section, 0593268G",
  "English: twelve days past the 72-hour answer; a person must look at the order.",
  q="72h_en", cl="outlook")
# ================================================================ head_of_establishment_request (12)
m("head_of_establishment_request", False, "0451418X", "esidoc", False, "fr",
  "Principal College Alain-Fournier <ce.0451418X@ac-orleans-tours.fr>", "Re: [#SUP-{t}] Mot de passe administrateur",
  "Bonjour,\n\nSuite à votre message, je vous demande par la présente de réinitialiser le mot\nde passe du compte administrateur e-sidoc du collège et de l'envoyer à notre\ndocumentaliste, Mme Valérie Chevalier.\n\nBernard Lemoine\nPrincipal du collège Alain-Fournier",
  "Reply to the head-of-establishment procedure: the principal asks in writing, from the ce.<UAI> address, for the administrator password reset.",
  q="head", cl="outlook")
m("head_of_establishment_request", False, "0316596B", "esidoc", False, "fr",
  "Proviseure Lycée Bellevue <ce.0316596B@ac-toulouse.fr>", "Re: [#SUP-{t}] Changement d'administrateur",
  "Madame, Monsieur,\n\nVeuillez trouver ci-joint mon courrier signé demandant que M. Rémi Garcia\ndevienne administrateur du portail à la place de Mme Costes, partie à la\nretraite.\n\nCordialement,\nMartine Delmas\nProviseure",
  "The proviseure sends a signed letter (PDF) asking to change the administrator.",
  q="head", cl="outlook", att=[("courrier_changement_admin.pdf", "application/pdf")])
m("head_of_establishment_request", False, "0712115N", "espace_acheteur", False, "fr",
  "Directrice Ecole Jules Ferry <ce.0712115N@ac-dijon.fr>", "Re: [#SUP-{t}] Commande en attente",
  "Bonjour,\n\nEn tant que directrice de l'école, j'autorise la commande passée par Mme Carter\n(panier du 14) et vous confirme que le bon d'engagement suivra.\n\nCordialement,\nAnnie Perrot\nDirectrice",
  "The school director authorises an order in writing: a head-of-establishment request, never executed automatically.",
  q="ack", cl="zimbra")
m("head_of_establishment_request", False, "0252929Y", "esidoc", False, "en",
  "Head Teacher <ce.0252929Y@ac-besancon.fr>", "Re: [#SUP-{t}] Contact address",
  "Dear support team,\n\nAs head of Lycée Victor Hugo I authorise the change of the portal's contact\naddress to laura.schmitt@ac-besancon.fr, replacing the old library mailbox.\n\nYours sincerely,\nRobert Grandjean\nProviseur",
  "English: the head authorises in writing a change of contact address.",
  q="head", cl="outlook")
m("head_of_establishment_request", False, "0374114W", "esidoc", True, "fr",
  "Sylvie Marchal <sylvie.marchal62@gmail.com>", "Re: [#SUP-{t}] Mot de passe administrateur",
  "Bonjour,\n\nJe suis la proviseure du lycée Descartes (0374114W). Je vous écris depuis ma\nboîte personnelle car je suis en déplacement : merci de réinitialiser le mot\nde passe administrateur et de l'envoyer à M. Blanc, notre documentaliste.\n\nSylvie Marchal",
  "The head writes from a personal Gmail address, not the official one: still a head-of-establishment request, staff must check the evidence.",
  q="head", cl="gmail")
m("head_of_establishment_request", False, "0877684E", "esidoc", True, "fr",
  "Secrétariat de direction <secretariat.direction@ac-limoges.fr>", "TR: [#SUP-{t}] Demande du principal",
  "Bonjour,\n\nÀ la demande de M. le Principal, je vous transmets son courrier signé pour le\nchangement d'adresse de contact du portail CDI (collège 0877684E).\nLe principal est en copie.\n\nCordialement,\nLe secrétariat de direction",
  "The secretariat relays the principal's signed letter (PDF) with the head in copy: the head's written request, relayed; staff check letter and sender.",
  q="head", cl="outlook", att=[("demande_principal_signee.pdf", "application/pdf")], cc="ce.0877684E@ac-limoges.fr")
m("head_of_establishment_request", False, "0922494L", "esidoc", False, "fr",
  "Proviseur Lycée Michelet <ce.0922494L@ac-versailles.fr>", "Re: [#SUP-{t}] Mot de passe expiré",
  "Bonjour,\n\nJe confirme la demande de M. Girard, notre documentaliste : merci de\nréinitialiser l'accès administrateur du portail et d'enregistrer son adresse\nacadémique comme adresse de contact.\n\nCordialement,\nFrançois Besson\nProviseur du lycée Michelet",
  "The proviseur confirms in writing, from the official address, the librarian's request to reset and change the contact address.",
  q="pwd", cl="thunderbird")
m("head_of_establishment_request", False, "0936127E", "espace_acheteur", True, "fr",
  "Principal <ce.0936127E@ac-creteil.fr>", "Re: [#SUP-{t}] Changement administrateur",
  "Bonjour,\n\nMerci de transférer les deux comptes administrateurs (espace acheteur et\nportail) vers l'adresse gestion.college93@gmail.com, plus pratique pour nous.\nC'est urgent.\n\nLe principal",
  "Claims to be the principal from the ce.<UAI> address, but SPF fails and Reply-To is a free-mail address: probable spoof; still a head-of-establishment request for staff to refuse.",
  q="head", cl="gmail", auth="fail", reply_to="gestion.college93@gmail.com")
m("head_of_establishment_request", False, "0831324N", "esidoc", True, "fr",
  "Principale Collège Font de Fillol <ce.0831324N@ac-nice.fr>", "Re: [#SUP-{t}] Adresse de contact",
  "Bonjour,\n\nJe soussignée, principale du collège (UAI 0831324P), demande que l'adresse de\ncontact du portail soit désormais celle de Mme Orsini.\n\nCordialement,\nValérie Cristofari\nPrincipale",
  "The body gives 0831324P (wrong check letter); the sender address ce.0831324N@ac-nice.fr carries the valid UAI, which is the label.",
  q="head", cl="outlook", wrong="0831324P")
m("head_of_establishment_request", False, "0029755T", "espace_acheteur", False, "fr",
  "Proviseur Lycée Condorcet <ce.0029755T@ac-amiens.fr>", "Re: [#SUP-{t}] Administrateur espace acheteur",
  "Bonjour,\n\nL'ancien gestionnaire a quitté l'établissement. Je vous demande de désigner\nMme Lenoir comme administratrice de l'espace acheteur et de retirer tous les\naccès de M. Vasseur.\n\nBien cordialement,\nJean-Pierre Lecomte\nProviseur",
  "The proviseur asks in writing to change the Espace Acheteur administrator and remove the former one.",
  q="ack", cl="outlook")
m("head_of_establishment_request", False, "9717570B", "esidoc", False, "fr",
  "Direction Collège <ce.9717570B@ac-guadeloupe.fr>", "Re: [#SUP-{t}] Mot de passe portail CDI",
  "Bonjour,\n\nEn qualité de principal, je vous autorise à envoyer le nouveau mot de passe\nadministrateur à Mme Jean-Baptiste, professeure documentaliste.\n\nCordialement,\nLéon Darius\nPrincipal",
  "The principal authorises in writing sending the administrator password to the librarian.",
  q="head", cl="gmail")
m("head_of_establishment_request", False, "0645183L", "esidoc", False, "en",
  "Principal's office <ce.0645183L@ac-bordeaux.fr>", "RE: [#SUP-{t}] Administrator change",
  "Hello,\n\nI am the head of Lycée Louis de Foix. Please make Ms Etcheverry the administrator\nof our library portal from now on. The signed form is attached.\n\nRegards,\nPatrick Irigoyen\nProviseur",
  "English: the head asks for a change of administrator, signed form attached.",
  q="head", cl="outlook", att=[("formulaire_administrateur.pdf", "application/pdf")])
# ================================================================ order_billing (11)
m("order_billing", False, "0219821L", "espace_acheteur", False, "fr",
  "Hugo Lambert <hugo.lambert@ac-dijon.fr>", "Re: [#SUP-{t}] Demande de devis",
  "Bonjour,\n\nJe n'ai toujours pas reçu le devis demandé il y a dix jours. Sans lui je ne peux\npas faire le bon d'engagement avant la clôture.\n\nHugo Lambert\nCollège Marcelle Pardé (0219821L)",
  "Quote (devis) still not received; needed for the bon d'engagement.",
  q="ack", cl="gmail")
m("order_billing", False, "0304413J", "espace_acheteur", False, "fr",
  "Fabienne Roche <fabienne.roche@ac-montpellier.fr>", "RE: [#SUP-{t}] Facture rejetée Chorus",
  "Bonjour,\n\nLa facture a de nouveau été rejetée dans Chorus Pro : le numéro d'engagement\njuridique est absent. Pouvez-vous la redéposer avec le bon numéro ?\n\nFabienne Roche\nLycée Daudet - 0304413J",
  "Invoice rejected in Chorus for a missing engagement number.",
  q="ack", cl="outlook")
m("order_billing", False, "0518016L", "espace_acheteur", False, "fr",
  "Aurélie Simon <aurelie.simon@ac-reims.fr>", "Re: [#SUP-{t}] Adresse de facturation",
  "Bonjour,\n\nLa facture porte toujours notre ancienne adresse de facturation. Pouvez-vous\nen émettre une corrigée avec l'adresse ci-dessous ?\n\nLycée Clemenceau, 46 avenue Georges Clemenceau, Reims\n\nAurélie Simon\nGestionnaire - 0518016L",
  "Corrected invoice with a new billing address.",
  q="ack", cl="gmail")
m("order_billing", False, "0496966F", "espace_acheteur", False, "fr",
  "Stéphane Maillard <stephane.maillard@ac-nantes.fr>", "Re: [#SUP-{t}] Bon d'engagement",
  "Bonjour,\n\nVeuillez trouver ci-joint le bon d'engagement signé pour la commande de\nrenouvellement. Merci de me confirmer la bonne réception.\n\nStéphane Maillard\nCollège Clemenceau - 0496966F",
  "Sends the signed bon d'engagement (PDF) for the order.",
  q="ack", cl="zimbra", att=[("BE_2025_014.pdf", "application/pdf")])
m("order_billing", False, "0669141C", "espace_acheteur", False, "fr",
  "Nicolas Ferrer <nicolas.ferrer@ac-montpellier.fr>", "Re: [#SUP-{t}] Panier",
  "Bonjour,\n\nMerci pour les notifications, c'est réglé. Par contre impossible de valider mon\npanier : le bouton « Valider la commande » reste grisé. Capture jointe.\n\nNicolas Ferrer\nLycée Jean Lurçat, Perpignan (0669141C)",
  "Settles the notification issue, then cannot validate the basket: order_billing.",
  q="done", cl="thunderbird", att=[("panier.png", "image/png")])
m("order_billing", False, "0626908X", "espace_acheteur", False, "fr",
  "Christophe Lemaire <christophe.lemaire@ac-lille.fr>", "Re: [#SUP-{t}] Paiement",
  "Bonjour,\n\nEst-ce qu'on peut régler par mandat administratif au lieu de la carte ? Notre\nagent comptable refuse le paiement en ligne.\n\nC. Lemaire\nCollège Jean Jaurès - 0626908X",
  "Question about payment means (mandat administratif).",
  q="ack", cl="outlook")
m("order_billing", False, "0946358A", "espace_acheteur", False, "fr",
  "Marc Fontaine <marc.fontaine@ac-creteil.fr>", "Re: [#SUP-{t}] Facture en double",
  "Bonjour,\n\nNous avons reçu deux fois la même facture (même montant, deux numéros\ndifférents). Laquelle devons-nous payer ? Merci d'annuler l'autre.\n\nM. Fontaine\nLycée Guillaume Budé - 0946358A",
  "Duplicate invoice: asks which to pay and to cancel the other.",
  q="ack", cl="zimbra")
m("order_billing", False, "0783483M", "espace_acheteur", True, "fr",
  "Sophie Marchand <sophie.marchand@ac-versailles.fr>", "Re: [#SUP-{t}] Facture",
  "Bonjour,\n\nLe montant de la facture ne correspond pas au devis (120 € d'écart). Pouvez-vous\nvérifier ? Et accessoirement, je n'arrive plus à me connecter à l'espace\nacheteur, mot de passe oublié.\n\nSophie Marchand\nLycée Camille Claudel - 0783483M",
  "Two topics: wrong invoice amount (main) and a forgotten password (secondary).",
  q="ack", cl="gmail")
m("order_billing", False, "0633278W", "espace_acheteur", True, "fr",
  "Élodie Vidal <elodie.vidal@ac-clermont.fr>", "Re: [#SUP-{t}] Mot de passe espace acheteur",
  "Bonjour,\n\nC'est bon, j'ai pu me reconnecter. J'en profite : il me faudrait un devis pour\nla commande de l'an prochain (même quantité), à l'attention de l'agent\ncomptable.\n\nÉlodie Vidal\nLycée Blaise Pascal - 0633278W",
  "Quoted history and subject about a password, now solved; the new request is a quote (devis).",
  q="pwd", cl="outlook")
m("order_billing", False, "0772932U", "espace_acheteur", False, "en",
  "David Morel <david.morel@ac-creteil.fr>", "RE: [#SUP-{t}] Purchase order number",
  "Hello,\n\nOur accounting office needs the purchase order number printed on the invoice\nbefore it can be paid. Could you send a new invoice with PO 2025-0042?\n\nRegards,\nDavid Morel\n0772932U",
  "English: new invoice with the purchase order number.",
  q="ack_en", cl="outlook")
m("order_billing", False, "0172910W", "espace_acheteur", False, "fr",
  "Martine Guérin <martine.guerin@ac-poitiers.fr>", "Re: [#SUP-{t}] Commande annulée",
  "Bonjour,\n\nLa commande a bien été annulée, merci. Il nous faudrait maintenant un avoir\npour la facture déjà émise, afin que l'agence comptable puisse clôturer.\n\nMartine Guérin\nCollège Fromentin - 0172910W",
  "Asks for a credit note (avoir) after a cancelled order.",
  q="done", cl="apple")
# ================================================================ contract_documents (5)
m("contract_documents", False, "0818244W", "espace_acheteur", False, "fr",
  "Sébastien Cros <sebastien.cros@ac-toulouse.fr>", "Re: [#SUP-{t}] Mes marchés",
  "Bonjour,\n\nJe n'arrive pas à voir la convention du marché dans « Mes marchés », la page\nest vide alors que la commande est passée.\n\nSébastien Cros\nLycée Las Cases, Lavaur - 0818244W",
  "Cannot see the market convention in 'Mes marchés'.",
  q="ack", cl="gmail")
m("contract_documents", False, "0340698Z", "espace_acheteur", False, "fr",
  "Fabien Roux <fabien.roux@ac-montpellier.fr>", "Re: [#SUP-{t}] Avenant",
  "Bonjour,\n\nOn nous a annoncé un avenant n°2 au marché, mais il n'apparaît pas dans nos\ndocuments. Pouvez-vous le rendre visible ?\n\nFabien Roux\nLycée Joffre - 0340698Z",
  "Amendment (avenant) not visible in the documents.",
  q="ack", cl="outlook")
m("contract_documents", False, "0853338S", "espace_acheteur", False, "fr",
  "Olivier Granger <olivier.granger@ac-nantes.fr>", "Re: [#SUP-{t}] Documents du marché",
  "Bonjour,\n\nJe ne peux toujours pas ouvrir les pièces du marché : le contrat et ses annexes\naffichent « accès refusé ». Je suis le gestionnaire du 0853338S.\n\nCordialement,\nOlivier Granger",
  "Market documents show access denied.",
  q="ack", cl="outlook")
m("contract_documents", False, "0571471P", "espace_acheteur", False, "fr",
  "Mathieu Klein <mathieu.klein@ac-nancy-metz.fr>", "Re: [#SUP-{t}] Conventions",
  "Bonjour,\n\nVous m'aviez dit que les droits étaient ouverts, mais je ne vois toujours pas\nles conventions de l'année dernière, seulement celle de cette année.\n\nMathieu Klein\nCollège Paul Verlaine (0571471P)",
  "Still cannot see older conventions after rights were opened.",
  q="done", cl="thunderbird")
m("contract_documents", False, "0135939K", "esignature", True, "fr",
  "Jean-Marc Ollivier <jean-marc.ollivier@ac-aix-marseille.fr>", "Re: [#SUP-{t}] Signature électronique",
  "Bonjour,\n\nJ'ai reçu la notification de signature de la convention, mais quand je me\nconnecte le document n'apparaît pas dans « documents à signer ». Je ne peux\ndonc ni le lire ni le signer.\n\nJ.-M. Ollivier\nLycée Thiers - 0135939K",
  "The convention to e-sign is not visible in the e-signature space: cannot see contract documents.",
  q="ack", cl="gmail")
# ================================================================ transfer_incident (8)
m("transfer_incident", False, "0853338S", "ecoledirecte", False, "fr",
  "Anne Boucher <anne.boucher@ac-nantes.fr>", "Re: [#SUP-{t}] Transfert",
  "Bonjour,\n\nLe transfert des élèves vers EcoleDirecte échoue depuis la mise à jour de\nlundi, message « import interrompu ». Rien n'a changé chez nous.\n\nAnne Boucher\nCollège Les Sicardières - 0853338S",
  "EcoleDirecte data transfer failing since an update.",
  q="ack", cl="apple")
m("transfer_incident", False, "0440124W", "ecoledirecte", True, "fr",
  "Bénédicte Morin <benedicte.morin@ac-nantes.fr>", "Re: [#SUP-{t}] mot de passe",
  "Bonjour,\n\nPas celui du portail cette fois : il me faut le mot de passe de maintenance du\njour pour relancer la synchronisation de la base.\n\nBénédicte Morin\nCollège Rosa Parks (0440124W)",
  "Asks for the daily maintenance password to restart the synchronisation: transfer_incident, not password_reset.",
  q="pwd", cl="thunderbird")
m("transfer_incident", False, "0678824C", "ecoledirecte", False, "fr",
  "Céline Muller <celine.muller@ac-strasbourg.fr>", "RE: [#SUP-{t}] Licence",
  "Bonjour,\n\nLe logiciel indique que la licence de transfert a expiré et qu'il faut la\nrégénérer. Pouvez-vous nous en fournir une nouvelle ?\n\nCéline Muller\nLycée Kléber - 0678824C",
  "Transfer licence to regenerate.",
  q="ack", cl="outlook")
m("transfer_incident", False, "0922494L", "ecoledirecte", False, "fr",
  "Antoine Girard <antoine.girard@ac-versailles.fr>", "Re: [#SUP-{t}] Synchro nocturne",
  "Bonjour,\n\nLa synchro de nuit entre le logiciel de vie scolaire et le CDI a échoué trois\nnuits de suite (erreur « timeout on export »). Les élèves inscrits cette\nsemaine n'apparaissent pas.\n\nAntoine Girard\n0922494L",
  "Nightly school-management synchronisation failing.",
  q="ack", cl="gmail")
m("transfer_incident", False, "0562183U", "ecoledirecte", False, "fr",
  "Yann Guillou <y.guillou@ac-rennes.fr>", "Re: [#SUP-{t}] Transfert EcoleDirecte",
  "Bonjour,\n\nVous nous aviez dit que c'était corrigé, mais le transfert de ce matin a de\nnouveau échoué au même endroit (étape 3/5).\n\nYann Guillou\nCollège Saint-Exupéry - 0562183U",
  "Transfer fails again after the announced fix.",
  q="done", cl="outlook")
m("transfer_incident", False, "0010840H", "ecoledirecte", False, "fr",
  "Sandrine Vial <sandrine.vial@ac-lyon.fr>", "Re: [#SUP-{t}] synchro",
  "bonjour\nsynchro bloquee depuis vendredi, les nouveaux eleves ne remontent pas.\nmerci de regarder\nS. Vial 0010840H",
  "No accents: synchronisation blocked, new pupils missing.",
  q="ack", cl="gmail", fmt="plain", enc="7bit")
m("transfer_incident", False, "0294070S", "ecoledirecte", True, "fr",
  "Gaëlle Le Goff <gaelle.le-goff@ac-rennes.fr>", "Re: [#SUP-{t}] Transferts",
  "Bonjour,\n\nMerci, les transferts refonctionnent depuis hier. Par contre ce matin le\nlogiciel réclame une nouvelle licence avant le prochain transfert : pouvez-vous\nla régénérer ?\n\nGaëlle Le Goff\nLycée de l'Iroise - 0294070S",
  "Thanks for the earlier fix, then a new request: the transfer licence must be regenerated.",
  q="done", cl="thunderbird")
m("transfer_incident", False, "0761359P", "ecoledirecte", False, "fr",
  "Hélène Lefebvre <helene.lefebvre@ac-normandie.fr>", "RE: [#SUP-{t}] Erreur de transfert",
  "Bonjour,\n\nNouvelle erreur au transfert : « ERR-417 fichier de structure invalide ».\nJe joins le journal.\n\nHélène Lefebvre\nLycée Flaubert - 0761359P",
  "Transfer error with the log attached.",
  q="ack", cl="outlook", att=[("journal_transfert.txt", "text/plain")])
# ================================================================ automated (20)
AS = {"Auto-Submitted": "auto-replied"}
m("automated", False, "0936127E", None, False, "fr",
  "College Pablo Neruda <ce.0936127E@ac-creteil.fr>", "Réponse automatique : [#SUP-{t}] Connexion espace acheteur",
  "Bonjour,\n\nLe secrétariat du collège est fermé pendant les vacances scolaires, du 21 décembre\nau 6 janvier. Votre message sera traité à la réouverture.\n\nCordialement,\nLe secrétariat",
  "Out-of-office of the school office (ce.<UAI> address) with Auto-Submitted; the UAI comes from the address.",
  q=None, cl="outlook", hdr=dict(AS, **{"X-Auto-Response-Suppress": "All"}))
m("automated", False, None, None, False, "en",
  "Rachel Dupuis <rachel.dupuis@ac-lille.fr>", "Automatic reply: [#SUP-{t}] No activation email",
  "Thank you for your email. I am away on a school trip until Friday 14 March with\nlimited access to email. For urgent matters please contact the school office.\n\nRachel Dupuis",
  "English Outlook automatic reply with Auto-Submitted; region from ac-lille.fr.",
  q=None, cl="outlook", hdr=dict(AS, **{"X-Auto-Response-Suppress": "All"}))
m("automated", False, None, None, True, "fr",
  "Jacqueline Bianchi <jacqueline.bianchi@ac-nice.fr>", "Re: [#SUP-{t}] Abonnement",
  "Bonjour,\n\nJe suis actuellement en stage de formation et ne consulterai pas mes messages\navant le lundi 3 février. En cas d'urgence, merci de vous adresser à la vie\nscolaire.\n\nJacqueline Bianchi\nCDI Lycée Masséna",
  "Out-of-office produced by a Zimbra client-side filter: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  q=None, cl="zimbra")
m("automated", False, None, None, False, "en",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Undelivered Mail Returned to Sender",
  "This is the mail system at host mx1.assistance.example.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<n.perin@ac-lyon.fr>: host smtp.ac-lyon.fr[192.0.2.44] said: 550 5.1.1\n    <n.perin@ac-lyon.fr>: Recipient address rejected: User unknown",
  "Postfix bounce (multipart/report) for our answer to a mistyped address.",
  kind="dsn", rcpt="n.perin@ac-lyon.fr", status="5.1.1", ret_null=True)
m("automated", False, None, None, True, "en",
  "Mail Delivery System <Mailer-Daemon@mail.lycee-saint-joseph-vannes.fr>", "Mail delivery failed: returning message to sender",
  "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  cdi@lycee-saint-joseph-vannes.fr\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, including all the headers. ------\n\nSubject: [#SUP-{t}] Mot de passe e-sidoc\nFrom: support@assistance.example.fr",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  cl="robot", ret_null=True)
m("automated", False, None, None, False, "fr",
  "Postmaster <postmaster@ac-versailles.fr>", "Non remis : [#SUP-{t}] Réinitialisation",
  "Votre message n'a pas pu être remis à ces destinataires ou groupes :\n\nisabelle.rou@ac-versailles.fr\nL'adresse de messagerie que vous avez entrée est introuvable.\n\nDiagnostic pour les administrateurs :\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
  "Exchange non-delivery report in French (multipart/report); region from the ac-versailles.fr sender.",
  kind="dsn", rcpt="isabelle.rou@ac-versailles.fr", status="5.1.10", ret_null=True)
m("automated", False, "0425857N", None, True, "fr",
  "Lucie Faure <lucie.faure@ac-lyon.fr>", "[MailInBlack] Votre message est en attente : [#SUP-{t}] Toujours rien",
  "Bonjour,\n\nJe protège ma messagerie contre les courriers indésirables avec MailInBlack.\nVotre message est en attente de distribution. Pour qu'il me soit remis,\nmerci de cliquer sur le lien ci-dessous et de confirmer que vous n'êtes pas\nun robot :\n\nhttps://auth.mailinblack.example/c/9f2ab71e\n\nCe message a été envoyé automatiquement. Collège Jules Vallès (0425857N).",
  "MailInBlack challenge sent back to our answer: a robot, never answered; not mailinblack_spam. UAI from the auto-text signature.",
  cl="robot", hdr=AS)
m("automated", False, None, None, True, "en",
  "Tom Baker <tom.baker@ac-toulouse.fr>", "Please confirm your message to tom.baker@ac-toulouse.fr",
  "Hello,\n\nI protect my inbox with MailinBlack. Your message \"[#SUP-{t}] Reset email\"\nis waiting for you to confirm that you are a human sender. Click the link below\nto authenticate; you will only need to do this once.\n\nhttps://auth.mailinblack.example/c/41d0e9b3\n\nThis is an automatic message.",
  "English MailInBlack challenge to our reply: automated, not a request from the person; region from ac-toulouse.fr.",
  cl="robot", hdr=AS)
m("automated", False, None, None, False, "fr",
  "Fabien Roux <fabien.roux@ac-montpellier.fr>", "Lu : [#SUP-{t}] Avenant",
  "Votre message\n\n  À : Fabien Roux\n  Objet : [#SUP-{t}] Avenant\n\na été lu le 14/03/2025 à 09:12.",
  "Read receipt (multipart/report disposition-notification).",
  kind="mdn", rcpt="fabien.roux@ac-montpellier.fr")
m("automated", False, None, None, False, "en",
  "Oliver Grant <oliver.grant@ac-nantes.fr>", "Read: [#SUP-{t}] Contract documents",
  "Your message\n\n  To: Oliver Grant\n  Subject: [#SUP-{t}] Contract documents\n\nwas read on 12/02/2025 10:41.",
  "English read receipt (disposition-notification).",
  kind="mdn", rcpt="oliver.grant@ac-nantes.fr")
m("automated", False, None, None, False, "fr",
  "La Lettre des CDI <lettre@news.editions-docpro.example>", "La Lettre des CDI - mars : nouveautés e-sidoc et prix littéraires",
  "Bonjour,\n\nAu sommaire ce mois-ci : les nouveautés d'e-sidoc, le calendrier des prix\nlittéraires, et trois séquences d'EMI prêtes à l'emploi.\n\nPour vous désabonner, cliquez ici : https://news.editions-docpro.example/u/77a1",
  "Publisher newsletter with List-Id and Precedence: bulk.",
  cl="robot", fmt="alt", hdr={"List-Id": "<lettre-cdi.news.editions-docpro.example>", "Precedence": "bulk",
                              "List-Unsubscribe": "<https://news.editions-docpro.example/u/77a1>"})
m("automated", False, None, "esidoc", True, "fr",
  "Yves Thomas <yves.thomas@ac-grenoble.fr>", "Re: [doc-grenoble] Mot de passe e-sidoc perdu",
  "Bonjour à tous,\n\nMême souci chez nous la semaine dernière : j'ai écrit à l'assistance qui m'a\nrenvoyé un lien sur l'adresse du collège. Pensez à demander au secrétariat.\n\nYves\n\n_______________________________________________\ndoc-grenoble - liste des documentalistes de l'académie",
  "A librarian's reply on an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-grenoble.fr.",
  cl="thunderbird", to="doc-grenoble@listes.ac-grenoble.fr",
  hdr={"List-Id": "Documentalistes de l'academie <doc-grenoble.listes.ac-grenoble.fr>", "Precedence": "list"})
m("automated", False, None, "ticket_portal", False, "fr",
  "Portail assistance <no-reply@portail.assistance.example.fr>", "[#SUP-{t}] Votre ticket a été mis à jour",
  "Bonjour,\n\nUne réponse a été ajoutée à votre ticket. Connectez-vous au portail pour la\nconsulter.\n\nCeci est un message automatique, merci de ne pas y répondre.",
  "Ticket-portal update notification from the no-reply address, Auto-Submitted: auto-generated.",
  cl="robot", hdr={"Auto-Submitted": "auto-generated"})
m("automated", False, None, "esignature", True, "fr",
  "Signature électronique <notifications@esign.example.fr>", "Document signé : Convention 2025-118",
  "Bonjour,\n\nTous les signataires ont signé le document « Convention 2025-118 ».\nVous pouvez le télécharger depuis votre espace pendant 30 jours.\n\nL'équipe Signature électronique",
  "E-signature 'all signed' notification without Auto-Submitted or Precedence; the no-reply style sender and wording show it is automatic.",
  cl="robot", fmt="alt")
m("automated", False, "0316596B", None, False, "fr",
  "Proviseure Lycée Bellevue <ce.0316596B@ac-toulouse.fr>", "Absence : [#SUP-{t}] Changement d'administrateur",
  "Madame, Monsieur,\n\nJe suis absente jusqu'au 28 février. Pour toute urgence, merci de contacter\nM. Sabatier, proviseur adjoint.\n\nMartine Delmas, proviseure",
  "Head's out-of-office from the ce.<UAI> address, Auto-Submitted present: automated, not a head-of-establishment request.",
  cl="outlook", hdr=AS)
m("automated", False, None, None, False, "fr",
  "Julien Bertrand <julien.bertrand@ac-grenoble.fr>", "Message d'absence",
  "Bonjour,\nje suis absent jusqu'au 10 novembre inclus. Je lirai votre message à mon retour.\nJ. Bertrand",
  "Thunderbird vacation filter reply with Auto-Submitted; region from ac-grenoble.fr.",
  cl="thunderbird", hdr=AS)
m("automated", False, None, None, False, "en",
  "Mail Delivery Subsystem <MAILER-DAEMON@mx1.assistance.example.fr>", "Delayed Mail (still being retried)",
  "This is the mail system at host mx1.assistance.example.fr.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for 4 hours. It will be retried until it\nis 5 days old.",
  "Delay warning DSN (multipart/report, action delayed).",
  kind="dsn", rcpt="cdi@college-montgolfier.fr", status="4.4.1", ret_null=True, action="delayed")
m("automated", False, None, None, True, "fr",
  "Chorus Pro <ne-pas-repondre@chorus-pro.example.fr>", "Chorus Pro : facture déposée n° FA-2025-00318",
  "Bonjour,\n\nLa facture FA-2025-00318 a été déposée et mise à disposition de votre\nstructure. Montant TTC : 1 248,00 €.\n\nCe courriel est généré automatiquement, merci de ne pas y répondre.",
  "Chorus Pro deposit notification: looks like order_billing but is an auto-generated transactional mail.",
  cl="robot", hdr={"Auto-Submitted": "auto-generated"})
m("automated", False, None, None, True, "en",
  "Steven Lacroix <steven.lacroix@ac-guadeloupe.fr>", "Automatic reply: [#SUP-{t}] Password reset",
  "I am out of the office until Monday. Your message about the password reset will\nbe handled then.\n\n> Hello,\n> To reset your password, click \"Forgot password\" on the login page.",
  "English auto-reply that quotes our password text: the words look like a request but it is an out-of-office.",
  cl="outlook", hdr=AS)
m("automated", False, None, "espace_acheteur", False, "fr",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "Votre panier n°48213 a été validé",
  "Bonjour,\n\nVotre panier n°48213 a été validé par le gestionnaire. Vous recevrez la\nconfirmation de commande sous 24 h.\n\nMessage automatique - ne pas répondre.",
  "Espace Acheteur basket-validated notification, Auto-Submitted: auto-generated.",
  cl="robot", fmt="html", hdr={"Auto-Submitted": "auto-generated"})
# ================================================================ other (20)
m("other", False, None, None, False, "fr",
  "Claire Dubois <claire.dubois@ac-paris.fr>", "Re: [#SUP-{t}] Identifiant",
  "Merci beaucoup, tout fonctionne à nouveau !\nBonne fin de journée,\nClaire",
  "Thanks only after the reset: nothing asked. Region from ac-paris.fr.",
  q="pwd_sent", cl="apple")
m("other", False, None, None, False, "en",
  "Helen Carter <helen.carter@ac-dijon.fr>", "Re: [#SUP-{t}] Activation email",
  "Works now, thanks a lot for your help!\n\nHelen",
  "English thanks, nothing asked.",
  q="mib", cl="outlook")
m("other", False, None, None, False, "fr",
  "Laura Petit <laura.petit@ac-versailles.fr>", "Re: [#SUP-{t}] Mot de passe",
  "Bien reçu, merci.\n\nEnvoyé de mon iPhone",
  "'Bien reçu, merci.' from a phone: nothing to do.",
  q="done", cl="iphone")
m("other", False, None, "esidoc", True, "fr",
  "Pierre Lamarque <pierre.lamarque@ac-bordeaux.fr>", "Re: [#SUP-{t}] mot de passe",
  "Bonjour,\n\nC'est bon, le lien de réinitialisation est arrivé et j'ai pu choisir un nouveau\nmot de passe pour e-sidoc. Vous pouvez fermer la demande.\n\nMerci encore,\nP. Lamarque",
  "Thanks and close: 'lien', 'mot de passe' and 'réinitialisation' appear but nothing is asked.",
  q="pwd_sent", cl="gmail")
m("other", False, None, None, False, "fr",
  "Dominique Leclerc <dominique.leclerc@ac-reims.fr>", "Re: [#SUP-{t}] RELANCE",
  "Bonjour,\n\nTroisième relance. Personne ne m'a répondu depuis trois semaines. Est-ce que\nquelqu'un lit ces messages ? C'est inadmissible.\n\nD. Leclerc",
  "Angry relaunch that says nothing about the topic: no category can be told.",
  q="ack", cl="outlook")
m("other", False, None, None, False, "fr",
  "Fabienne Roche <fabienne.roche@ac-montpellier.fr>", "RE: [#SUP-{t}] Facture rejetée Chorus",
  "Bonjour,\n\nLa nouvelle facture est passée dans Chorus, vous pouvez clôturer le ticket.\n\nCordialement,\nFabienne Roche",
  "Says the invoice issue is solved and the ticket can be closed: nothing asked.",
  q="done", cl="outlook")
m("other", False, None, None, True, "fr",
  "Service Comptabilité <compta@assistance-example-factures.com>", "Re: [#SUP-{t}] Facture impayée - relance finale",
  "Bonjour,\n\nSauf erreur de notre part, la facture ci-jointe reste impayée. Merci de régler\nsous 48 h via le lien sécurisé : https://paiement-factures.example.com/r/88412\nafin d'éviter des pénalités.\n\nService comptabilité",
  "Phishing dressed as a reply in a ticket thread (look-alike domain, fake ticket subject): other, not order_billing.",
  q=None, cl="robot", auth="fail", att=[("facture_impayee.pdf", "application/pdf")])
m("other", False, None, None, True, "fr",
  "Catherine Morel <catherine.morel@ac-lyon.fr>", "Re: [#SUP-{t}] Mot de passe e-sidoc",
  "Bonjour,\n\nJe ne suis plus en poste dans cet établissement depuis septembre et ne peux\ndonc pas donner suite. Merci de vous adresser à ma collègue qui m'a\nremplacée au CDI.\n\nCatherine Morel",
  "Hand-written 'I no longer work there' reply (not an auto-reply): nothing to act on beyond updating the contact.",
  q="pwd", cl="gmail")
m("other", False, None, "esidoc", False, "fr",
  "Yann Guillou <y.guillou@ac-rennes.fr>", "Re: [#SUP-{t}] Transfert EcoleDirecte",
  "Merci, ça remarche. Au fait, est-ce qu'une formation e-sidoc est prévue dans\nl'académie cette année ? Nos deux nouvelles collègues seraient intéressées.\n\nY. Guillou",
  "Thanks, then asks about a training session: no category of its own.",
  q="done", cl="outlook")
m("other", False, None, None, False, "en",
  "Kevin O'Neill <k.oneill@cite-scolaire-internationale.fr>", "Re: [#SUP-{t}] Emails not received",
  "Hi,\n\nAll sorted on our side, thanks. One more thing: can your automatic emails be\nsent in English for our international section staff?\n\nKevin",
  "English: asks whether automatic mails can come in English: a product question, no category.",
  q="junk_en", cl="outlook")
m("other", False, None, None, True, "fr",
  "Erwan Le Bihan <erwan.le-bihan@ac-rennes.fr>", "RE: [#SUP-{t}] MailInBlack",
  "Bonjour,\n\nPour info, c'était bien MailInBlack : notre DSI a corrigé la liste blanche et\ntous vos messages sont arrivés d'un coup. Merci pour votre patience.\n\nErwan",
  "Names MailInBlack only to report the problem is solved: thanks, nothing asked.",
  q="mib", cl="outlook")
m("other", False, None, None, False, "fr",
  "Hugo Lambert <hugo.lambert@ac-dijon.fr>", "Re: [#SUP-{t}] Validation compte",
  "ok merci, je regarde ça demain et je reviens vers vous si besoin",
  "Acknowledgement with nothing asked.",
  q="ack", cl="gmail", fmt="plain")
m("other", False, None, None, False, "fr",
  "Corinne Barre <corinne.barre@ac-limoges.fr>", "Re: [#SUP-{t}] Votre avis sur notre réponse",
  "Note : 5/5\nTrès bonne réactivité, merci à Marion.\n\nCorinne Barre",
  "Answer to the satisfaction survey: nothing to do.",
  q=None, cl="gmail")
m("other", False, None, None, False, "en",
  "Jenna Walsh <jenna@rankboost-seo.example>", "Re: your website",
  "Hi there,\n\nJust following up on my last email. I noticed your site is not ranking on the\nfirst page for key terms. We can get you there in 30 days, guaranteed.\n\nWould you be open to a quick call?\n\nJenna",
  "English SEO spam written as a fake follow-up.",
  q=None, cl="gmail")
m("other", False, None, None, False, "fr",
  "Monique Fabre <monique.fabre@ac-toulouse.fr>", "Re: [#SUP-{t}] Votre compte",
  "Bonjour,\n\nJe pars à la retraite à la fin du mois. Merci de supprimer mon compte et toutes\nles données personnelles me concernant, conformément au RGPD.\n\nMonique Fabre",
  "GDPR erasure request from a retiring librarian: other (human review), not account_creation.",
  q="done", cl="thunderbird")
m("other", False, "0922494L", None, True, "fr",
  "Proviseur Lycée Michelet <ce.0922494L@ac-versailles.fr>", "Re: [#SUP-{t}] Mot de passe expiré",
  "Bonjour,\n\nJe vous remercie pour votre diligence, M. Girard a pu reprendre la main sur\nle portail.\n\nFrançois Besson\nProviseur",
  "Thanks from the head from the ce.<UAI> address: nothing asked, not a head-of-establishment request. UAI from the sender address.",
  q="done", cl="thunderbird")
m("other", False, None, None, False, "fr",
  "Mark Evans <mark.evans@ac-versailles.fr>", "Re: [#SUP-{t}] Abonnement presse",
  "C'est apparu ce matin, merci et bon week-end !\nMark",
  "Thanks: the subscription appeared, nothing asked.",
  q="72h", cl="iphone")
m("other", False, None, None, False, "fr",
  "Isabelle Roux <isabelle.roux@ac-versailles.fr>", "Re: [#SUP-{t}] Réinitialisation",
  "Bonjour,\n\nAvez-vous un numéro de téléphone où l'on peut joindre l'assistance ? Ce serait\nplus simple pour moi de vous expliquer de vive voix.\n\nIsabelle Roux",
  "Asks for a phone number: no category of its own.",
  q="ack", cl="gmail")
m("other", False, None, "ticket_portal", False, "fr",
  "Marc Fontaine <marc.fontaine@ac-creteil.fr>", "Re: [#SUP-{t}] Accès portail assistance",
  "Merci, j'ai pu me connecter. Comment ajouter mon collègue en copie de ce\nticket sur le portail, pour qu'il suive aussi ?\n\nM. Fontaine",
  "How-to about sharing a ticket on the ticket portal: no category of its own.",
  q="done", cl="zimbra")
m("other", False, None, None, False, "fr",
  "Sébastien Cros <sebastien.cros@ac-toulouse.fr>", "Re: [#SUP-{t}] Mails bloqués",
  "Nos informaticiens ont corrigé le pare-feu, tout est arrivé. Merci !\n\nSébastien",
  "Thanks after the filter was fixed: nothing asked.",
  q="done", cl="gmail")


# ================================================================ building the .eml files
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PARIS = dt.timezone(dt.timedelta(hours=1))
CLIENT_HDR = {
    "gmail": None, "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-Mailer", "Microsoft Outlook Web App"),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"), "iphone": ("X-Mailer", "iPhone Mail (21H16)"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF133 (Linux)/9.0.0_GA_4546)"),
    "robot": None,
}


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def hdr_value(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def addr_value(full):
    name, addr = email.utils.parseaddr(full)
    return formataddr((name, addr), charset="utf-8") if name else addr


def quote_block(style, lang, qtext, when, topic, me):
    q = Q[qtext]
    d = when
    if style in ("outlook", "owa"):
        if lang == "en":
            head = (f"\n\n________________________________\nFrom: Assistance <{SUPPORT}>\n"
                    f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%H:%M')}\n"
                    f"To: {me}\nSubject: {topic}\n\n")
        else:
            head = (f"\n\n-----Message d'origine-----\nDe : Assistance <{SUPPORT}>\n"
                    f"Envoyé : {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}\n"
                    f"À : {me}\nObjet : {topic}\n\n")
        return head + q
    if style == "zimbra":
        return (f"\n\n----- Mail original -----\nDe: \"Assistance\" <{SUPPORT}>\nÀ: {me}\n"
                f"Envoyé: {FR_DAYS[d.weekday()].capitalize()} {d.day} {FR_MONTHS[d.month-1].capitalize()} {d.year} {d.strftime('%H:%M:%S')}\n"
                f"Objet: {topic}\n\n" + q)
    quoted = "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
    if style == "thunderbird":
        intro = (f"On {d.strftime('%d/%m/%Y %H:%M')}, Assistance wrote:" if lang == "en"
                 else f"Le {d.strftime('%d/%m/%Y à %H:%M')}, Assistance a écrit :")
        return f"\n\n{intro}\n{quoted}"
    if style in ("apple", "iphone"):
        intro = (f"> On {d.day} {EN_MONTHS[d.month-1]} {d.year}, at {d.strftime('%H:%M')}, Assistance <{SUPPORT}> wrote:" if lang == "en"
                 else f"> Le {d.day} {FR_MONTHS[d.month-1][:4].rstrip('.')}. {d.year} à {d.strftime('%H:%M')}, Assistance <{SUPPORT}> a écrit :")
        return f"\n\n{intro}\n>\n{quoted}"
    intro = (f"On {EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month-1]} {d.year} at {d.strftime('%H:%M')}, Assistance <{SUPPORT}> wrote:"
             if lang == "en" else
             f"Le {FR_DAYS[d.weekday()][:3]}. {d.day} {FR_MONTHS[d.month-1][:4]}. {d.year} à {d.strftime('%H:%M')}, Assistance <{SUPPORT}> a écrit :")
    return f"\n\n{intro}\n{quoted}"


def to_html(text):
    out, inq = [], False
    for line in text.split("\n"):
        isq = line.startswith(">")
        if isq and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if inq and not isq:
            out.append("</blockquote>")
        inq = isq
        body = html.escape(line[1:].lstrip() if isq else line)
        out.append(f"<div>{body or '<br>'}</div>")
    if inq:
        out.append("</blockquote>")
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>"


def encode_part(ctype, text, enc, extra=""):
    data = text.encode("utf-8")
    if enc == "7bit" and not data.isascii():
        enc = "qp"
    if enc == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        cte = "quoted-printable"
    elif enc == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        cte = "base64"
    elif enc == "8bit":
        payload, cte = text, "8bit"
    else:
        payload, cte = text, "7bit"
    return (f"Content-Type: {ctype}; charset=\"utf-8\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
            + payload.rstrip("\n") + "\n")


def attachment(name, ctype, lang):
    if ctype == "application/pdf":
        data = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    elif ctype == "image/png":
        data = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    else:
        data = ("2025-02-11 06:00:02 INFO export start\n2025-02-11 06:00:41 ERROR ERR-417 fichier de structure invalide\n").encode()
    b64 = base64.encodebytes(data).decode("ascii")
    return (f"Content-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b64}")


def boundary():
    return "----=_Part_" + hexid(16)


def build(i, mail):
    when = dt.datetime(2024, 9, 2, tzinfo=PARIS) + dt.timedelta(days=RNG.randint(0, 200), hours=RNG.randint(7, 18),
                                                                 minutes=RNG.randint(0, 59), seconds=RNG.randint(0, 59))
    ticket = f"{RNG.randint(3000, 9999):06d}"
    mail["ticket"] = ticket
    subj = mail["subj"].replace("{t}", ticket)
    body = mail["body"].replace("{t}", ticket)
    name, addr = email.utils.parseaddr(mail["frm"])
    domain = addr.split("@")[1]
    cl = mail.get("cl", "gmail")
    kind = mail.get("kind")
    if mail.get("q"):
        topic = re.sub(r"^(Re|RE|TR|Fwd|AW) ?: ?", "", subj)
        body = body + quote_block(cl, mail["lang"], mail["q"], when - dt.timedelta(hours=RNG.randint(2, 60)), topic, addr)
    # message id per client
    if cl == "gmail":
        msgid = f"<CA{hexid(6).upper()}+{hexid(20)}@mail.gmail.com>"
    elif cl in ("outlook", "owa"):
        msgid = f"<PR{hexid(4).upper()}MB{hexid(4)}.{hexid(8).upper()}@{domain}>"
    elif cl in ("apple", "iphone"):
        msgid = f"<{hexid(8).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(12).upper()}@{domain}>"
    else:
        msgid = f"<{hexid(12)}.{hexid(8)}@{domain}>"
    H = []
    H.append(("Return-Path", "<>" if mail.get("ret_null") else f"<{addr}>"))
    H.append(("Delivered-To", SUPPORT))
    H.append(("Received", f"from smtp.{domain} (smtp.{domain} [192.0.2.{RNG.randint(2, 250)}])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {hexid(10).upper()}\n\tfor <{SUPPORT}>; {format_datetime(when + dt.timedelta(seconds=20))}"))
    res = mail.get("auth", "pass")
    if res == "fail":
        H.append(("Authentication-Results", f"mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom={domain};\n\tdmarc=fail (p=none) header.from={domain}"))
    elif domain.startswith("ac-"):
        H.append(("Authentication-Results", f"mx1.assistance.example.fr;\n\tdkim=pass header.d={domain};\n\tspf=pass smtp.mailfrom={domain};\n\tdmarc=pass header.from={domain}"))
    H.append(("From", addr_value(mail["frm"])))
    H.append(("To", mail.get("to", f"Assistance <{SUPPORT}>")))
    if mail.get("cc"):
        H.append(("Cc", mail["cc"]))
    if mail.get("reply_to"):
        H.append(("Reply-To", mail["reply_to"]))
    H.append(("Subject", hdr_value(subj)))
    H.append(("Date", format_datetime(when)))
    H.append(("Message-ID", msgid))
    if "[#SUP-" in subj and (mail.get("q") or subj.lower().startswith(("re", "tr"))):
        ref = f"<SUP-{ticket}.{int(when.timestamp()) - 7200}.{hexid(6)}@assistance.example.fr>"
        H.append(("In-Reply-To", ref))
        H.append(("References", ref))
    ch = CLIENT_HDR.get(cl)
    if ch:
        H.append(ch)
    for k, v in (mail.get("hdr") or {}).items():
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    enc = mail.get("enc") or {"gmail": "qp", "outlook": "qp", "owa": "qp", "apple": "qp", "iphone": "qp",
                               "thunderbird": "8bit", "zimbra": "qp", "robot": "qp"}[cl]
    fmt = mail.get("fmt") or ("alt" if cl in ("gmail", "outlook", "zimbra") else "plain")
    flowed = "; format=flowed" if cl == "thunderbird" and fmt == "plain" else ""
    if kind == "dsn":
        b = boundary()
        action = mail.get("action", "failed")
        status = (f"Reporting-MTA: dns; mx1.assistance.example.fr\n\nFinal-Recipient: rfc822; {mail['rcpt']}\n"
                  f"Original-Recipient: rfc822;{mail['rcpt']}\nAction: {action}\nStatus: {mail['status']}\n")
        content = (f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
                   f"This is a MIME-encapsulated message.\n\n--{b}\n" + encode_part("text/plain", body, "7bit" if body.isascii() else "qp")
                   + f"\n--{b}\nContent-Type: message/delivery-status\n\n{status}\n--{b}\n"
                   f"Content-Type: text/rfc822-headers\n\nFrom: Assistance <{SUPPORT}>\nTo: <{mail['rcpt']}>\nSubject: [#SUP-{ticket}] Votre demande\n\n--{b}--\n")
        H.append(("Auto-Submitted", "auto-replied"))
    elif kind == "mdn":
        b = boundary()
        status = (f"Reporting-UA: {domain}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{mail['rcpt']}\n"
                  f"Original-Message-ID: <SUP-{ticket}.{hexid(8)}@assistance.example.fr>\n"
                  f"Disposition: manual-action/MDN-sent-manually; displayed\n")
        content = (f"Content-Type: multipart/report; report-type=disposition-notification; boundary=\"{b}\"\n\n"
                   f"--{b}\n" + encode_part("text/plain", body, "qp")
                   + f"\n--{b}\nContent-Type: message/disposition-notification\n\n{status}\n--{b}--\n")
    else:
        if fmt == "plain":
            content = encode_part("text/plain", body, enc, flowed)
        elif fmt == "html":
            content = encode_part("text/html", to_html(body), enc)
        else:
            b = boundary()
            content = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n--{b}\n"
                       + encode_part("text/plain", body, enc) + f"\n--{b}\n"
                       + encode_part("text/html", to_html(body), enc) + f"\n--{b}--\n")
        if mail.get("att"):
            b = boundary()
            parts = f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\nThis is a multi-part message in MIME format.\n\n--{b}\n" + content
            for fname, ctype in mail["att"]:
                parts += f"\n--{b}\n" + attachment(fname, ctype, mail["lang"])
            content = parts + f"\n--{b}--\n"
    head = "".join(f"{k}: {v}\n" for k, v in H)
    return head + content, subj


def region_of(mail):
    return region_for(mail["uai"], email.utils.parseaddr(mail["frm"])[1])


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html", "text/rfc822-headers") and not part.is_multipart():
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


def main():
    assert len(MAILS) == 150, len(MAILS)
    labels = []
    for i, mail in enumerate(MAILS, 1):
        fname = f"h{i:03d}.eml"
        raw, subj = build(i, mail)
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(raw)
        labels.append({"file": fname, "category": mail["cat"], "auto_reply_ok": mail["ar"], "uai": mail["uai"],
                       "region": region_of(mail), "platform": mail["plat"], "hard": mail["hard"],
                       "lang": mail["lang"], "notes": mail["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def check():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f]
    assert len(labels) == 150
    files = sorted(n for n in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", n))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], "expected h001..h150"
    assert {l["category"] for l in labels} == CATEGORIES
    n_en = 0
    for lab in labels:
        fn = lab["file"]
        assert list(lab) == KEYS, (fn, list(lab))
        assert lab["category"] in CATEGORIES, fn
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), fn
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, fn
        assert lab["platform"] in PLATFORMS, fn
        assert lab["lang"] in ("fr", "en"), fn
        n_en += lab["lang"] == "en"
        assert isinstance(lab["notes"], str) and lab["notes"].strip(), fn
        assert lab["uai"] is None or uai_ok(lab["uai"]), fn
        assert lab["region"] is None or lab["region"] in REGIONS, fn
        with open(os.path.join(HERE, fn), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        for key in ("Message-ID", "Date", "From"):
            assert msg[key], (fn, key)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
            for k, v in part.items():
                assert not getattr(v, "defects", None), (fn, k, v.defects)
            if not part.is_multipart():
                part.get_content()
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        # region consistent with regions.md
        assert lab["region"] == region_for(lab["uai"], sender), (fn, lab["region"])
        text = visible_text(msg)
        squash = re.sub(r"\s+", "", text).upper()
        if lab["uai"]:
            assert lab["uai"] in squash, (fn, "labelled uai not in mail")
        found = set(c.upper() for c in re.findall(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])", text))
        found |= set(c.upper() for c in re.findall(r"(?<![0-9A-Za-z])(\d{4} ?\d{3} ?[A-Za-z])(?![0-9A-Za-z])", text))
        found = {c.replace(" ", "") for c in found}
        for code in found:
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], (fn, code)
        if "wrong check letter" in lab["notes"]:
            bad = [c for c in found if not uai_ok(c)]
            assert bad, (fn, "no wrong-check-letter code")
            for c in bad:
                assert c in lab["notes"], (fn, c)
    assert 10 <= n_en <= 25, n_en
    print("ok: 150 mails;", n_en, "in English;", sum(l["hard"] for l in labels), "hard")


if __name__ == "__main__":
    main()
