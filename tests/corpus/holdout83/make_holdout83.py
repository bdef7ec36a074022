#!/usr/bin/env python3
"""Holdout 83: 150 hand-written support mails and their labels.

Theme: the support desk has just moved from its old address
(assistance@portail-services.example.fr) to support@assistance.example.fr.
People still write to the old address, reply-all chains carry many people in
To and Cc, colleagues answer each other inside the thread, some mail is partly
meant for someone else. Establishments are mostly in Centre-Val de Loire and
Nouvelle-Aquitaine.

Every mail text below was written by hand. The script only wraps each text in
headers (deterministic: random.Random with a fixed seed) and a transfer
encoding, writes h001.eml ... h150.eml and labels.jsonl next to itself, then
re-reads everything and checks it.

Standard library only (Python 3.11).
"""
import base64
import json
import os
import re
import random
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 8383
NEW = "support@assistance.example.fr"
OLD = "assistance@portail-services.example.fr"
NEW_H = "Support Assistance <support@assistance.example.fr>"
OLD_H = "Assistance portail <assistance@portail-services.example.fr>"

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
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
DEPT_REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        DEPT_REGION[_x if len(_x) == 3 else "0" + _x] = _r
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
CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
              "subscription_activation", "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = parseaddr(sender)[1].rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def add(cat, ok, uai, plat, hard, lang, notes, frm, subj, body, to=None, cc=(), client="tb",
        enc="8bit", html=None, att=None, extra=(), reply=False, auth="pass", reply_to=None,
        report=None):
    """One hand-written mail and its label.

    html: None (text/plain), "only" (text/html only) or "alt" (multipart/alternative).
    report: None, or ("dsn"|"mdn", machine_part_text) for multipart/report robots.
    """
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang, notes=notes,
                      frm=frm, subj=subj, body=body, to=to if to is not None else [NEW_H],
                      cc=list(cc), client=client, enc=enc, html=html, att=att,
                      extra=list(extra), reply=reply, auth=auth, reply_to=reply_to,
                      report=report))

# ---------------------------------------------------------------- password_reset (22)
add("password_reset", True, "0371734J", "esidoc", False, "fr",
    "Lost e-sidoc back-office password, written to the old desk address; UAI in the body.",
    "Nathalie Bréchet <nathalie.brechet@ac-orleans-tours.fr>",
    "Mot de passe e-sidoc perdu",
    """Bonjour,

Je ne sais pas si cette adresse est toujours la bonne (c'est celle que j'avais
notée l'an dernier), mais je tente ma chance.

Je n'arrive plus à me connecter à l'administration de notre portail e-sidoc :
le mot de passe que j'utilisais n'est plus accepté. Notre identifiant est le
0371734J (collège Jules Romains, Tours).

Pouvez-vous me renvoyer un lien pour en créer un nouveau ?

Merci d'avance,
Nathalie Bréchet
Professeure documentaliste
""", to=[OLD_H])

add("password_reset", True, "0332085M", "espace_acheteur", False, "fr",
    "Reply-all chain between the gestionnaire, the secretary and the librarian; the gestionnaire asks the desk for the Espace Acheteur password.",
    "Sandrine Larrieu <sandrine.larrieu@ac-bordeaux.fr>",
    "RE: accès Espace Acheteur - commande manuels",
    """Bonjour à tous,

Je mets le support en copie (nouvelle adresse, merci Karine).

Pour le support : je suis la gestionnaire du lycée Camille Jullian à Bordeaux
(UAI 0332085M). Je ne connais pas le mot de passe de notre compte Espace
Acheteur, mon prédécesseur est parti sans le transmettre. Pouvez-vous m'envoyer
un lien de réinitialisation ?

Bien cordialement,

Sandrine Larrieu
Gestionnaire matériel et financier
Lycée Camille Jullian

-----Message d'origine-----
De : Karine Dubos <karine.dubos@ac-bordeaux.fr>
Envoyé : mardi 10 septembre 2024 09:12
À : Sandrine Larrieu <sandrine.larrieu@ac-bordeaux.fr>; Paul Etcheverry <paul.etcheverry@ac-bordeaux.fr>
Objet : RE: accès Espace Acheteur - commande manuels

Attention, le support a changé d'adresse cet été, l'ancienne ne répond plus.
C'est maintenant support@assistance.example.fr.

Karine

-----Message d'origine-----
De : Paul Etcheverry <paul.etcheverry@ac-bordeaux.fr>
Envoyé : lundi 9 septembre 2024 17:40
Objet : accès Espace Acheteur - commande manuels

Sandrine, tu as les codes de l'Espace Acheteur ? Je dois passer la commande de
manuels de BTS avant vendredi.
Paul
""", to=[NEW_H, "Karine Dubos <karine.dubos@ac-bordeaux.fr>"],
    cc=["Paul Etcheverry <paul.etcheverry@ac-bordeaux.fr>", "Secrétariat intendance <int.0332085M@ac-bordeaux.fr>"],
    client="ol", reply=True)

add("password_reset", True, "0451761V", "esidoc", False, "fr",
    "Typed without accents, 'mdp' abbreviation; plain lost e-sidoc password with the UAI.",
    "Lucie Marchand <lucie.marchand45@gmail.com>",
    "mdp esidoc",
    """bonjour
jai perdu le mdp de l admin esidoc du college, rne 0451761V (montargis)
est ce que vous pouvez me renvoyer un lien svp, c est urgent on a la rentree des 6e
merci
lucie marchand, prof doc

Envoyé de mon iPhone
""", client="gm")

add("password_reset", False, "0641953A", "ecoledirecte", True, "fr",
    "Negation: it is not the daily maintenance password, it is the EcoleDirecte administrator password that is lost; no reset template for this product.",
    "Jean-Michel Haritschelhar <jm.haritschelhar@ac-bordeaux.fr>",
    "Mot de passe administrateur EcoleDirecte",
    """Bonjour,

Je précise tout de suite pour éviter le malentendu de l'an dernier : ce n'est
pas le mot de passe de maintenance du jour que je cherche, les transferts
fonctionnent très bien. C'est le mot de passe du compte administrateur
EcoleDirecte de l'établissement que plus personne ne connaît depuis le départ de
notre secrétaire de direction.

Établissement : lycée Cassini, Bayonne, UAI 0641953A.

Comment pouvons-nous le récupérer ?

Cordialement,
J-M Haritschelhar
Adjoint gestionnaire
""", client="ol")

add("password_reset", True, "0172723T", "espace_acheteur", True, "en",
    "English; UAI written in lower case with spaces (017 2723 t); forgotten Espace Acheteur password.",
    "Fiona McAllister <f.mcallister@lycee-international-rochefort.example.org>",
    "Forgotten password - buyer space",
    """Hello,

I'm the bursar's assistant at our school in Rochefort and I can no longer log
in to the Espace Acheteur; I have forgotten the password and the reset page
says the address is not recognised. Our establishment code is 017 2723 t (I was
told that is our login).

Could you send me a reset link, please? I wrote to your old address last week
but got no answer.

Kind regards,
Fiona McAllister
Finance office
""", client="am")

add("password_reset", True, "0281523D", "esidoc", True, "fr",
    "The UAI appears only in the ce.<UAI>@ac-orleans-tours.fr sender address; the secretariat asks for the reset link on the official address.",
    "Secrétariat Collège Marceau <ce.0281523D@ac-orleans-tours.fr>",
    "Réinitialisation du mot de passe portail documentaire",
    """Bonjour,

Je vous écris de la part de Mme Pichon, professeure documentaliste, qui ne
parvient plus à accéder à l'administration du portail e-sidoc du collège.
Elle a oublié le mot de passe.

Vous pouvez envoyer le lien de réinitialisation sur cette adresse, je lui
transmettrai.

Bonne journée,
Le secrétariat
Collège Marceau - Chartres
""", client="zm")

add("password_reset", False, None, "esidoc", True, "fr",
    "UAI typed as 0862931V: wrong check letter (the digits give 0862931U), so no UAI; region from the ac-poitiers.fr domain; a person must confirm the establishment.",
    "Olivier Ribardière <olivier.ribardiere@ac-poitiers.fr>",
    "identifiant e-sidoc 0862931V",
    """Bonjour,

Le mot de passe de l'interface de gestion e-sidoc ne fonctionne plus pour
notre établissement, identifiant 0862931V. J'ai fait "mot de passe oublié"
trois fois sans résultat, le site me dit que l'identifiant est inconnu.

Pouvez-vous regarder ?

Olivier Ribardière
Professeur documentaliste, Poitiers
""")

add("password_reset", True, "0192515F", "esidoc", False, "fr",
    "Account locked after too many attempts; Apple Mail, UAI in the body.",
    "Martine Lavaud <martine.lavaud@ac-limoges.fr>",
    "Compte bloqué",
    """Bonjour,

A force d'essayer, j'ai bloqué le compte d'administration e-sidoc du collège
(UAI 0192515F, Ussel). Le message dit "compte verrouillé, trop de tentatives".

Pouvez-vous le débloquer ou me donner un nouveau mot de passe ?

Merci beaucoup
Martine Lavaud
CDI collège Voltaire

Envoyé de mon iPad""", client="am")

add("password_reset", True, "0412628J", "esidoc", False, "fr",
    "Reply-all among colleagues: the password kept in the binder does not work; the librarian asks the desk (new address) for a reset.",
    "Isabelle Fournier <isabelle.fournier@ac-orleans-tours.fr>",
    "Re: Re: codes e-sidoc",
    """Bonjour,

J'ajoute le support à la conversation.

Le mot de passe noté dans le classeur ne marche pas (Hervé l'a sans doute changé
avant de partir). Pourriez-vous nous envoyer un lien de réinitialisation pour
le compte administrateur e-sidoc du lycée Augustin Thierry, UAI 0412628J ?

Merci,
Isabelle Fournier
Professeure documentaliste

Le 16/09/2024 à 08:47, Hervé Guillot a écrit :
> Bonjour Isabelle,
> les codes sont dans le classeur rouge du CDI, deuxième intercalaire.
> Bonne rentrée !
> Hervé
>
> Le 13/09/2024 à 17:02, Isabelle Fournier a écrit :
>> Bonjour Hervé,
>> aurais-tu gardé les identifiants e-sidoc ? Je ne trouve rien.
>> Isabelle
""", to=[NEW_H, "Hervé Guillot <herve.guillot@ac-orleans-tours.fr>"],
    cc=["Proviseur adjoint <pa.0412628J@ac-orleans-tours.fr>"], reply=True)

add("password_reset", True, "0232335N", "esidoc", False, "fr",
    "Reset link expired before it was used; written to the old address.",
    "Céline Aupetit <celine.aupetit@ac-limoges.fr>",
    "Lien expiré",
    """Bonjour,

J'ai bien reçu le lien pour changer le mot de passe e-sidoc, mais je ne l'ai
ouvert que le lendemain et il est expiré. Pouvez-vous m'en renvoyer un ?

Collège Jules Marouzeau, Guéret - UAI 0232335N

Merci et bonne journée
Céline Aupetit
""", to=[OLD_H])

add("password_reset", False, "0472721C", "esidoc", True, "fr",
    "Two topics: the e-sidoc password (first) and a quote (devis) for next year's renewal; a single template would answer half.",
    "Hélène Castaing <helene.castaing@ac-bordeaux.fr>",
    "mot de passe + devis",
    """Bonjour,

Deux choses, désolée de tout mettre dans le même mail :

1) je ne retrouve plus le mot de passe de l'administration e-sidoc (lycée
Bernard Palissy, Agen, UAI 0472721C) ;

2) notre gestionnaire me demande un devis pour le renouvellement de
l'abonnement 2025, pour préparer le bon d'engagement.

Merci d'avance,
Hélène Castaing
Professeure documentaliste
""", client="tb")

add("password_reset", True, "0362519T", "esidoc", True, "fr",
    "Mail addressed mostly to the principal (information), with the actual password request to the desk in the last paragraph.",
    "Agnès Boutet <agnes.boutet@ac-orleans-tours.fr>",
    "portail CDI - mot de passe",
    """Madame la Principale,

Pour information, je n'ai toujours pas accès à l'administration du portail
documentaire : le mot de passe transmis par mon prédécesseur est refusé. Je ne
pourrai donc pas mettre en ligne la sélection "Prix des Incorruptibles" avant
les vacances, sauf si le support répond rapidement.

Au support (que je mets en copie à sa nouvelle adresse) : pouvez-vous
réinitialiser le mot de passe e-sidoc du collège Les Capucins, Châteauroux,
UAI 0362519T ?

Bien cordialement,
Agnès Boutet
Professeure documentaliste
""", to=["Principale Collège Les Capucins <principale.capucins@ac-orleans-tours.fr>"],
    cc=[NEW_H], client="zm")

add("password_reset", True, None, "ticket_portal", False, "fr",
    "Cannot log in to the ticket portal since the desk moved; forgotten password, no UAI, free-mail sender.",
    "Yannick Moreau <yannick.moreau86@orange.fr>",
    "connexion portail d'assistance",
    """Bonjour,

Depuis que vous avez changé d'adresse, je ne peux plus me connecter au portail
d'assistance pour suivre mes tickets : mon mot de passe est refusé. Je pense
que c'était l'ancien, je ne m'en souviens plus.

Comment faire pour le réinitialiser ?

Yannick Moreau
""", client="gm")

add("password_reset", True, "0331208J", "esidoc", False, "en",
    "English; librarian forgot the e-sidoc administration password, UAI given.",
    "Rachel Dupuy <rachel.dupuy@ac-bordeaux.fr>",
    "e-sidoc admin password",
    """Hi,

Sorry to write in English, I'm the English-speaking section's librarian and my
French is still shaky on technical matters.

I can't remember the administration password for our e-sidoc portal. School
ID: 0331208J (Lycée Montesquieu, Bordeaux). Could you please send a reset link?

Thanks a lot,
Rachel Dupuy
Librarian (professeure documentaliste)
""", client="ol")

add("password_reset", False, "0871510U", "esidoc", True, "fr",
    "Three establishments in one request from the IT department: 0871510U, 0191504G and 0231779J; several resets at once need a person.",
    "Thierry Faucher <thierry.faucher@ac-limoges.fr>",
    "Réinitialisations e-sidoc - 3 établissements",
    """Bonjour,

Service informatique de la DSDEN. Trois établissements nous signalent avoir
perdu le mot de passe d'administration e-sidoc depuis la rentrée :

- lycée Gay-Lussac, Limoges : 0871510U
- collège Clemenceau, Tulle : 0191504G
- collège Martin Nadaud, Guéret : 0231779J

Pouvez-vous envoyer les liens de réinitialisation aux adresses officielles
des établissements ? Le premier est le plus urgent.

Cordialement,
Thierry Faucher
Pôle numérique éducatif
""", client="zm")

add("password_reset", False, "0361428G", "esidoc", False, "fr",
    "Reply to the desk's automatic answer: the reset link went to the mailbox of a librarian who retired; a person must take over.",
    "Gaëlle Rouzier <gaelle.rouzier@ac-orleans-tours.fr>",
    "Re: [Ticket #58213] Mot de passe e-sidoc",
    """Bonjour,

Merci pour la réponse, mais le lien a été envoyé sur l'adresse de l'ancienne
documentaliste, partie à la retraite en juin, et cette boîte est fermée.
Comment fait-on ?

Gaëlle Rouzier, collège Rollinat (Argenton-sur-Creuse)

Le lun. 23 sept. 2024 à 10:04, Support Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse administrateur
> enregistrée pour l'établissement 0361428G (m***@ac-orleans-tours.fr).
> Ce lien est valable 12 heures.
> Le support
""", client="gm", reply=True)

add("password_reset", True, "0452414E", "espace_acheteur", False, "fr",
    "HTML-only Outlook mail; forgotten Espace Acheteur identifier and password.",
    "Corinne Lefèvre <corinne.lefevre@ac-orleans-tours.fr>",
    "Identifiant oublié Espace Acheteur",
    """Bonjour,

Je suis la nouvelle gestionnaire du lycée Durzy à Villemandeur (UAI 0452414E).
Je n'ai ni l'identifiant ni le mot de passe de l'Espace Acheteur. On m'a dit
que l'identifiant était l'UAI mais le mot de passe reste un mystère.

Merci de m'indiquer la procédure.

Corinne Lefèvre
Gestionnaire
""", client="ol", html="only")

add("password_reset", True, "0242888J", "esidoc", True, "fr",
    "Quoted history is about an invoice from last spring; the new message is only a lost e-sidoc password.",
    "Bruno Delmas <bruno.delmas@ac-bordeaux.fr>",
    "RE: Facture abonnement 2024",
    """Bonjour,

Je reprends ce vieux fil car c'est la seule adresse que j'avais (la facture est
réglée depuis longtemps, rien à voir).

Aujourd'hui mon souci est autre : j'ai oublié le mot de passe de
l'administration e-sidoc du collège (Périgueux, UAI 0242888J). Pouvez-vous me
le réinitialiser ?

Bruno Delmas

-----Message d'origine-----
De : Assistance portail <assistance@portail-services.example.fr>
Envoyé : jeudi 4 avril 2024 14:20
À : Bruno Delmas
Objet : Facture abonnement 2024

Bonjour, vous trouverez ci-joint la facture n° FA-2024-0412 de votre
abonnement. Elle est également déposée sur Chorus Pro.
Cordialement
""", to=[OLD_H, NEW_H], client="ol", reply=True)

add("password_reset", True, "0161960U", "esidoc", False, "fr",
    "Expired password on the e-sidoc back office; base64 body from Gmail.",
    "Pauline Guérin <pauline.guerin.doc@gmail.com>",
    "Mot de passe expiré",
    """Bonjour,

En me connectant ce matin à l'espace de gestion e-sidoc, on me dit que le mot de
passe a expiré et qu'il faut le changer, mais le lien "changer" me renvoie sur
une page d'erreur.

Collège Jean Rostand, Angoulême, UAI 0161960U.

Merci de votre aide,
Pauline Guérin
""", client="gm", enc="base64")

add("password_reset", False, "0792589K", "esidoc", False, "fr",
    "Asks for the new password to be sent to her personal Gmail address, which is not on file: no automatic answer.",
    "Sylvie Texier <sylvie.texier79@gmail.com>",
    "perte mot de passe",
    """Bonjour,

J'ai perdu le mot de passe du portail e-sidoc du lycée Jean Macé à Niort
(0792589K). Pourriez-vous me l'envoyer directement sur cette adresse gmail ?
Je n'ai pas encore d'adresse académique qui fonctionne, ma boîte est en cours
de création.

Merci
Sylvie Texier, professeure documentaliste stagiaire
""", client="gm")

add("password_reset", True, "0281106A", "esidoc", True, "fr",
    "The UAI appears only in the signature; forgotten e-sidoc password.",
    "Marc Lhomme <marc.lhomme@ac-orleans-tours.fr>",
    "Accès administration portail",
    """Bonjour,

Je n'arrive plus à entrer dans l'administration du portail documentaire, j'ai
oublié mon mot de passe pendant l'été. Pouvez-vous m'envoyer un lien ?

Merci d'avance.

--
Marc Lhomme
Professeur documentaliste
Lycée Rotrou - Dreux
UAI : 0281106A
Tél. 02 37 50 00 00
""")
add("password_reset", True, "0401059J", "espace_acheteur", False, "en",
    "English IT technician; the buyer account is locked and the password forgotten.",
    "Kevin Lartigue <kevin.lartigue@ac-bordeaux.fr>",
    "Locked out of Espace Acheteur",
    """Hello support team,

The gestionnaire of Lycée Victor Duruy in Mont-de-Marsan (0401059J) is locked out
of the Espace Acheteur after several wrong passwords. She has forgotten the
password anyway. Can you reset it and send the link to the school's official
address?

Regards,
Kevin Lartigue
IT support, Landes
""", client="ol")

# ---------------------------------------------------------------- missing_noreply_mail (16)
add("missing_noreply_mail", True, "0182275A", "espace_acheteur", False, "fr",
    "Activation mail of the Espace Acheteur never arrived; written to the old desk address; no anti-spam product named.",
    "Florence Renaudat <florence.renaudat@ac-orleans-tours.fr>",
    "Mail d'activation non reçu",
    """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur il y a trois jours mais je n'ai jamais
reçu le mail d'activation. J'ai regardé dans les courriers indésirables, rien.

Collège Jean Renoir, Bourges (0182275A).

Merci de votre retour.
Florence Renaudat
Secrétaire de gestion
""", to=[OLD_H])

add("missing_noreply_mail", True, "0371321K", "esidoc", True, "fr",
    "Reads like a password problem, but the forgotten-password tool works: the new-password mail never arrives.",
    "Damien Proust <damien.proust@ac-orleans-tours.fr>",
    "mot de passe oublié... mais rien ne vient",
    """Bonjour,

J'utilise bien la fonction "mot de passe oublié" du portail e-sidoc, le site
me confirme que le mail est parti, mais je ne reçois jamais rien. J'ai essayé
quatre fois depuis lundi.

Lycée Descartes, Tours, 0371321K.

Cordialement,
Damien Proust
""")

add("missing_noreply_mail", True, "0402175X", "espace_acheteur", False, "en",
    "English; the Espace Acheteur activation email never arrived, spam folder checked.",
    "Amanda Cazaux <amanda.cazaux@ac-bordeaux.fr>",
    "Activation email not received",
    """Good morning,

I registered on the Espace Acheteur on Monday for Collège Jean Rostand in Capbreton
(0402175X), but the activation email has not arrived. I checked my junk folder.

Could you resend it?

Best regards,
Amanda Cazaux
""", client="am")

add("missing_noreply_mail", True, "0332265H", "esidoc", False, "fr",
    "Reply-all chain: colleagues note that no e-sidoc notification arrives since the summer; the last message asks the desk what to do.",
    "Véronique Labat <veronique.labat@ac-bordeaux.fr>",
    "RE: plus aucune notification e-sidoc",
    """Bonjour,

Je mets le support dans la boucle.

Depuis fin août nous ne recevons plus aucun des mails automatiques du portail
e-sidoc (suggestions d'achat, réservations). Comme le dit Pierre, ce n'est pas
dans les indésirables non plus. Collège François Mauriac, UAI 0332265H.

Pouvez-vous vérifier de votre côté ?

Véronique Labat

-----Message d'origine-----
De : Pierre Bordes <pierre.bordes@ac-bordeaux.fr>
Envoyé : vendredi 20 septembre 2024 11:05
À : Véronique Labat ; Nadia Zerrouki
Objet : RE: plus aucune notification e-sidoc

J'ai regardé dans les indésirables de la boîte du CDI, il n'y a rien.

-----Message d'origine-----
De : Nadia Zerrouki
Envoyé : vendredi 20 septembre 2024 09:30
Objet : plus aucune notification e-sidoc

Vous recevez encore les mails de réservation, vous ? Moi plus rien.
""", to=[NEW_H, "Pierre Bordes <pierre.bordes@ac-bordeaux.fr>"],
    cc=["Nadia Zerrouki <nadia.zerrouki@ac-bordeaux.fr>"], client="ol", reply=True)

add("missing_noreply_mail", True, "0641026T", "espace_acheteur", True, "fr",
    "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
    "Maite Irigoyen <maite.irigoyen@ac-bordeaux.fr>",
    "Lien de connexion jamais reçu",
    """Bonjour,

Je n'ai jamais reçu le lien de connexion à l'Espace Acheteur. Avant que vous me
parliez de MailInBlack : nous n'avons pas cet antispam au collège, notre
informaticien me l'a confirmé. Et rien dans les indésirables.

Collège Ravel, Saint-Jean-de-Luz, UAI 0641026T.

Merci,
Maite Irigoyen
""", client="tb")

add("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
    "Ticket portal notifications from the no-reply sender no longer arrive since the address change; region from the ac-orleans-tours.fr sender.",
    "Julien Chevrier <julien.chevrier@ac-orleans-tours.fr>",
    "Plus de notifications de suivi de ticket",
    """Bonjour,

Depuis votre changement d'adresse, je ne reçois plus les notifications du
portail d'assistance quand un ticket est mis à jour (avant, elles arrivaient
de noreply@portail-services...). Je dois aller vérifier à la main.

Est-ce que l'expéditeur a changé ? Que dois-je autoriser ?

Julien Chevrier
""", client="zm")

add("missing_noreply_mail", True, "0861443B", "espace_acheteur", False, "fr",
    "Order confirmation mail from the no-reply address never received; quoted-printable Outlook mail.",
    "Anne-Sophie Mériot <anne-sophie.meriot@ac-poitiers.fr>",
    "Confirmation de commande non reçue",
    """Bonjour,

J'ai validé une commande sur l'Espace Acheteur mardi, mais je n'ai reçu aucun
mail de confirmation, ni moi ni l'agent comptable. Ni dans la boîte de
réception, ni dans les indésirables.

Lycée Aliénor d'Aquitaine, Poitiers - 0861443B

Bien cordialement,
Anne-Sophie Mériot
Secrétaire d'intendance
""", client="ol", enc="quoted-printable")

add("missing_noreply_mail", True, "0411231R", "esidoc", False, "fr",
    "Since the address change nothing from the desk's automatic mails arrives; asks which sender to allow.",
    "Stéphane Gaudin <stephane.gaudin@ac-orleans-tours.fr>",
    "Quelle adresse autoriser ?",
    """Bonjour,

Depuis la rentrée on ne reçoit plus les mails automatiques (lien de mot de
passe, alertes e-sidoc). Je suppose que c'est lié à votre nouvelle adresse.
Quelle adresse d'expéditeur dois-je ajouter aux expéditeurs approuvés ?

Lycée Camille Claudel, Blois - 0411231R

Stéphane Gaudin
""")

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "Typos, no accents, free-mail sender: the activation link never arrived.",
    "Cindy B <cindy.bertrand33@hotmail.fr>",
    "lien activation",
    """bjr

jai jamais recu le lien d activation pour l espace acheteur, je me suis inscrite
la semaine derniere. jai regarde dans les spams rien

merci de me le renvoyer
Cindy Bertrand
""", client="gm")

add("missing_noreply_mail", True, "0452966E", "esidoc", True, "fr",
    "UAI only in the sender address, written in lower case (ce.0452966e@ac-orleans-tours.fr); the new-password mail never came.",
    "CDI Lycée Voltaire <ce.0452966e@ac-orleans-tours.fr>",
    "Mail de réinitialisation pas reçu",
    """Bonjour,

J'ai demandé un nouveau mot de passe pour le portail e-sidoc hier à 14h, le site
dit "un mail vous a été envoyé", mais il n'est jamais arrivé dans cette boîte.

Cordialement,
Le CDI
""", client="zm")

add("missing_noreply_mail", False, "0231592F", "espace_acheteur", False, "fr",
    "Follow-up after the automatic junk-folder answer: still nothing after 48 h, so the ticket goes to the region.",
    "Eric Peyrot <eric.peyrot@ac-limoges.fr>",
    "Re: [Ticket #58340] Mail d'activation",
    """Bonjour,

J'ai fait tout ce que vous m'avez dit (indésirables, expéditeur autorisé) et
toujours rien depuis jeudi. Qu'est-ce qu'on fait maintenant ?

Eric Peyrot, collège d'Aubusson, 0231592F

Le 19/09/2024 à 15:22, Support Assistance a écrit :
> Bonjour,
> Vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur
> no-reply à vos expéditeurs autorisés. Sans nouvelles dans 48 h, nous
> transmettrons votre demande à votre région.
""", reply=True)

add("missing_noreply_mail", True, "0172560R", "esidoc", False, "en",
    "English; reservation notification emails from e-sidoc stopped arriving.",
    "Claire Whitmore <claire.whitmore@ac-poitiers.fr>",
    "Not receiving e-sidoc notifications",
    """Hello,

Since the beginning of term we have not received any automatic notification
from our e-sidoc portal (reservations, purchase suggestions). Nothing in spam.
School: Lycée Merleau-Ponty, Rochefort, 0172560R.

Thank you,
Claire Whitmore
""", client="gm")

add("missing_noreply_mail", True, "0362845X", "esidoc", False, "fr",
    "Apple Mail; the new-password mail does not arrive; junk folder checked.",
    "Hugues Carré <hugues.carre@ac-orleans-tours.fr>",
    "Pas de mail",
    """Bonjour,

J'ai cliqué sur "mot de passe oublié" sur le portail e-sidoc du collège (Issoudun,
0362845X) mais aucun mail n'arrive, même dans les indésirables.

Merci de regarder,
Hugues Carré

Envoyé de mon iPhone""", client="am")

add("missing_noreply_mail", True, "0191340D", "espace_acheteur", True, "fr",
    "Mail mostly addressed to the school's IT technician (check the filter), with the desk in copy asked to resend the activation mail.",
    "Laurence Maury <laurence.maury@ac-limoges.fr>",
    "TR: activation Espace Acheteur",
    """Jérôme,

Est-ce que tu peux regarder le filtre de la messagerie ? Je n'ai toujours pas
reçu le mail d'activation de l'Espace Acheteur, et ce n'est pas dans les
indésirables.

Support (en copie) : pouvez-vous me renvoyer ce mail d'activation ? Collège
Eugène Freyssinet, Objat, UAI 0191340D.

Merci à vous deux,
Laurence
""", to=["Jérôme Vialle <jerome.vialle@ac-limoges.fr>"], cc=[NEW_H], client="ol")

add("missing_noreply_mail", True, "0281372P", "espace_acheteur", False, "fr",
    "Zimbra webmail; the e-mail confirming the basket validation never arrived.",
    "Nicole Hamon <nicole.hamon@ac-orleans-tours.fr>",
    "pas de mail de confirmation",
    """Bonjour,

Après validation du panier sur l'Espace Acheteur, aucun mail de confirmation
n'arrive (ni pour moi, ni pour le chef d'établissement). Rien dans les spams.

Collège Louis Pergaud, Nogent-le-Rotrou, 0281372P.

Nicole Hamon
""", client="zm")

add("missing_noreply_mail", True, "0871835X", "esidoc", False, "fr",
    "multipart/alternative Outlook mail; the account-activation mail for the new librarian never arrived.",
    "Aurélie Desbordes <aurelie.desbordes@ac-limoges.fr>",
    "Activation compte e-sidoc",
    """Bonjour,

Ma collègue documentaliste, arrivée cette année, a été ajoutée comme
administratrice du portail e-sidoc mais n'a jamais reçu le mail lui permettant
d'activer son compte.

Lycée Turgot, Limoges - 0871835X

Bien à vous,
Aurélie Desbordes
""", client="ol", html="alt")

# ---------------------------------------------------------------- mailinblack_spam (13)
add("mailinblack_spam", True, "0332969Y", "espace_acheteur", False, "fr",
    "MailInBlack named: the activation mail sits in its quarantine.",
    "Gilles Arrieta <gilles.arrieta@ac-bordeaux.fr>",
    "Mail bloqué par MailInBlack",
    """Bonjour,

Le mail d'activation de l'Espace Acheteur est bloqué dans la quarantaine
MailInBlack de l'établissement, et je n'ai pas les droits pour le libérer.

Collège Alfred Mauguin, Gradignan - 0332969Y

Cordialement,
Gilles Arrieta
""", client="ol")

add("mailinblack_spam", False, "0472104G", "espace_acheteur", True, "fr",
    "The sender-authentication challenge is described without naming MailInBlack; a person should confirm the product before sending the guide.",
    "Muriel Sabathé <muriel.sabathe@ac-bordeaux.fr>",
    "vos mails ne m'arrivent pas",
    """Bonjour,

Je crois que nos mails se croisent mal : mon collègue de l'intendance me dit
que notre messagerie vous a envoyé un message vous demandant de "prouver que
vous n'êtes pas un robot" en cliquant sur un lien. Tant que vous ne le faites pas,
vos messages (dont le lien d'activation de l'Espace Acheteur) restent bloqués.

Lycée Jean-Baptiste de Baudre, Agen, 0472104G.

Muriel Sabathé
""")

add("mailinblack_spam", True, "0641259W", "espace_acheteur", False, "en",
    "English; Mailinblack is holding the Espace Acheteur emails.",
    "Peter Lasserre <peter.lasserre@ac-bordeaux.fr>",
    "Emails blocked by Mailinblack",
    """Hello,

Our school uses Mailinblack and your emails (account activation for the
Espace Acheteur) are being held. Which addresses should we whitelist,
now that your support address has changed?

Collège Marracq, Bayonne - 0641259W

Thanks,
Peter Lasserre
ICT coordinator
""", client="gm")

add("mailinblack_spam", True, "0372776S", "esidoc", False, "fr",
    "Reply-all between the IT technician and the librarian: the IT says MailInBlack blocks the mails; the librarian asks the desk which addresses to allow.",
    "Coralie Vannier <coralie.vannier@ac-orleans-tours.fr>",
    "RE: mails e-sidoc bloqués",
    """Bonjour,

Je transmets au support (nouvelle adresse) la remarque de Ludovic ci-dessous.
Pourriez-vous nous indiquer les adresses à ajouter dans la liste blanche
MailInBlack pour recevoir les mails du portail e-sidoc ?

Lycée Grandmont, Tours, 0372776S

Coralie Vannier, professeure documentaliste

-----Message d'origine-----
De : Ludovic Garnier <ludovic.garnier@ac-orleans-tours.fr>
Envoyé : lundi 30 septembre 2024 16:48
À : Coralie Vannier
Cc : Intendance Grandmont
Objet : RE: mails e-sidoc bloqués

C'est MailInBlack qui les retient, ils sont en attente d'authentification. Il
faut que l'expéditeur valide, ou qu'on l'ajoute à la liste blanche. Demande-leur
la liste de leurs adresses d'envoi.
Ludovic
""", to=[NEW_H], cc=["Ludovic Garnier <ludovic.garnier@ac-orleans-tours.fr>",
                     "Intendance Grandmont <int.0372776S@ac-orleans-tours.fr>"],
    client="ol", reply=True)

add("mailinblack_spam", False, "0182329J", "espace_acheteur", True, "fr",
    "Two topics: activation mail blocked by MailInBlack (main) and who is the structure's administrator (account_creation).",
    "Jocelyne Moulin <jocelyne.moulin@ac-orleans-tours.fr>",
    "Blocage antispam et administrateur",
    """Bonjour,

1. Le lien d'activation de l'Espace Acheteur est bloqué par MailInBlack chez nous.
2. Pouvez-vous aussi me dire qui est l'administrateur de notre structure sur
l'Espace Acheteur ? Je dois lui demander des droits.

Lycée Alain-Fournier, Bourges - 0182329J

Merci
Jocelyne Moulin
""")

add("mailinblack_spam", True, "0792497K", "esidoc", False, "fr",
    "Product name typed 'mailin black', no accents; mails held by the anti-spam challenge.",
    "\"seb.pineau\" <sebastien.pineau@ac-poitiers.fr>",
    "antispam",
    """bonjour,
les mails du portail esidoc sont bloques par mailin black au college (0792497K,
parthenay). on recoit juste la notif "message en attente". comment on fait pour
vous mettre en liste blanche ?
seb pineau
""", client="zm")

add("mailinblack_spam", True, "0412568U", "esidoc", False, "fr",
    "Since the address change the desk's replies are caught by MailInBlack; asks for the allow-list procedure.",
    "Armelle Robin <armelle.robin@ac-orleans-tours.fr>",
    "Vos réponses bloquées depuis votre changement d'adresse",
    """Bonjour,

Avec l'ancienne adresse tout marchait. Depuis que vous écrivez depuis la
nouvelle, vos réponses arrivent dans la quarantaine MailInBlack du lycée et je
dois les libérer une par une. Comment vous ajouter à la liste blanche ?

Lycée Dessaignes, Blois - 0412568U

Armelle Robin
""")

add("mailinblack_spam", True, "0161326E", "espace_acheteur", False, "fr",
    "Zimbra webmail; MailInBlack quarantine holds the new-password mail.",
    "Francis Mallet <francis.mallet@ac-poitiers.fr>",
    "mail de nouveau mot de passe en quarantaine",
    """Bonjour,

Le mail de nouveau mot de passe de l'Espace Acheteur est arrivé dans la
quarantaine MailInBlack, et quand je clique pour le libérer le lien est déjà
expiré. Collège Pierre Mendès France, La Couronne, UAI 0161326E.

Pouvez-vous m'aider ?

F. Mallet, gestionnaire
""", client="zm")

add("mailinblack_spam", True, "0862281M", "esidoc", False, "fr",
    "HTML-only mail: MailInBlack asks the desk to authenticate and the e-sidoc mails stay blocked.",
    "Delphine Brunet <delphine.brunet@ac-poitiers.fr>",
    "MailInBlack",
    """Bonjour,

Notre établissement utilise MailInBlack. Les messages de votre plateforme e-sidoc
n'arrivent pas : ils attendent que l'expéditeur s'authentifie. Pouvez-vous le
faire, ou nous dire comment vous autoriser ?

Collège Jean Moulin, Poitiers - 0862281M

Delphine Brunet
""", client="ol", html="only")

add("mailinblack_spam", True, None, "espace_acheteur", False, "en",
    "English; the académie IT department reports MailInBlack quarantining the platform's mail for several schools; no UAI, region from ac-bordeaux.fr.",
    "DSI Helpdesk <helpdesk.dsi@ac-bordeaux.fr>",
    "MailInBlack quarantine - Espace Acheteur mails",
    """Hello,

Several schools in our académie that use MailInBlack report that emails from the
Espace Acheteur (activation and password emails) are quarantined since you
changed your sending address. Please send us the list of sending addresses and
domains so we can add them to the allow-list.

Regards,
DSI Helpdesk, Bordeaux
""", client="ol")

add("mailinblack_spam", True, None, "esidoc", True, "fr",
    "UAI typed as 0452414F: wrong check letter (the digits give 0452414E), so no UAI; region from ac-orleans-tours.fr; the MailInBlack guide is generic.",
    "Patricia Hervé <patricia.herve@ac-orleans-tours.fr>",
    "Message retenu par Mailinblack",
    """Bonjour,

Les mails de réinitialisation du portail e-sidoc sont retenus par Mailinblack
au lycée (UAI 0452414F). Que faut-il faire ?

Patricia Hervé
""")

add("mailinblack_spam", True, "0241642E", "espace_acheteur", False, "fr",
    "Apple Mail; MailInBlack blocks the Espace Acheteur mails.",
    "Jacques Lafon <jacques.lafon@ac-bordeaux.fr>",
    "Blocage MailInBlack",
    """Bonjour,

MailInBlack bloque tous vos mails depuis la rentrée, y compris celui pour
activer mon compte acheteur. Collège Anne Frank, Sanilhac (0241642E).

Que dois-je faire ?

Jacques Lafon

Envoyé de mon iPhone""", client="am")

add("mailinblack_spam", True, "0401407M", "esidoc", False, "fr",
    "Base64 body; MailInBlack challenge pending for the e-sidoc sender.",
    "Hélène Dufau <helene.dufau@ac-bordeaux.fr>",
    "Mails en attente MailInBlack",
    """Bonjour,

Je reçois chaque jour un récapitulatif MailInBlack avec vos messages "en
attente d'authentification". Est-ce normal ? Je voudrais recevoir directement
les alertes du portail e-sidoc.

Collège Cel Le Gaucher, Mimizan, 0401407M

Merci
Hélène Dufau
""", client="gm", enc="base64")
# ---------------------------------------------------------------- account_creation (11)
add("account_creation", True, "0281010W", "esidoc", False, "fr",
    "New librarian asks how to create her e-sidoc administration account.",
    "Manon Leclerc <manon.leclerc@ac-orleans-tours.fr>",
    "Création de compte",
    """Bonjour,

Je viens d'être nommée au collège Jean Monnet de Chartres (0281010W) et je
voudrais créer mon compte pour administrer le portail e-sidoc. Comment faire ?

Cordialement,
Manon Leclerc, professeure documentaliste
""")

add("account_creation", False, "0172786L", "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is on the Espace Acheteur: a look-up, so a person answers.",
    "Thomas Guillon <thomas.guillon@ac-poitiers.fr>",
    "Qui est administrateur ?",
    """Bonjour,

Pouvez-vous me dire qui est l'administrateur de notre structure sur l'Espace
Acheteur ? Je dois lui demander l'ouverture de mes droits.
Lycée Bernard Palissy, Saintes, 0172786L.

Merci,
Thomas Guillon
""", client="ol")

add("account_creation", True, "0861003Y", "espace_acheteur", False, "en",
    "English; a new buyer asks how to open an account.",
    "Laura Bennett <laura.bennett@ac-poitiers.fr>",
    "How do I create an account?",
    """Hello,

I have just joined the finance office of Collège Henri IV in Poitiers (0861003Y).
How do I create an account on the Espace Acheteur?

Thanks,
Laura Bennett
""", client="gm")

add("account_creation", True, "0362876F", "espace_acheteur", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
    "Odile Gaillard <odile.gaillard@ac-orleans-tours.fr>",
    "Accès Espace Acheteur",
    """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte
sur l'Espace Acheteur. La page de connexion me propose "mot de passe oublié"
mais ce n'est pas mon cas. Comment ouvrir un compte pour le lycée Pierre-et-Marie
Curie, Châteauroux (0362876F) ?

Odile Gaillard, adjointe gestionnaire
""")

add("account_creation", True, "0191504G", "espace_acheteur", False, "fr",
    "Account created before the desk moved, still waiting for validation by the structure administrator.",
    "Rémi Bouyssou <remi.bouyssou@ac-limoges.fr>",
    "compte en attente de validation",
    """Bonjour,

Mon compte sur l'Espace Acheteur est "en attente de validation" depuis trois
semaines. J'avais écrit à l'ancienne adresse sans réponse.
Collège Clemenceau, Tulle, 0191504G.

Rémi Bouyssou
""", client="tb")

add("account_creation", True, "0451797J", "espace_acheteur", False, "fr",
    "Reply-all: the principal told the new gestionnaire to create her account; she replies to all, the desk included, asking how.",
    "Emilie Rousseau <emilie.rousseau@ac-orleans-tours.fr>",
    "RE: Espace Acheteur - votre compte",
    """Bonjour Monsieur le Proviseur,

Bien noté. Je demande donc directement au support, que je mets en copie.

Au support : comment créer mon compte sur l'Espace Acheteur pour le lycée
Benjamin Franklin, Orléans (0451797J) ?

Emilie Rousseau
Gestionnaire

-----Message d'origine-----
De : Proviseur Lycée Franklin <ce.0451797J@ac-orleans-tours.fr>
Envoyé : mardi 17 septembre 2024 08:15
À : Emilie Rousseau
Objet : Espace Acheteur - votre compte

Madame, merci de créer votre compte sur l'Espace Acheteur avant la fin du
mois, les commandes de la région passent désormais par là.
""", to=["Proviseur Lycée Franklin <ce.0451797J@ac-orleans-tours.fr>"], cc=[NEW_H],
    client="ol", reply=True)

add("account_creation", False, "0642794P", "esidoc", False, "fr",
    "The establishment's UAI is missing from the list when opening the customer account: the sales team must check.",
    "Ainhoa Etchegaray <ainhoa.etchegaray@ac-bordeaux.fr>",
    "UAI introuvable à l'inscription",
    """Bonjour,

Je veux ouvrir le compte client du portail e-sidoc pour notre collège, mais
notre UAI 0642794P n'apparaît pas dans la liste déroulante. Le collège a
fusionné avec l'école voisine l'an dernier, c'est peut-être la raison.

Ainhoa Etchegaray
""")

add("account_creation", True, "0231147X", "espace_acheteur", False, "fr",
    "Asks how to give a colleague rights on the Espace Acheteur account.",
    "Denis Lachaud <denis.lachaud@ac-limoges.fr>",
    "droits pour une collègue",
    """Bonjour,

Je suis administrateur de notre structure sur l'Espace Acheteur (collège de
Bourganeuf, 0231147X). Comment ouvrir des droits d'acheteur à ma collègue qui
vient d'arriver ?

Merci
Denis Lachaud
""", client="zm")

add("account_creation", True, "0411441U", "esidoc", False, "fr",
    "Zimbra; e-sidoc account request pending since before the address change.",
    "Sabrina Oger <sabrina.oger@ac-orleans-tours.fr>",
    "Demande de compte en attente",
    """Bonjour,

J'ai demandé la création d'un compte contributeur e-sidoc en juin (collège
Joseph Crocheton, Onzain, 0411441U). Le compte est toujours "en attente".
Est-ce que la demande s'est perdue avec le changement d'adresse ?

Sabrina Oger
""", client="zm")

add("account_creation", False, None, "espace_acheteur", False, "en",
    "English; a newly opened private school not yet listed wants a buyer account: eligibility must be checked by a person.",
    "Jonathan Price <j.price@ecole-bilingue-arcachon.example.org>",
    "New school - account request",
    """Dear support team,

We are a bilingual private school that opened in Arcachon this September. We
would like a buyer account on the Espace Acheteur but cannot find our school in
the list. What documents do you need?

Best regards,
Jonathan Price
Head of administration
""", client="ol")

add("account_creation", True, "0182784D", "esidoc", True, "fr",
    "UAI only in the signature, written with spaces (018 2784 D); account to create.",
    "Yves Pelletier <yves.pelletier@ac-orleans-tours.fr>",
    "nouveau compte",
    """Bonjour,

Pourriez-vous m'expliquer comment créer un compte administrateur sur e-sidoc ?
Je remplace la documentaliste en congé jusqu'en février.

Merci,

Yves Pelletier
Collège Le Colombier, Vierzon
RNE 018 2784 D
""")

# ---------------------------------------------------------------- subscription_activation (11)
add("subscription_activation", True, "0402264U", "esidoc", False, "fr",
    "Ordered e-sidoc subscription still not visible two days after ordering.",
    "Corinne Barrère <corinne.barrere@ac-bordeaux.fr>",
    "Abonnement non visible",
    """Bonjour,

Nous avons commandé l'abonnement e-sidoc lundi, mais le portail n'est toujours
pas accessible. Lycée Gaston Crampe, Aire-sur-l'Adour, 0402264U.

Merci,
Corinne Barrère
""")

add("subscription_activation", True, "0372584H", "esidoc", False, "fr",
    "A resource (Europresse) is in the subscription but not published on the portal.",
    "Juliette Morin <juliette.morin@ac-orleans-tours.fr>",
    "Ressource Europresse non publiée",
    """Bonjour,

La ressource Europresse fait partie de notre abonnement mais elle n'apparaît
pas pour les élèves sur le portail e-sidoc. Lycée Balzac, Tours, 0372584H.

Juliette Morin
""", client="tb")

add("subscription_activation", True, "0172778C", "esidoc", True, "fr",
    "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
    "Principal Collège Fromentin <ce.0172778C@ac-poitiers.fr>",
    "Mise en service de l'abonnement",
    """Bonjour,

Je suis le principal du collège Fromentin à La Rochelle. Nous avons souscrit
l'abonnement au portail documentaire la semaine dernière. Pouvez-vous me
dire quand il sera disponible ? Notre documentaliste attend pour préparer les
séances.

Cordialement,
Le principal
""", client="ol")

add("subscription_activation", True, "0792388S", "esidoc", False, "en",
    "English; subscription ordered, service not yet available.",
    "Emma Roussel <emma.roussel@ac-poitiers.fr>",
    "Subscription not active yet",
    """Hi,

We ordered the e-sidoc subscription for Lycée Paul Guérin in Niort (0792388S)
on Tuesday. When will it be active? The portal still shows the demo page.

Thanks,
Emma Roussel
""", client="gm")

add("subscription_activation", True, "0241284R", "esidoc", True, "fr",
    "Negation: 'je n'ai pas oublié mon mdp', login works; a resource is not visible to pupils.",
    "Vincent Lagarde <vincent.lagarde@ac-bordeaux.fr>",
    "ressource invisible",
    """Bonjour,

Je n'ai pas oublié mon mdp, je me connecte très bien à l'administration. Le
problème c'est que la ressource Cafeyn que nous avons commandée n'est pas
visible côté élèves.

Collège Montaigne, Périgueux, 0241284R

Vincent
""")

add("subscription_activation", True, "0361428G", "esidoc", False, "fr",
    "Reply-all: the gestionnaire says the order went out on the 3rd; the librarian answers all, the desk included, that the service is still not there.",
    "Gaëlle Rouzier <gaelle.rouzier@ac-orleans-tours.fr>",
    "Re: abonnement presse numérique",
    """Bonjour à tous,

J'ajoute le support. Le service n'est toujours pas disponible dans e-sidoc,
alors que la commande est partie le 3 (voir message de Franck ci-dessous).
Collège Rollinat, 0361428G.

Gaëlle

Le 07/10/2024 à 10:12, Franck Auclair a écrit :
> Bonjour Gaëlle,
> la commande a été passée le 3 octobre, tu devrais l'avoir sous 72 h.
> Franck
""", to=["Franck Auclair <franck.auclair@ac-orleans-tours.fr>", NEW_H],
    cc=["Principal <ce.0361428G@ac-orleans-tours.fr>"], client="gm", reply=True)

add("subscription_activation", False, "0471911X", "esidoc", False, "fr",
    "The subscription is still missing after more than 72 hours, after a first automatic answer: a person must check.",
    "Serge Bonnefon <serge.bonnefon@ac-bordeaux.fr>",
    "Re: [Ticket #58771] Abonnement",
    """Bonjour,

Vous m'avez répondu d'attendre 72 heures. Cela fait maintenant 8 jours et
l'abonnement n'apparaît toujours pas. Lycée de Marmande, 0471911X.

Serge Bonnefon
""", reply=True)

add("subscription_activation", True, "0872991D", "esidoc", False, "fr",
    "Apple Mail; new subscription not yet visible.",
    "Marie Chabrol <marie.chabrol@ac-limoges.fr>",
    "abonnement",
    """Bonjour, notre abonnement au portail (collège de Saint-Junien, 0872991D)
n'apparait pas encore, la commande date de vendredi. Merci !
Marie

Envoyé de mon iPhone""", client="am")

add("subscription_activation", True, "0161339U", "esidoc", False, "fr",
    "HTML Outlook mail; resource to publish on the portal.",
    "Agathe Sicard <agathe.sicard@ac-poitiers.fr>",
    "Publication ressource numérique",
    """Bonjour,

Nous avons acheté l'accès à Universalis, mais je ne sais pas comment le publier
sur le portail e-sidoc, il n'apparaît pas dans la liste des ressources.

Lycée Guez de Balzac, Angoulême - 0161339U

Agathe Sicard
""", client="ol", html="alt")

add("subscription_activation", True, "0451234X", "esidoc", False, "fr",
    "Sloppy typing; subscription ordered but not available.",
    "\"fred.caron\" <fred.caron@ac-orleans-tours.fr>",
    "abonement pas actif",
    """bonjour
on a commandé labonement esidoc il y a 2 jours (0451234X) et toujour rien sur
le portail. cest normal ?
merci
fred
""", client="zm")

add("subscription_activation", True, "0231779J", "esidoc", False, "fr",
    "Zimbra; new resource not yet available on the portal.",
    "Chantal Parot <chantal.parot@ac-limoges.fr>",
    "Ressource pas encore disponible",
    """Bonjour,

La ressource "Lumni" commandée le 14 octobre n'est toujours pas disponible sur
notre portail e-sidoc. Collège Martin Nadaud, Guéret, 0231779J.

Cordialement,
Chantal Parot
""", client="zm")
# ---------------------------------------------------------------- head_of_establishment_request (13)
add("head_of_establishment_request", False, "0371734J", "esidoc", False, "fr",
    "The principal writes from the ce.<UAI> address asking for the e-sidoc administrator password to be reset.",
    "Principal Collège Jules Romains <ce.0371734J@ac-orleans-tours.fr>",
    "Demande de réinitialisation - administrateur e-sidoc",
    """Madame, Monsieur,

En ma qualité de principal du collège Jules Romains (0371734J), je vous
demande de bien vouloir réinitialiser le mot de passe administrateur de notre
portail e-sidoc et de l'envoyer sur l'adresse de l'établissement.

Cordialement,
Philippe Aubry
Principal
""", client="ol")

add("head_of_establishment_request", False, "0332265H", "esidoc", False, "fr",
    "The principal asks, to the old address, to change the e-sidoc administrator after the librarian left.",
    "Principale Collège Mauriac <ce.0332265H@ac-bordeaux.fr>",
    "Changement d'administrateur",
    """Bonjour,

Mme Zerrouki, documentaliste, quitte l'établissement. Je vous demande de
désigner Mme Labat comme nouvelle administratrice du portail e-sidoc du
collège François Mauriac (0332265H), adresse veronique.labat@ac-bordeaux.fr.

Bien cordialement,
Anne Dartigues, principale
""", to=[OLD_H], client="ol")

add("head_of_establishment_request", False, "0182275A", "espace_acheteur", False, "fr",
    "The principal authorises in writing an order placed by the gestionnaire on the Espace Acheteur.",
    "Principal Collège Jean Renoir <ce.0182275A@ac-orleans-tours.fr>",
    "Autorisation de commande",
    """Bonjour,

J'autorise la commande n° 24-1187 passée par Mme Renaudat sur l'Espace
Acheteur pour le collège Jean Renoir (0182275A).

Le principal,
Karim Benali
""", client="zm")

add("head_of_establishment_request", False, "0641953A", "esidoc", False, "en",
    "English; the head teacher asks in writing to change the portal's contact address.",
    "Head Teacher Lycée Cassini <ce.0641953A@ac-bordeaux.fr>",
    "Change of contact address",
    """Dear support team,

As head of Lycée Cassini, Bayonne (0641953A), I ask you to replace the contact
address of our e-sidoc portal with the school's official address
ce.0641953A@ac-bordeaux.fr. The previous address belonged to a colleague who
has left.

Yours faithfully,
Michel Darrigrand
Proviseur
""", client="ol")

add("head_of_establishment_request", False, "0412628J", "esidoc", True, "fr",
    "The librarian relays the head's signed letter (PDF attached) with the head in copy: the head's written request, relayed; staff must check the letter and the sender.",
    "Isabelle Fournier <isabelle.fournier@ac-orleans-tours.fr>",
    "Courrier du proviseur - administrateur e-sidoc",
    """Bonjour,

Comme convenu, vous trouverez ci-joint le courrier signé de M. le Proviseur
demandant la réinitialisation du compte administrateur e-sidoc et mon
inscription comme administratrice (lycée Augustin Thierry, 0412628J).
M. le Proviseur est en copie.

Isabelle Fournier
""", cc=["Proviseur Lycée Augustin Thierry <ce.0412628J@ac-orleans-tours.fr>"],
    att=("courrier_proviseur_esidoc.pdf", "application", "pdf"))

add("head_of_establishment_request", False, "0362519T", "esidoc", True, "fr",
    "Reply-all: the principal answers the librarian's thread and confirms in writing the change of administrator.",
    "Principale Collège Les Capucins <ce.0362519T@ac-orleans-tours.fr>",
    "RE: portail CDI - mot de passe",
    """Bonjour,

Je confirme la demande de Mme Boutet et vous demande de la désigner comme
administratrice du portail documentaire du collège (0362519T), à la place de
M. Girard qui a quitté l'établissement.

Christine Maupas
Principale

-----Message d'origine-----
De : Agnès Boutet
Envoyé : lundi 23 septembre 2024 08:02
À : Principale Collège Les Capucins
Cc : Support Assistance
Objet : portail CDI - mot de passe

Madame la Principale, pour information, je n'ai toujours pas accès à
l'administration du portail documentaire...
""", to=["Agnès Boutet <agnes.boutet@ac-orleans-tours.fr>", NEW_H], client="ol", reply=True)

add("head_of_establishment_request", False, "0332085M", "espace_acheteur", True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address but SPF and DMARC fail and Reply-To is a free-mail address: probable spoof, for staff to refuse.",
    "Proviseur Lycée Camille Jullian <ce.0332085M@ac-bordeaux.fr>",
    "Urgent - changement adresse administrateur",
    """Bonjour,

Suite au changement d'adresse de votre service, je vous demande de remplacer
l'adresse de l'administrateur de notre compte Espace Acheteur par
proviseur.jullian@gmail.com et de m'y envoyer un nouveau mot de passe.

Merci de traiter en urgence.
Le proviseur
""", auth="fail", reply_to="proviseur.jullian@gmail.com", client="gm")

add("head_of_establishment_request", False, "0871510U", "esidoc", True, "fr",
    "The body gives 0871510V (wrong check letter) but the sender address ce.0871510U@ac-limoges.fr carries the valid UAI, which is the label.",
    "Proviseur Lycée Gay-Lussac <ce.0871510U@ac-limoges.fr>",
    "Demande du chef d'établissement",
    """Bonjour,

Je vous demande de réinitialiser l'adresse de contact et le mot de passe
administrateur du portail e-sidoc du lycée Gay-Lussac (0871510V) et de les
rattacher à l'adresse de l'établissement.

Le proviseur,
Bernard Couty
""", client="zm")

add("head_of_establishment_request", False, "0792589K", "esidoc", False, "fr",
    "The proviseur asks for the librarian trainee to be made administrator of the portal.",
    "Proviseure Lycée Jean Macé <ce.0792589K@ac-poitiers.fr>",
    "Désignation administratrice portail",
    """Madame, Monsieur,

Je vous prie de bien vouloir désigner Mme Sylvie Texier, professeure
documentaliste stagiaire, comme administratrice du portail e-sidoc du lycée
Jean Macé (0792589K), avec son adresse académique sylvie.texier@ac-poitiers.fr.

La proviseure,
Nadège Barreau
""", client="zm")

add("head_of_establishment_request", False, "0281106A", "espace_acheteur", False, "fr",
    "HTML Outlook mail: the head asks to transfer the Espace Acheteur administrator role to the new gestionnaire.",
    "Proviseur Lycée Rotrou <ce.0281106A@ac-orleans-tours.fr>",
    "Changement d'administrateur Espace Acheteur",
    """Bonjour,

Notre gestionnaire, M. Perrin, a été muté. Je vous demande de transférer le
rôle d'administrateur de l'Espace Acheteur du lycée Rotrou (0281106A) à
Mme Olivia Brun, nouvelle gestionnaire.

Cordialement,
Le proviseur
""", client="ol", html="alt")

add("head_of_establishment_request", False, "0241284R", "esidoc", True, "fr",
    "The principal writes from her personal mailbox to ask for an administrator reset: still a head-of-establishment request, but the sender cannot be checked against the official address.",
    "Valérie Puyjalon <valerie.puyjalon@wanadoo.fr>",
    "demande principale collège Montaigne",
    """Bonjour,

Principale du collège Montaigne de Périgueux (0241284R), je vous écris de ma
messagerie personnelle car la boîte de l'établissement est en panne. Je
demande la réinitialisation du mot de passe administrateur e-sidoc.

Valérie Puyjalon
""", client="gm")

add("head_of_establishment_request", False, "0401059J", "espace_acheteur", False, "en",
    "English; the head authorises the gestionnaire's basket above the spending threshold.",
    "Proviseur Lycee Duruy <ce.0401059J@ac-bordeaux.fr>",
    "Order authorisation",
    """Hello,

I hereby authorise the order currently waiting in our Espace Acheteur basket
(Lycée Victor Duruy, 0401059J), amount 4,860 EUR, placed by our gestionnaire.

Regards,
Alain Lacoste, head of establishment
""", client="ol")

add("head_of_establishment_request", False, "0452966E", "esidoc", False, "fr",
    "The directrice writes from the official address to name a new contact for the portal.",
    "Direction Lycée Voltaire <ce.0452966E@ac-orleans-tours.fr>",
    "Nouveau contact portail",
    """Bonjour,

En tant que proviseure du lycée Voltaire d'Orléans, je vous demande d'enregistrer
M. Thibault Roger (thibault.roger@ac-orleans-tours.fr) comme nouveau contact
administrateur du portail documentaire, et de désactiver l'ancien compte.

Sophie Marchal
Proviseure
""", client="zm")

# ---------------------------------------------------------------- order_billing (12)
add("order_billing", False, "0332085M", "espace_acheteur", False, "fr",
    "Asks for a quote (devis) needed for the bon d'engagement.",
    "Sandrine Larrieu <sandrine.larrieu@ac-bordeaux.fr>",
    "Demande de devis",
    """Bonjour,

Pourriez-vous m'envoyer un devis pour 30 licences de la ressource presse,
afin d'établir le bon d'engagement ? Lycée Camille Jullian, 0332085M.

Sandrine Larrieu
""", client="ol")

add("order_billing", False, "0371321K", "esidoc", False, "fr",
    "Invoice not found on Chorus Pro; written to the old address.",
    "Agent comptable Lycée Descartes <compta.0371321K@ac-orleans-tours.fr>",
    "Facture absente de Chorus",
    """Bonjour,

Nous ne trouvons pas sur Chorus Pro la facture de l'abonnement e-sidoc 2024-2025
du lycée Descartes (0371321K). Pouvez-vous la déposer ou nous l'envoyer ?

Service comptable
""", to=[OLD_H], client="ol")

add("order_billing", False, "0182329J", "espace_acheteur", True, "fr",
    "Reply-all among gestionnaire, agent comptable and buyer: the new message asks the desk to correct the invoice amount; quoted messages discuss the payment.",
    "Jocelyne Moulin <jocelyne.moulin@ac-orleans-tours.fr>",
    "RE: RE: facture 2024-1093",
    """Bonjour,

J'ajoute le support à ce fil. Pouvez-vous corriger la facture 2024-1093 ? Le
montant facturé (1 260 €) ne correspond pas au devis (1 080 €).
Lycée Alain-Fournier, Bourges, 0182329J.

Jocelyne Moulin

> Le 02/10/2024 à 14:10, Agent comptable a écrit :
> Je ne peux pas payer cette facture en l'état, le montant n'est pas celui
> de l'engagement.
>
>> Le 02/10/2024 à 11:35, Jocelyne Moulin a écrit :
>> Voici la facture reçue pour la ressource, peux-tu la mettre en paiement ?
""", to=["Agent comptable <ac.0182329J@ac-orleans-tours.fr>", NEW_H],
    cc=["Achats <achats.lycee.af@ac-orleans-tours.fr>"], reply=True)

add("order_billing", False, "0641026T", "espace_acheteur", False, "en",
    "English; asks which payment means are accepted (administrative transfer).",
    "Maite Irigoyen <maite.irigoyen@ac-bordeaux.fr>",
    "Payment by administrative mandate?",
    """Hello,

Can we pay our order by administrative mandate (mandat administratif), or only
by card? Our accounting office needs to know before validating the basket.
Collège Ravel, 0641026T.

Maite Irigoyen
""", client="gm")

add("order_billing", False, "0861443B", "espace_acheteur", False, "fr",
    "Basket validation blocked: the bon d'engagement number is refused.",
    "Anne-Sophie Mériot <anne-sophie.meriot@ac-poitiers.fr>",
    "validation panier impossible",
    """Bonjour,

Impossible de valider le panier sur l'Espace Acheteur : le champ numéro
d'engagement refuse notre numéro (format BE 2024 00157). Lycée Aliénor
d'Aquitaine, Poitiers, 0861443B.

Merci,
Anne-Sophie Mériot
""", client="ol", enc="quoted-printable")

add("order_billing", False, None, "espace_acheteur", False, "fr",
    "Buyer at a local authority asks for a duplicate invoice; no UAI, non-academic sender.",
    "Service Achats - Mairie de Cognac <achats@mairie-cognac.example.fr>",
    "Duplicata facture",
    """Bonjour,

Merci de nous adresser un duplicata de la facture de septembre concernant les
abonnements des écoles de la ville, commandés sur l'Espace Acheteur. L'original
a été envoyé à votre ancienne adresse de facturation.

Service Achats
""", client="ol")

add("order_billing", False, "0242113S", "esidoc", False, "fr",
    "Quote needed in the name of the new agent comptable for the renewal.",
    "Nadine Faure <nadine.faure@ac-bordeaux.fr>",
    "devis renouvellement",
    """Bonjour,
pouvez vous refaire le devis de renouvellement e-sidoc au nom du nouvel agent
comptable ? Collège de Bergerac, 0242113S.
Merci
Nadine Faure
""", client="zm")

add("order_billing", False, "0161960U", "espace_acheteur", True, "fr",
    "Two topics: the invoice is not on Chorus (main) and a colleague's password, mentioned in passing as already solved.",
    "Pauline Guérin <pauline.guerin.doc@gmail.com>",
    "Re: facture",
    """Bonjour,

Merci pour le mot de passe, c'est réglé. Par contre la gestionnaire ne trouve
toujours pas la facture sur Chorus, pouvez-vous nous la renvoyer ?
Collège Jean Rostand, 0161960U.

Pauline
""", client="gm", reply=True)

add("order_billing", False, "0792497K", "espace_acheteur", False, "en",
    "English; asks for a pro-forma invoice before ordering.",
    "Sebastien Pineau <sebastien.pineau@ac-poitiers.fr>",
    "Pro-forma invoice",
    """Hello,

Could you send us a pro-forma invoice for the e-book bundle listed in the
Espace Acheteur? Our accountant needs it before committing the expense.
Collège de Parthenay, 0792497K.

Thanks
""", client="tb")

add("order_billing", False, "0412568U", "espace_acheteur", False, "fr",
    "Order stuck at 'en attente de paiement' although the transfer was made.",
    "Armelle Robin <armelle.robin@ac-orleans-tours.fr>",
    "Commande en attente de paiement",
    """Bonjour,

Notre commande du 8 octobre reste "en attente de paiement" alors que le
virement a été fait le 15 par l'agence comptable. Lycée Dessaignes, 0412568U.

Armelle Robin
""", att=("avis_virement.pdf", "application", "pdf"))

add("order_billing", False, "0452414E", "espace_acheteur", False, "fr",
    "HTML-only Outlook: asks to change the billing address on the invoice after the school's reorganisation.",
    "Corinne Lefèvre <corinne.lefevre@ac-orleans-tours.fr>",
    "Adresse de facturation",
    """Bonjour,

La facture reçue porte encore l'adresse de l'ancien service de gestion. Merci
de la rééditer avec l'adresse de facturation du lycée Durzy (0452414E),
indiquée sur le bon de commande.

Corinne Lefèvre
""", client="ol", html="only")

add("order_billing", False, "0871419V", "espace_acheteur", False, "fr",
    "Asks how to attach the bon d'engagement to a basket before validation.",
    "Romain Lagarde <romain.lagarde@ac-limoges.fr>",
    "bon d'engagement",
    """Bonjour,

Où dois-je joindre le bon d'engagement avant de valider le panier sur l'Espace
Acheteur ? Je ne vois pas de bouton pour ça. Lycée Suzanne Valadon, Limoges,
0871419V.

Romain Lagarde
""")

# ---------------------------------------------------------------- contract_documents (8)
add("contract_documents", False, "0331208J", "espace_acheteur", False, "fr",
    "Cannot see the market documents (convention) on the Espace Acheteur.",
    "Agnès Lacoste <agnes.lacoste@ac-bordeaux.fr>",
    "Documents du marché introuvables",
    """Bonjour,

Je ne vois pas les documents du marché (convention et CCAP) dans l'Espace
Acheteur, rubrique "Mes marchés". Lycée Montesquieu, 0331208J.

Agnès Lacoste
""")

add("contract_documents", False, None, "espace_acheteur", True, "fr",
    "Could see the conventions when writing to the old desk, not since the new platform; contract_documents, though close to access rights.",
    "Cécile Mounier <cecile.mounier@ac-poitiers.fr>",
    "Conventions disparues",
    """Bonjour,

Avant l'été, les conventions de notre groupement apparaissaient dans mon espace.
Depuis votre changement d'adresse et de plateforme, je ne vois plus aucune
convention ni aucun avenant.

Cécile Mounier, acheteuse
""")

add("contract_documents", False, "0372776S", "espace_acheteur", False, "en",
    "English; the amendment (avenant) to the convention cannot be opened.",
    "Ludovic Garnier <ludovic.garnier@ac-orleans-tours.fr>",
    "Cannot open the amendment",
    """Hello,

The amendment no. 2 to our purchasing convention shows in the list but the
document does not open (blank page). Lycée Grandmont, 0372776S.

Regards,
Ludovic Garnier
""", client="ol")

add("contract_documents", False, "0641259W", "espace_acheteur", False, "fr",
    "Reply-all among buyers: the last message asks the desk why the market documents are not visible.",
    "Arnaud Larralde <arnaud.larralde@ac-bordeaux.fr>",
    "RE: pièces du marché fournitures",
    """Bonjour,

Je mets le support en copie. Comme Peter, je ne vois pas les pièces du marché
fournitures (règlement, CCTP) dans notre espace. Collège Marracq, 0641259W.

Arnaud Larralde

-----Message d'origine-----
De : Peter Lasserre
Envoyé : mardi 8 octobre 2024 10:02
À : Arnaud Larralde
Objet : pièces du marché fournitures

Tu arrives à voir le règlement de consultation toi ? Moi rien.
""", cc=["Peter Lasserre <peter.lasserre@ac-bordeaux.fr>"], client="ol", reply=True)

add("contract_documents", False, "0192632H", "espace_acheteur", False, "fr",
    "Convention of the purchasing group not visible for the new buyer.",
    "Yvette Rouffignac <yvette.rouffignac@ac-limoges.fr>",
    "convention de groupement",
    """Bonjour,

Je ne vois pas la convention du groupement de commandes dans l'Espace Acheteur.
Collège de Brive, 0192632H. Mes collègues la voient.

Yvette Rouffignac
""", client="zm")

add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "Buyer of an inter-municipal body cannot download the contract documents; no académie sender.",
    "Marc Duval <m.duval@agglo-chateauroux.example.fr>",
    "Téléchargement des pièces contractuelles",
    """Bonjour,

Le téléchargement des pièces contractuelles (acte d'engagement, BPU) échoue
depuis lundi dans l'Espace Acheteur : "document indisponible".

Marc Duval
Service commande publique
""", client="ol", html="alt")

add("contract_documents", False, "0281372P", "esignature", True, "fr",
    "Quoted history is about an order; the new message says the convention to sign is not visible in the signature space.",
    "Nicole Hamon <nicole.hamon@ac-orleans-tours.fr>",
    "Re: confirmation commande",
    """Bonjour,

Autre chose maintenant : la convention à signer électroniquement n'apparaît
pas dans mon espace de signature, alors que j'ai reçu l'invitation.
Collège Louis Pergaud, 0281372P.

Nicole Hamon

Le 10/10/2024 à 09:14, Support Assistance a écrit :
> Votre commande a bien été enregistrée, la confirmation vous a été renvoyée.
""", client="zm", reply=True)

add("contract_documents", False, "0862931U", "espace_acheteur", False, "fr",
    "Cannot see the conventions of the market since the desk moved; signature with the UAI.",
    "Olivier Ribardière <olivier.ribardiere@ac-poitiers.fr>",
    "Conventions non visibles",
    """Bonjour,

Je ne vois plus les conventions de marché dans notre Espace Acheteur, la
rubrique est vide.

Olivier Ribardière
Lycée du Bois d'Amour, Poitiers
UAI 0862931U
""")
# ---------------------------------------------------------------- transfer_incident (10)
add("transfer_incident", False, "0371734J", "ecoledirecte", False, "fr",
    "EcoleDirecte data transfer failing since the weekend.",
    "Secrétariat Jules Romains <secretariat.0371734J@ac-orleans-tours.fr>",
    "Transfert EcoleDirecte en échec",
    """Bonjour,

Le transfert des données vers EcoleDirecte échoue depuis samedi (message
"erreur de synchronisation 502"). Collège Jules Romains, 0371734J.

Le secrétariat
""", client="ol")

add("transfer_incident", False, "0452414E", "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
    "Corinne Lefèvre <corinne.lefevre@ac-orleans-tours.fr>",
    "mot de passe maintenance",
    """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois
relancer la réindexation de la base avant le transfert vers EcoleDirecte.
Lycée Durzy, 0452414E.

Corinne Lefèvre
""")

add("transfer_incident", False, "0332969Y", "ecoledirecte", False, "fr",
    "Licence to regenerate after the server change.",
    "Gilles Arrieta <gilles.arrieta@ac-bordeaux.fr>",
    "Licence à régénérer",
    """Bonjour,

Suite au changement de serveur, le logiciel nous demande de régénérer la
licence avant de pouvoir synchroniser avec EcoleDirecte. Collège Alfred
Mauguin, 0332969Y.

Gilles Arrieta
""", client="ol")

add("transfer_incident", False, "0172723T", "ecoledirecte", False, "en",
    "English; synchronisation of timetables fails.",
    "Fiona McAllister <f.mcallister@lycee-international-rochefort.example.org>",
    "Timetable sync failing",
    """Hello,

The timetable synchronisation with EcoleDirecte has been failing every night
since Monday ("transfer aborted"). Establishment code 0172723T.

Kind regards,
Fiona McAllister
""", client="am")

add("transfer_incident", False, "0411231R", "ecoledirecte", True, "fr",
    "Reply-all among the secretariat and the CPE about missing marks; the new message asks the desk about the failed transfer that explains them.",
    "Stéphane Gaudin <stephane.gaudin@ac-orleans-tours.fr>",
    "RE: notes absentes sur EcoleDirecte",
    """Bonjour,

Je mets le support en copie : les notes ne remontent pas parce que le transfert
de cette nuit a échoué (journal : "fichier d'export vide"). Pouvez-vous
regarder ? Lycée Camille Claudel, 0411231R.

Stéphane

-----Message d'origine-----
De : CPE Claudel
Envoyé : jeudi 10 octobre 2024 08:05
À : Secrétariat ; Stéphane Gaudin
Objet : notes absentes sur EcoleDirecte

Les parents appellent, ils ne voient pas les notes du trimestre.
""", to=[NEW_H], cc=["CPE Claudel <cpe.claudel@ac-orleans-tours.fr>",
                      "Secrétariat Claudel <ce.0411231R@ac-orleans-tours.fr>"],
    client="ol", reply=True)

add("transfer_incident", False, "0242888J", "ecoledirecte", False, "fr",
    "Transfer error code after the software update; Zimbra.",
    "Bruno Delmas <bruno.delmas@ac-bordeaux.fr>",
    "erreur transfert",
    """Bonjour,
depuis la mise a jour de mardi, le transfert vers ecoledirecte plante avec
l'erreur "E-114 licence invalide". Collège de Périgueux, 0242888J.
Bruno
""", client="zm")

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "Daily maintenance password requested by the académie's IT; no UAI, region from ac-limoges.fr.",
    "Thierry Faucher <thierry.faucher@ac-limoges.fr>",
    "code maintenance",
    """Bonjour,

Pour une intervention ce matin dans un collège de Corrèze, pourriez-vous me
transmettre le code de maintenance du jour de la base EcoleDirecte ?

Thierry Faucher
Pôle numérique éducatif
""", client="zm")

add("transfer_incident", False, "0791270B", "ecoledirecte", False, "fr",
    "Synchronisation stopped; base64-encoded Outlook mail.",
    "Karine Bouchet <karine.bouchet@ac-poitiers.fr>",
    "Synchronisation arrêtée",
    """Bonjour,

La synchronisation des absences avec EcoleDirecte ne se fait plus depuis le
30 septembre. Collège de Bressuire, 0791270B. Merci de regarder rapidement.

Karine Bouchet, secrétaire
""", client="ol", enc="base64")

add("transfer_incident", False, "0281010W", "ecoledirecte", True, "fr",
    "Negation: 'ce n'est pas un problème de mot de passe'; the transfer itself fails after login.",
    "Manon Leclerc <manon.leclerc@ac-orleans-tours.fr>",
    "transfert",
    """Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte bien. C'est le
transfert des données vers EcoleDirecte qui s'arrête à 40 % à chaque fois.
Collège Jean Monnet, 0281010W.

Manon Leclerc
""")

add("transfer_incident", False, "0641953A", "ecoledirecte", False, "en",
    "English; licence expired and must be regenerated before the transfer.",
    "Jean-Michel Haritschelhar <jm.haritschelhar@ac-bordeaux.fr>",
    "Licence expired",
    """Hello,

The transfer tool says our licence has expired and must be regenerated.
Lycée Cassini, Bayonne, 0641953A. Can you send a new one?

Thank you
""", client="ol")
# ---------------------------------------------------------------- automated (20)
AR = ("Auto-Submitted", "auto-replied")
PREC = ("Precedence", "bulk")
NOAR = ("X-Auto-Response-Suppress", "All")

add("automated", False, None, None, True, "fr",
    "Auto-reply of the desk's own old mailbox ('cette adresse n'est plus utilisée') that came back to the new one: never answer, it would loop.",
    "Assistance portail <assistance@portail-services.example.fr>",
    "Réponse automatique : Changement d'adresse du support",
    """Bonjour,

Cette adresse n'est plus utilisée depuis le 2 septembre 2024.
Merci d'écrire désormais à support@assistance.example.fr.

Votre message n'a pas été transmis.

Le service d'assistance
""", extra=[AR, NOAR], client="bot")

add("automated", False, None, None, False, "fr",
    "Out-of-office from a colleague in the Cc of a reply-all chain.",
    "Paul Etcheverry <paul.etcheverry@ac-bordeaux.fr>",
    "Absent : RE: accès Espace Acheteur - commande manuels",
    """Bonjour,

Je suis absent jusqu'au 23 septembre inclus, sans accès à ma messagerie.
Pour toute urgence, contactez l'intendance.

Paul Etcheverry
""", extra=[AR, NOAR], client="ol")

add("automated", False, None, None, False, "en",
    "Delivery status notification (multipart/report): mail to a mistyped address bounced.",
    "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
    "Undelivered Mail Returned to Sender",
    """This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<isabelle.fourier@ac-orleans-tours.fr>: host smtp.ac-orleans-tours.fr said:
    550 5.1.1 User unknown
""", extra=[("Auto-Submitted", "auto-replied")],
    report=("dsn", "isabelle.fourier@ac-orleans-tours.fr"), client="bot")

add("automated", False, None, None, True, "fr",
    "Out-of-office set by a client-side rule: no Auto-Submitted or Precedence, no In-Reply-To; only the wording shows it.",
    "Martine Lavaud <martine.lavaud@ac-limoges.fr>",
    "Absence",
    """Bonjour,

Je suis en formation du 14 au 18 octobre et ne lirai pas mes messages.
Le CDI est fermé pendant cette période.

Martine Lavaud
""", client="am")

add("automated", False, None, None, False, "fr",
    "Read receipt (multipart/report, disposition-notification).",
    "Corinne Lefèvre <corinne.lefevre@ac-orleans-tours.fr>",
    "Lu : Adresse de facturation",
    """Votre message

  À : Corinne Lefèvre
  Objet : Adresse de facturation

a été lu le mardi 15 octobre 2024 à 10:02.
""", report=("mdn", "corinne.lefevre@ac-orleans-tours.fr"), client="ol")

add("automated", False, None, None, True, "fr",
    "A school's MailInBlack challenge sent to the desk: a robot asking us to authenticate, not a person reporting blocked mail; the school code 0372776S in it is only the recipient's address, and a robot's mail gets no UAI.",
    "MailInBlack <noreply@mailinblack.example.com>",
    "Merci de confirmer votre envoi à lycee.grandmont",
    """Bonjour,

Votre message à ce.0372776S@ac-orleans-tours.fr est en attente.
Le destinataire utilise une protection anti-spam : pour que votre message soit
délivré, merci de confirmer que vous êtes un humain en cliquant sur le lien
ci-dessous.

https://challenge.mailinblack.example.com/validate?id=7Fq2

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""", extra=[("Auto-Submitted", "auto-generated")], client="bot", html="alt")

add("automated", False, None, None, False, "fr",
    "Newsletter of a publisher with List-Id and List-Unsubscribe.",
    "La Lettre des CDI <newsletter@editions-jeunesse.example.fr>",
    "La Lettre des CDI - octobre 2024",
    """La Lettre des CDI - octobre 2024

- Nos nouveautés pour le Prix des Incorruptibles
- Webinaire : animer un club lecture au collège
- Agenda des salons du livre en Nouvelle-Aquitaine

Vous recevez cette lettre car vous êtes inscrit à notre liste.
Se désinscrire : https://editions-jeunesse.example.fr/desinscription
""", extra=[("List-Id", "<lettre-cdi.editions-jeunesse.example.fr>"),
            ("List-Unsubscribe", "<https://editions-jeunesse.example.fr/desinscription>"), PREC],
    client="bot", html="only")

add("automated", False, None, "ticket_portal", False, "fr",
    "Notification of the ticket portal itself (ticket updated), sent from the no-reply address.",
    "Portail d'assistance <noreply@assistance.example.fr>",
    "[Ticket #58213] Mise à jour",
    """Le ticket #58213 "Mot de passe e-sidoc" a été mis à jour.
Statut : en attente de l'utilisateur.

Ceci est un message automatique, merci de ne pas répondre.
""", extra=[("Auto-Submitted", "auto-generated")], client="bot")

add("automated", False, "0641953A", None, False, "en",
    "English out-of-office from a Cc'd head teacher, sent from the school's ce.<UAI> address.",
    "Michel Darrigrand <ce.0641953A@ac-bordeaux.fr>",
    "Automatic reply: Change of contact address",
    """Thank you for your message. I am out of the office until Monday 4 November
with limited access to email. For urgent matters please contact the school
secretariat.
""", extra=[AR], client="ol")

add("automated", False, None, None, False, "fr",
    "Bounce from the old domain: the desk's former mailbox no longer exists.",
    "Mail Delivery Subsystem <mailer-daemon@portail-services.example.fr>",
    "Delivery Status Notification (Failure)",
    """Votre message n'a pas pu être remis à assistance@portail-services.example.fr.
La boîte aux lettres n'existe plus.

Adresse de remplacement : support@assistance.example.fr
""", report=("dsn", "assistance@portail-services.example.fr"), client="bot")

add("automated", False, None, "esignature", True, "fr",
    "E-signature 'document signed' notification without Auto-Submitted; only the no-reply sender and wording show it is automatic.",
    "Signature électronique <no-reply@esignature.example.fr>",
    "Document signé : convention de groupement 2024-2027",
    """Bonjour,

Le document "Convention de groupement 2024-2027" a été signé par toutes les
parties. Vous pouvez le télécharger depuis votre espace de signature.

Ce message est envoyé automatiquement.
""", client="bot", html="alt")

add("automated", False, None, "esidoc", True, "fr",
    "A librarian's question posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us; region from ac-poitiers.fr.",
    "Delphine Brunet <delphine.brunet@ac-poitiers.fr>",
    "[doc-poitiers] e-sidoc et nouvelle adresse du support",
    """Bonjour à toutes et à tous,

Quelqu'un a-t-il la nouvelle adresse du support e-sidoc ? Mes mails à
l'ancienne restent sans réponse.

Delphine, collège Jean Moulin

--
Liste de diffusion des professeurs documentalistes de l'académie de Poitiers
""", extra=[("List-Id", "Documentalistes Poitiers <doc-poitiers.listes.ac-poitiers.fr>"),
            ("Precedence", "list"), ("List-Post", "<mailto:doc-poitiers@listes.ac-poitiers.fr>")])

add("automated", False, None, None, False, "fr",
    "Out-of-office (Zimbra) from a gestionnaire in a reply-all chain.",
    "Nicole Hamon <nicole.hamon@ac-orleans-tours.fr>",
    "Message d'absence : Re: confirmation commande",
    """Je suis absente jusqu'au 4 novembre. Votre message ne sera pas transféré.
Nicole Hamon
""", extra=[AR], client="zm")

add("automated", False, None, None, False, "en",
    "Exchange non-delivery report for a recipient in Cc.",
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ac-bordeaux.fr>",
    "Undeliverable: RE: plus aucune notification e-sidoc",
    """Delivery has failed to these recipients or groups:

nadia.zerrouki@ac-bordeaux.fr
The email address you entered couldn't be found.
""", report=("dsn", "nadia.zerrouki@ac-bordeaux.fr"), client="bot")

add("automated", False, None, "espace_acheteur", False, "fr",
    "Espace Acheteur automatic notification (order shipped), Auto-Submitted present.",
    "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
    "Votre commande 24-1187 a été expédiée",
    """Bonjour,

Votre commande 24-1187 a été expédiée le 21/10/2024.
Suivi : https://espace-acheteur.example.fr/commandes/24-1187

Message automatique, ne pas répondre.
""", extra=[("Auto-Submitted", "auto-generated"), NOAR], client="bot", html="alt")

add("automated", False, "0371321K", None, True, "fr",
    "Auto-reply from the school's ce.<UAI> address that looks personal (secretariat 'nous avons bien reçu votre message') but has Auto-Submitted and no question.",
    "Secrétariat Lycée Descartes <ce.0371321K@ac-orleans-tours.fr>",
    "Accusé de réception",
    """Bonjour,

Nous avons bien reçu votre message. Le secrétariat est ouvert du lundi au
vendredi de 8h à 17h ; nous vous répondrons dès que possible.

Le secrétariat
""", extra=[AR], client="ol")

add("automated", False, None, None, False, "en",
    "Mailing-list digest (Precedence: bulk) from a library association.",
    "ADBEN News <news@adben.example.org>",
    "Weekly digest - school libraries",
    """This week:
* Reading challenge 2025 announced
* Open call for workshops
* Job board: 3 new posts

You are subscribed as support@assistance.example.fr.
""", extra=[PREC, ("List-Id", "<digest.adben.example.org>")], client="bot")

add("automated", False, None, None, False, "fr",
    "Gmail vacation responder of a librarian copied in a thread.",
    "Lucie Marchand <lucie.marchand45@gmail.com>",
    "Réponse automatique",
    """Bonjour, je suis en congé jusqu'au 4 novembre. Bonnes vacances !
Lucie
""", extra=[AR], client="gm")

add("automated", False, None, None, False, "fr",
    "Monitoring alert from the desk's own forwarding of the old mailbox (mail system notification).",
    "Postmaster <postmaster@portail-services.example.fr>",
    "[Alerte] Redirection de l'ancienne boîte assistance@ : 312 messages transférés",
    """Rapport quotidien de redirection

Boîte : assistance@portail-services.example.fr
Cible : support@assistance.example.fr
Messages transférés (24 h) : 312
Rejets : 4

Ce rapport est généré automatiquement.
""", extra=[("Auto-Submitted", "auto-generated"), PREC], client="bot")

add("automated", False, None, None, False, "en",
    "Read receipt in English (multipart/report).",
    "Rachel Dupuy <rachel.dupuy@ac-bordeaux.fr>",
    "Read: e-sidoc admin password",
    """Your message

  To: Rachel Dupuy
  Subject: e-sidoc admin password

was read on Wednesday, 11 September 2024 14:31.
""", report=("mdn", "rachel.dupuy@ac-bordeaux.fr"), client="ol")

# ---------------------------------------------------------------- other (14)
add("other", False, "0362519T", "esidoc", True, "fr",
    "Thanks only, quoting the reset answer; 'mot de passe' appears but nothing is asked.",
    "Agnès Boutet <agnes.boutet@ac-orleans-tours.fr>",
    "Re: portail CDI - mot de passe",
    """Merci beaucoup, tout fonctionne, j'ai pu changer le mot de passe !
Bonne journée,
Agnès, collège Les Capucins (0362519T)

Le 25/09/2024 à 11:20, Support Assistance a écrit :
> Le lien de réinitialisation a été envoyé à l'adresse de l'établissement.
""", reply=True, client="zm")

add("other", False, "0332085M", "espace_acheteur", True, "fr",
    "Reply-all where a colleague answers another colleague ('je m'en occupe'); the desk is only in copy and nothing is asked of it.",
    "Karine Dubos <karine.dubos@ac-bordeaux.fr>",
    "RE: accès Espace Acheteur - commande manuels",
    """Sandrine,

Pas la peine d'attendre le support, j'ai retrouvé les codes dans le dossier
partagé de l'intendance, je te les donne de vive voix demain matin.
Paul, tu pourras passer ta commande jeudi.

Karine

-----Message d'origine-----
De : Sandrine Larrieu
Envoyé : mardi 10 septembre 2024 10:03
Objet : RE: accès Espace Acheteur - commande manuels

Je mets le support en copie (nouvelle adresse, merci Karine). Lycée Camille
Jullian, UAI 0332085M...
""", to=["Sandrine Larrieu <sandrine.larrieu@ac-bordeaux.fr>", "Paul Etcheverry <paul.etcheverry@ac-bordeaux.fr>"],
    cc=[NEW_H], client="ol", reply=True)

add("other", False, None, None, True, "fr",
    "Mail meant for a colleague (meeting arrangements) sent to the desk by mistake through address auto-completion.",
    "Sylvie Moreau <sylvie.moreau@ac-poitiers.fr>",
    "réunion bassin jeudi",
    """Coucou Sophie,

Pour jeudi, je prends les clés de la salle B12 et j'apporte le vidéoprojecteur.
Tu peux prévoir le café ? On commence à 14h.

Bises,
Sylvie
""", to=["Support Assistance <support@assistance.example.fr>"], client="gm")

add("other", False, None, None, True, "fr",
    "Phishing imitating the desk's address change ('confirmez vos identifiants'); look-alike domain, not an académie.",
    "Support Assistance <support@assistance-example-fr.example.net>",
    "Changement d'adresse du support - action requise",
    """Bonjour,

Suite au changement d'adresse de notre service, vous devez confirmer vos
identifiants sous 24 h, faute de quoi votre compte sera désactivé.

Confirmer : http://assistance-example-fr.example.net/login

Le support
""", auth="fail", client="bot", html="only")

add("other", False, None, None, False, "fr",
    "Asks whether the old address still works and whether to update the address book: a question about the desk itself.",
    "Jean Castex <jean.castex@ac-limoges.fr>",
    "ancienne adresse ?",
    """Bonjour,

Simple question : l'ancienne adresse assistance@portail-services.example.fr
fonctionne-t-elle encore, ou dois-je tout mettre à jour dans notre annuaire ?
On a des affiches au CDI avec l'ancienne.

Merci,
Jean Castex
""", client="zm")

add("other", False, None, None, False, "en",
    "English SEO spam.",
    "Mark Evans <mark.evans@seo-growth.example.com>",
    "Rank your website #1 on Google",
    """Hi there,

I was checking your website and noticed it does not rank on the first page
for important keywords. We can fix that in 30 days. Reply "YES" for a free audit.

Best,
Mark
""", client="gm")

add("other", False, None, None, False, "fr",
    "Job application sent to the desk.",
    "Inès Haddad <ines.haddad@gmail.com>",
    "Candidature spontanée",
    """Madame, Monsieur,

Titulaire d'un BTS SIO, je me permets de vous adresser ma candidature pour un
poste de technicien support. Vous trouverez mon CV en pièce jointe.

Cordialement,
Inès Haddad
""", client="gm", att=("CV_Ines_Haddad.pdf", "application", "pdf"))

add("other", False, None, "esidoc", False, "fr",
    "Feature suggestion for the portal, nothing to fix.",
    "Isabelle Fournier <isabelle.fournier@ac-orleans-tours.fr>",
    "suggestion",
    """Bonjour,

Une simple suggestion : ce serait pratique de pouvoir exporter la liste des
nouveautés du portail e-sidoc en PDF pour l'afficher au CDI.

Bonne journée,
Isabelle
""")

add("other", False, None, None, True, "en",
    "Fake unpaid-invoice mail with an attachment from an unknown sender: phishing, not order_billing.",
    "Accounts Receivable <billing@invoice-center.example.biz>",
    "Overdue invoice #INV-88213",
    """Dear customer,

Your invoice #INV-88213 is overdue. Please open the attached document and
settle the payment today to avoid service interruption.

Accounts Receivable
""", auth="fail", att=("INV-88213.html", "text", "html"), client="bot")

add("other", False, None, None, True, "fr",
    "A thread between two schools' librarians about a book loan, with the desk left in Cc by reply-all; nothing asked of the desk.",
    "Hervé Guillot <herve.guillot@ac-orleans-tours.fr>",
    "Re: Re: codes e-sidoc",
    """Isabelle,

Parfait si le support s'en occupe. Au fait, je te rapporte les cinq mangas du
prix Mangawa vendredi, ils étaient restés dans mon carton.

Hervé

Le 17/09/2024 à 09:30, Isabelle Fournier a écrit :
> J'ajoute le support à la conversation.
""", to=["Isabelle Fournier <isabelle.fournier@ac-orleans-tours.fr>"], cc=[NEW_H], reply=True)

add("other", False, None, None, False, "fr",
    "Salesman offering shelving for school libraries.",
    "Mobilier Scolaire Pro <contact@mobilier-scolaire-pro.example.fr>",
    "Aménagez votre CDI à prix réduit",
    """Bonjour,

Profitez de -20 % sur nos rayonnages et bacs à albums jusqu'au 30 novembre.
Catalogue en ligne sur notre site.

L'équipe commerciale
""", client="bot", html="only")

add("other", False, None, "esidoc", False, "en",
    "English; asks whether the desk has a phone number now that the address changed: general question.",
    "Rachel Dupuy <rachel.dupuy@ac-bordeaux.fr>",
    "Phone number?",
    """Hi,

Is there a phone number I can call, now that your email address has changed?
It is sometimes easier to explain e-sidoc issues by phone.

Thanks,
Rachel
""", client="ol")

add("other", False, None, None, True, "fr",
    "Forwarded internal mail about the parents' meeting, sent to the desk's new address instead of the school secretariat (same first letters in auto-completion).",
    "Claude Ferrand <claude.ferrand@ac-orleans-tours.fr>",
    "TR: réunion parents 3e",
    """Bonjour,

Ci-dessous le planning de la réunion parents-professeurs de 3e. Merci de
l'imprimer en 40 exemplaires.

Claude

---------- Forwarded message ---------
De : Principal adjoint
Date : lun. 14 oct. 2024 à 16:40
Objet : réunion parents 3e

Réunion le jeudi 17 à 17h30, salles 101 à 106.
""", client="gm")

add("other", False, None, "espace_acheteur", False, "fr",
    "A buyer complains about the slowness of the desk since the change of address, without a concrete request.",
    "Michel Lafargue <michel.lafargue@ac-bordeaux.fr>",
    "délais de réponse",
    """Bonjour,

Je tenais à vous dire que depuis votre changement d'adresse les réponses
mettent beaucoup plus de temps. Avant c'était le jour même. Dommage.

Michel Lafargue, acheteur
""")


# ================================================================ building
CLIENT_HEADERS = {
    "tb": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "ol": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")],
    "gm": [],
    "am": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "zm": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)")],
    "bot": [],
}


def to_html(text, client):
    paras = [p.strip("\n") for p in text.split("\n\n") if p.strip()]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cls = ' class="MsoNormal"' if client == "ol" else ""
    body = "\n".join("<p%s>%s</p>" % (cls, esc(p).replace("\n", "<br>\n")) for p in paras)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head>\n<body>\n%s\n</body></html>\n" % body)


def msgid(rng, client, domain):
    h = "%032x" % rng.getrandbits(128)
    if client == "gm":
        return "<CA%s@mail.gmail.com>" % base64.b32encode(bytes.fromhex(h)).decode().rstrip("=")
    if client == "ol":
        return "<%s.%s@%s>" % (h[:16].upper(), h[16:24].upper(), domain)
    return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], domain)


def content_of(m, rng):
    if m["report"]:
        kind, rcpt = m["report"]
        b = "=_report_%012x" % rng.getrandbits(48)
        human = m["body"]
        if kind == "dsn":
            machine = ("Content-Type: message/delivery-status\n\n"
                       "Reporting-MTA: dns; mx1.assistance.example.fr\n\n"
                       "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n" % rcpt)
            rtype = "delivery-status"
        else:
            machine = ("Content-Type: message/disposition-notification\n\n"
                       "Reporting-UA: mail.example; Microsoft Outlook 16.0\n"
                       "Final-Recipient: rfc822; %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % rcpt)
            rtype = "disposition-notification"
        raw = ("MIME-Version: 1.0\nContent-Type: multipart/report; report-type=%s;\n boundary=\"%s\"\n\n"
               "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
               "--%s\n%s\n"
               "--%s\nContent-Type: text/rfc822-headers\n\nFrom: Support Assistance <support@assistance.example.fr>\n"
               "To: %s\nSubject: Re: votre demande\n\n--%s--\n") % (rtype, b, b, human, b, machine, b, rcpt, b)
        return raw.encode("utf-8")
    c = EmailMessage(policy=policy.default)
    enc = m["enc"]
    if enc == "8bit" and m["body"].isascii():
        enc = "7bit"
    if m["html"] == "only":
        c.set_content(to_html(m["body"], m["client"]), subtype="html", cte=enc)
    else:
        c.set_content(m["body"], cte=enc)
        if m["html"] == "alt":
            c.add_alternative(to_html(m["body"], m["client"]), subtype="html", cte=enc)
    if m["att"]:
        fn, mt, st = m["att"]
        if mt == "text":
            c.add_attachment("<html><body><p>Invoice INV-88213</p></body></html>\n", subtype=st, filename=fn)
        else:
            data = b"%PDF-1.4\n% holdout83 placeholder\n" + bytes(rng.getrandbits(8) for _ in range(300)) + b"\n%%EOF\n"
            c.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for part in c.walk():  # fixed boundaries: the email package would draw them from the global random
        if part.is_multipart():
            part.set_boundary("=_part_%016x" % rng.getrandbits(64))
    return c.as_bytes(policy=policy.default.clone(linesep="\n"))


def build(m, i, rng):
    pol = policy.default.clone(linesep="\n", max_line_length=78)
    fold = lambda k, v: pol.header_factory(k, v).fold(policy=pol)
    name, addr = parseaddr(m["frm"])
    domain = addr.rsplit("@", 1)[1].lower()
    day = datetime(2024, 9, 2, tzinfo=timezone.utc) + timedelta(days=i * 0.45 + rng.random() * 0.4,
                                                               hours=6 + rng.randint(0, 10))
    tz = timezone(timedelta(hours=2 if day < datetime(2024, 10, 27, tzinfo=timezone.utc) else 1))
    d = day.astimezone(tz).replace(microsecond=0)
    ip = "203.0.113.%d" % rng.randint(2, 250)
    hdr = []
    bounce = m["report"] and m["report"][0] == "dsn"
    hdr.append(("Return-Path", "<>" if bounce else "<%s>" % addr))
    hdr.append(("Delivered-To", NEW))
    rcpts = " ".join(m["to"] + m["cc"])
    if OLD in rcpts:
        hdr.append(("X-Original-To", OLD))
        hdr.append(("Received", "from mx.portail-services.example.fr (mx.portail-services.example.fr [198.51.100.7]) "
                                "by mx1.assistance.example.fr (Postfix) with ESMTPS id %X for <%s>; %s"
                    % (rng.getrandbits(40), NEW, format_datetime(d + timedelta(seconds=9)))))
    hdr.append(("Received", "from smtp.%s (smtp.%s [%s]) by %s with ESMTPS id %X for <%s>; %s"
                % (domain, domain, ip, "mx.portail-services.example.fr" if OLD in rcpts else "mx1.assistance.example.fr",
                   rng.getrandbits(40), OLD if OLD in rcpts else NEW, format_datetime(d + timedelta(seconds=4)))))
    res = m["auth"]
    hdr.append(("Authentication-Results", "mx1.assistance.example.fr; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s"
                % ("none" if res == "fail" else "pass", domain, res, domain, res, domain)))
    hdr.append(("Message-ID", msgid(rng, m["client"], domain)))
    hdr.append(("Date", format_datetime(d)))
    if m["reply"]:
        parent = msgid(rng, "tb", "assistance.example.fr" if m["subj"].startswith("Re: [") else domain)
        hdr.append(("In-Reply-To", parent))
        hdr.append(("References", parent))
    hdr.append(("From", m["frm"]))
    if m["reply_to"]:
        hdr.append(("Reply-To", m["reply_to"]))
    hdr.append(("To", ", ".join(m["to"])))
    if m["cc"]:
        hdr.append(("Cc", ", ".join(m["cc"])))
    hdr.append(("Subject", m["subj"]))
    if m["client"] == "ol":
        hdr.append(("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()))
    hdr += CLIENT_HEADERS[m["client"]]
    hdr += m["extra"]
    head = "".join(fold(k, v) for k, v in hdr)
    return head.encode("ascii") + content_of(m, rng)


def label_of(m, i):
    return {"file": "h%03d.eml" % i, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
            "region": region_for(m["uai"], m["frm"]), "platform": m["plat"], "hard": m["hard"],
            "lang": m["lang"], "notes": m["notes"]}


# ================================================================ checks
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("To", "")),
             str(msg.get("Cc", "")), str(msg.get("Reply-To", ""))]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/"):
            t = p.get_content()
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            parts.append(t)
        elif ct.startswith("message/"):
            pl = p.get_payload()
            parts.append("\n".join(str(x) for x in pl) if isinstance(pl, list) else str(pl))
    return "\n".join(parts)


def check(n_expected):
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == n_expected == 150, len(labels)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    assert [l["file"] for l in labels] == files
    assert set(l["category"] for l in labels) == set(CATEGORIES)
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    for l in labels:
        f = l["file"]
        assert list(l) == KEYS, (f, list(l))
        assert l["category"] in CATEGORIES, f
        assert isinstance(l["auto_reply_ok"], bool) and isinstance(l["hard"], bool), f
        if l["category"] in NEVER_AUTO:
            assert l["auto_reply_ok"] is False, f
        assert l["platform"] in PLATFORMS, f
        assert l["lang"] in ("fr", "en"), f
        assert isinstance(l["notes"], str) and len(l["notes"]) > 10, f
        assert l["uai"] is None or uai_ok(l["uai"]), f
        raw = open(os.path.join(HERE, f), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for p in msg.walk():
            assert not p.defects, (f, p.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        for h in ("From", "To", "Cc", "Date"):
            if msg[h] is not None:
                assert not msg[h].defects, (f, h, msg[h].defects)
        text = visible_text(msg)
        found = {"".join(g).upper() for g in UAI_RE.findall(text)}
        if l["uai"]:
            assert l["uai"] in found, (f, l["uai"], found)
        for code in found - {l["uai"]}:
            assert code in l["notes"], (f, "unexplained code", code)
            if not uai_ok(code):
                assert "wrong check letter" in l["notes"], (f, code)
        m = re.findall(r"(\d{7}[A-Z]): wrong check letter|typed as (\d{7}[A-Z])|gives (\d{7}[A-Z]) \(wrong check letter\)",
                       l["notes"])
        for tup in m:
            for code in tup:
                if code:
                    assert not uai_ok(code), (f, code, "claimed wrong but valid")
        if "wrong check letter" in l["notes"]:
            assert any(not uai_ok(c) for c in found), (f, "no wrong code in text")
        sender = parseaddr(str(msg["From"]))[1]
        assert l["region"] == region_for(l["uai"], sender), (f, l["region"])
        if l["region"] is not None:
            assert l["region"] in REGION_DEPTS, f
    return labels


def main():
    rng = random.Random(SEED)
    assert len(MAILS) == 150, len(MAILS)
    for f in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", f):
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for i, m in enumerate(MAILS, 1):
            with open(os.path.join(HERE, "h%03d.eml" % i), "wb") as fh:
                fh.write(build(m, i, rng))
            out.write(json.dumps(label_of(m, i), ensure_ascii=False) + "\n")
    labels = check(len(MAILS))
    from collections import Counter
    print("categories:", dict(Counter(l["category"] for l in labels)))
    print("english:", sum(l["lang"] == "en" for l in labels), "hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()
