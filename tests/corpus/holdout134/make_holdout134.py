#!/usr/bin/env python3
"""Build the holdout134 blind test set: 150 hand-written support mails.

Theme: Pays de la Loire and Centre-Val de Loire in May 2025 (1, 8 and 29 May
bank holidays, the bridges on 2, 9 and 30 May): librarians, gestionnaires and
secretaries, backlogs after the long weekends and many out-of-office replies.

Standard library only, deterministic (fixed seed). Every text below was
written by hand for this set. Run: python3 make_holdout134.py
"""
import email
import email.policy
import json
import os
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(134)
TZ = timezone(timedelta(hours=2))
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

DEPT_REGION = {}
for _reg, _depts in {
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
}.items():
    for _d in _depts.split():
        DEPT_REGION["0" + _d] = _reg
DEPT_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe",
                    "972": "martinique", "973": "guyane", "974": "la-reunion",
                    "976": "mayotte"})
DOMAIN_REGION = {
    "ac-nantes.fr": "pays-de-la-loire",
    "ac-orleans-tours.fr": "centre-val-de-loire",
    "ac-rennes.fr": "bretagne", "ac-paris.fr": "ile-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-poitiers.fr": "nouvelle-aquitaine",
    "ac-normandie.fr": "normandie", "ac-lyon.fr": "auvergne-rhone-alpes",
    "ac-lille.fr": "hauts-de-france", "ac-dijon.fr": "bourgogne-franche-comte",
}


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_of(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILERS = [
    None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird",
    "Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))", None,
    "iPhone Mail (21E236)", "Roundcube Webmail/1.6.6",
]

MAILS = []


def add(cat, ok, uai, plat, hard, lang, notes, frm, subj, body, **opt):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard,
                      lang=lang, notes=notes, frm=frm, subj=subj, body=body,
                      opt=opt))

# ---------------------------------------------------------------- password_reset
add("password_reset", True, "0441663U", "esidoc", False, "fr",
    "Librarian back after the 1 May bridge, e-sidoc back-office password no longer accepted; UAI in the body.",
    ("Hélène Quéméneur", "helene.quemeneur@ac-nantes.fr"),
    "Mot de passe e-sidoc refusé depuis le pont",
    """Bonjour,

Je reprends aujourd'hui après le pont du 1er mai et je n'arrive plus à entrer
dans l'administration de notre portail e-sidoc : « identifiant ou mot de passe
incorrect ». Je suis pourtant sûre de l'identifiant (0441663U), c'est le mot de
passe qui a dû m'échapper pendant ces quatre jours...

Pourriez-vous m'envoyer de quoi le réinitialiser ? J'ai des nouveautés à
cataloguer avant le conseil pédagogique.

Merci d'avance,
Hélène Quéméneur
Professeure documentaliste
Collège Les Sables d'Or, Saint-Herblain
""", date="05-05 08:47", mailer="Mozilla Thunderbird")

add("password_reset", True, "0491192E", "esidoc", True, "fr",
    "The secretariat writes from the ce.<UAI>@ac-nantes.fr address (UAI only there) for the absent librarian and asks for the link on that official address.",
    ("Secrétariat Collège Jean Rostand", "ce.0491192E@ac-nantes.fr"),
    "Demande de réinitialisation - portail du CDI",
    """Bonjour,

Notre professeure documentaliste est en arrêt jusqu'à la fin du mois et sa
remplaçante arrive lundi. Personne ici ne connaît le mot de passe du compte
administrateur du portail e-sidoc du CDI.

Pouvez-vous envoyer le lien de réinitialisation sur la présente adresse
(boîte officielle de l'établissement) ? Nous le transmettrons à la
remplaçante.

Bien cordialement,

Martine Gohier
Secrétariat de direction
Collège Jean Rostand - Angers
""", date="05-14 10:05", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))", cte="qp")

add("password_reset", True, "0371875M", "esidoc", False, "fr",
    "Terse, no accents, UAI only in the subject line.",
    ("jerome bouchaud", "jerome.bouchaud@ac-orleans-tours.fr"),
    "esidoc 0371875M mdp",
    """bonjour
mot de passe esidoc perdu, impossible de me connecter a la gestion du portail
pouvez vous me renvoyer un lien svp
merci
j bouchaud, cdi lycee choiseul tours
""", date="05-06 13:21", mailer="Roundcube Webmail/1.6.6")

add("password_reset", True, "0452176W", "espace_acheteur", False, "fr",
    "Gestionnaire lost her Espace Acheteur password; UAI given as login.",
    ("Nathalie Perrichon", "nathalie.perrichon@ac-orleans-tours.fr"),
    "Espace Acheteur : mot de passe oublié",
    """Madame, Monsieur,

Gestionnaire au collège Jeanne d'Arc d'Orléans, je dois passer une commande de
fournitures avant le 15 mai mais je ne retrouve plus mon mot de passe de
l'Espace Acheteur. Mon identifiant est le code de l'établissement, 0452176W.

Pouvez-vous me transmettre une procédure de réinitialisation ?

Je vous remercie par avance.

Nathalie Perrichon
Adjointe gestionnaire
""", date="05-05 09:32", mailer="Microsoft Outlook 16.0", fmt="alt")

add("password_reset", True, "0722158E", "esidoc", False, "fr",
    "Account locked after too many attempts; wants it unlocked or a reset link.",
    ("Baptiste Huet", "baptiste.huet@ac-nantes.fr"),
    "Compte bloqué après plusieurs essais",
    """Bonjour,

Trop d'essais de mon côté ce matin (j'avais le clavier en majuscules, sans
m'en rendre compte) : le compte d'administration e-sidoc du lycée est
maintenant bloqué.

RNE : 0722158E - Lycée Montesquieu, Le Mans.

Pouvez-vous le débloquer, ou m'envoyer un lien pour refaire le mot de passe ?

Merci,
Baptiste Huet
Documentaliste
""", date="05-12 08:15")

add("password_reset", True, "0411740U", "esidoc", False, "fr",
    "The reset link arrived on 7 May, opened after the bridge on 12 May: expired; asks for a new one.",
    ("Sandrine Lelièvre", "sandrine.lelievre@ac-orleans-tours.fr"),
    "Lien de réinitialisation expiré",
    """Bonjour,

J'ai demandé un nouveau mot de passe mercredi 7 mai, juste avant de partir pour
le pont. Le mail est bien arrivé mais je ne l'ai ouvert que ce matin et le lien
indique qu'il n'est plus valide.

Pourriez-vous m'en renvoyer un ? Etablissement 0411740U (collège Augustin
Thierry, Blois).

Cordialement,
Sandrine Lelièvre
""", date="05-12 07:58", mailer="Mozilla Thunderbird", cte="qp")

add("password_reset", True, "0452013U", "esidoc", False, "en",
    "English: assistant of the international section forgot the e-sidoc admin password; UAI given.",
    ("Fiona McAllister", "fiona.mcallister@ac-orleans-tours.fr"),
    "Forgotten password - library portal",
    """Hello,

I help the librarian of Lycée Pothier (Orléans) with the international
section's part of the library portal. I have forgotten the password of the
e-sidoc admin account and the "forgot password" page asks for an identifier:
I believe it is our school code, 0452013U.

Could you please tell me how to reset it? My French is fine for reading if the
procedure is only in French.

Many thanks,
Fiona McAllister
English language assistant
""", date="05-20 16:40", mailer="iPhone Mail (21E236)", lang_hdr="en-GB")

add("password_reset", True, "0851812H", "esidoc", False, "fr",
    "Replacement librarian who never had the password ('je ne connais pas le mot de passe').",
    ("Tiphaine Rabiller", "tiphaine.rabiller@gmail.com"),
    "Remplacement au CDI - pas de mot de passe",
    """Bonjour,

Je remplace depuis lundi la professeure documentaliste du collège Pierre
Garcie-Ferrande à Saint-Gilles-Croix-de-Vie (UAI 0851812H). Je ne connais
pas le mot de passe d'administration du portail e-sidoc et ma collègue est
injoignable.

Je n'ai pas encore d'adresse académique, d'où ce mail depuis ma boîte
personnelle. Comment dois-je procéder ?

Merci beaucoup,
Tiphaine Rabiller
""", date="05-21 12:04", cte="b64")

add("password_reset", False, "0282396C", "esidoc", False, "fr",
    "Reply to the automatic answer: the link went to the ce. mailbox but the secretariat is closed over the Ascension bridge; she asks for it on her own address. The standard path is exhausted: a person decides.",
    ("Anne-Sophie Garnier", "anne-sophie.garnier@ac-orleans-tours.fr"),
    "RE: [#SUP-018842] Mot de passe e-sidoc",
    """Bonjour,

Merci pour la réponse rapide. Le problème c'est que la boîte ce.0282396C est
relevée par le secrétariat, fermé du mercredi soir au lundi à cause du pont de
l'Ascension. Je dois clôturer l'inventaire avant vendredi...

Est-il possible d'envoyer le lien directement sur mon adresse académique
(celle-ci) ? Je suis bien la documentaliste du lycée.

Anne-Sophie Garnier
Lycée Rotrou - Dreux

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 28 mai 2025 10:12
Objet : [#SUP-018842] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement (c*********@ac-orleans-tours.fr). Il est valable 12 heures.
""", date="05-28 10:31", mailer="Microsoft Outlook 16.0",
    hdrs={"In-Reply-To": "<SUP-018842.1748419920.7c1a0e@assistance.example.fr>",
          "References": "<SUP-018842.1748419920.7c1a0e@assistance.example.fr>"})

add("password_reset", False, "0531143E", "esidoc", True, "fr",
    "Two topics: e-sidoc password (first) and an invoice that Chorus rejected; one template would answer only half.",
    ("Loïc Bréhéret", "loic.breheret@ac-nantes.fr"),
    "Mot de passe + facture",
    """Bonjour,

Deux choses, pour profiter d'un seul message :

1) Je n'ai plus le mot de passe du compte administrateur e-sidoc du lycée
(0531143E, lycée Douanier Rousseau, Laval). Pouvez-vous me le réinitialiser ?

2) Notre agence comptable me signale que la facture de l'abonnement a été
rejetée dans Chorus Pro (n° d'engagement manquant). Faut-il que je vous
renvoie le bon de commande ?

Merci,
Loïc Bréhéret
""", date="05-13 14:50")

add("password_reset", False, None, "esidoc", True, "fr",
    "UAI typed 0361199J: the digits give check letter H, so not a valid UAI (probable typo); no UAI, region from ac-orleans-tours.fr. A person must confirm the establishment before any reset.",
    ("Jocelyne Aufrère", "jocelyne.aufrere@ac-orleans-tours.fr"),
    "mot de passe portail CDI",
    """Bonjour,

Je n'arrive plus à me connecter au portail e-sidoc du collège pour la
gestion. Notre identifiant est 0361199J. Je pense que le mot de passe a été
changé par la collègue qui est partie en mutation.

Merci de me dire comment faire.

J. Aufrère
CDI - Collège de Châteauroux
""", date="05-15 11:11", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))")

add("password_reset", True, None, "esidoc", False, "fr",
    "Forgotten e-sidoc password, no UAI given; region from the ac-nantes.fr sender.",
    ("Marc Lebeaupin", "marc.lebeaupin@ac-nantes.fr"),
    "oubli de mot de passe",
    """Bonjour,

J'ai oublié mon mot de passe pour accéder à l'administration d'e-sidoc.
Je ne sais même plus quel identifiant on m'avait donné à mon arrivée.
Que dois-je faire ?

Bonne journée,
Marc Lebeaupin, professeur documentaliste
""", date="05-19 09:03", mailer="iPhone Mail (21E236)")

add("password_reset", True, None, "espace_acheteur", False, "fr",
    "Espace Acheteur: the mailbox is shared by the whole intendance and nobody knows the old login (FAQ case); no UAI, non-academic sender.",
    ("Intendance Lycée Sainte-Marie", "intendance@lycee-saintemarie-cholet.fr"),
    "Identifiant Espace Acheteur inconnu",
    """Bonjour,

L'adresse intendance@ est partagée par trois personnes au service et aucune de
nous ne retrouve l'identifiant ni le mot de passe créés par l'ancienne
économe. Le site nous dit que l'adresse est déjà utilisée.

Comment récupérer l'accès ?

Cordialement,
Le service intendance
Lycée privé Sainte-Marie, Cholet
""", date="05-22 15:27", mailer="Microsoft Outlook 16.0", fmt="html")

add("password_reset", True, "0181272K", "esidoc", True, "fr",
    "The UAI appears only inside the portal URL, in lower case (0181272k.esidoc.fr).",
    ("Pascale Doucet", "pascale.doucet@ac-orleans-tours.fr"),
    "Accès gestion portail",
    """Bonjour,

Depuis ce matin le mot de passe de gestion de notre portail
https://0181272k.esidoc.fr n'est plus accepté. J'ai dû le taper de travers
trop souvent la semaine dernière.

Merci de me renvoyer un lien de réinitialisation.

Pascale Doucet
Documentaliste, collège Le Colombier, Bourges
""", date="05-07 08:02")

add("password_reset", True, "0722940E", "esidoc", False, "fr",
    "Outlook 'TR:' forward of the reset mail whose link is no longer valid; asks for a new one.",
    ("Gwenaëlle Fouquet", "gwenaelle.fouquet@ac-nantes.fr"),
    "TR: Réinitialisation de votre mot de passe",
    """Bonjour,

Je vous fais suivre le mail reçu vendredi : le lien affiche « lien expiré ».
Pouvez-vous m'en envoyer un nouveau ? Je suis au CDI toute la matinée.

Gwenaëlle Fouquet - Collège Anne Frank, La Ferté-Bernard (0722940E)

________________________________
De : ne-pas-repondre@esidoc.example.fr
Envoyé : vendredi 9 mai 2025 17:48
À : Fouquet Gwenaëlle
Objet : Réinitialisation de votre mot de passe

Pour définir un nouveau mot de passe, cliquez sur le lien ci-dessous.
Ce lien est valable 12 heures.
""", date="05-12 08:36", mailer="Microsoft Outlook 16.0", fmt="alt", cte="qp")

add("password_reset", True, None, "ticket_portal", False, "fr",
    "Forgotten password on the ticket portal, plain request.",
    ("Véronique Marsollier", "veronique.marsollier@ac-nantes.fr"),
    "Portail d'assistance - mot de passe",
    """Bonjour,

Je voulais suivre mon ticket sur le portail d'assistance mais je ne me
souviens plus du mot de passe que j'avais choisi à la création du compte.
Est-ce qu'on peut me le réinitialiser ?

Merci
Véronique Marsollier
Secrétariat, lycée Gabriel Guist'hau
""", date="05-16 11:45")

add("password_reset", False, "0492193T", "ecoledirecte", True, "fr",
    "Lost EcoleDirecte administration password, explicitly not the daily maintenance password (which would be transfer_incident); no reset template for this product.",
    ("Corinne Rabouin", "secretariat@college-stjoseph-saumur.fr"),
    "Mot de passe administrateur EcoleDirecte",
    """Bonjour,

Je ne parle pas du mot de passe de maintenance du jour (celui-là on sait
l'obtenir), mais du mot de passe administrateur d'EcoleDirecte : la personne
qui l'avait a quitté l'établissement fin avril et ne l'a transmis à
personne.

Collège privé Saint-Joseph, Saumur - UAI 0492193T.

Comment le récupérer ?

Corinne Rabouin, secrétaire de direction
""", date="05-05 14:10", mailer="Microsoft Outlook 16.0")

add("password_reset", True, "0372088U", "esidoc", False, "fr",
    "Secretary asks on behalf of the librarian who does not know the identifier nor the password.",
    ("Isabelle Chauvin", "isabelle.chauvin@ac-orleans-tours.fr"),
    "identifiant et mot de passe du portail documentaire",
    """Bonjour,

Je vous écris pour Mme Robin, notre documentaliste, qui n'a ni l'identifiant
ni le mot de passe pour administrer le portail du CDI (elle est arrivée en
janvier). Le collège est le 0372088U, collège Léonard de Vinci à Amboise.

Pouvez-vous nous indiquer comment récupérer ces accès ?

Bien à vous,
Isabelle Chauvin
Secrétariat
""", date="05-20 10:22", cte="qp")

add("password_reset", True, "0441308H", "espace_acheteur", False, "fr",
    "HTML-only Outlook mail: expired Espace Acheteur password and the old one forgotten.",
    ("Jean-Yves Poirier", "jean-yves.poirier@ac-nantes.fr"),
    "Mot de passe expiré - Espace Acheteur",
    """Bonjour,

Le site me demande de changer mon mot de passe (expiré), mais il me faut
l'ancien et je ne l'ai plus. Je suis gestionnaire du lycée Carcouët à Nantes,
UAI 0441308H.

Merci de m'indiquer comment faire.

Jean-Yves Poirier
Gestionnaire matériel
""", date="05-26 09:14", mailer="Microsoft Outlook 16.0", fmt="html", cs="windows-1252")

add("password_reset", False, "0851101K", "esidoc", False, "fr",
    "Lost password, but she explicitly asks to be phoned by a person rather than get a link: no automatic answer.",
    ("Brigitte Mornet", "brigitte.mornet@ac-nantes.fr"),
    "Besoin d'aide par téléphone svp",
    """Bonjour,

Je ne m'en sors pas avec les liens et les mails de réinitialisation, j'ai déjà
essayé deux fois et je me perds. Est-ce que quelqu'un pourrait m'appeler
pour refaire le mot de passe du portail e-sidoc avec moi ?

Collège Les Gondoliers, La Roche-sur-Yon, UAI 0851101K.
Je suis au CDI le lundi, mardi et jeudi, au 02 51 XX XX 14.

Merci de votre patience,
Brigitte Mornet
""", date="05-15 16:55")

add("password_reset", True, "0411613F", "esidoc", False, "fr",
    "Very short mobile mail (base64): e-sidoc account locked.",
    ("Karim Benali", "karim.benali@ac-orleans-tours.fr"),
    "mdp esidoc bloqué",
    """Bonjour, compte admin esidoc bloqué (0411613F). Un lien svp. Merci

Envoyé de mon smartphone
""", date="05-02 07:41", cte="b64", mailer="Outlook for Android")

add("password_reset", False, "0531888P", "esidoc", True, "fr",
    "Two UAIs: her former collège in Tours (0372591R) and the new lycée in Laval (0531888P) that the request is about; the reset must be checked by a person because the account on file may still point to the old address.",
    ("Ophélie Marchand", "ophelie.marchand@ac-nantes.fr"),
    "Nouvelle affectation - accès e-sidoc",
    """Bonjour,

J'ai été mutée au 1er mai : j'étais au collège Raoul Dufy à Tours (0372591R)
et je suis maintenant au lycée Ambroise Paré à Laval (0531888P).

Je n'ai pas le mot de passe du portail de mon nouveau lycée, et je crains que
les mails partent encore vers mon ancienne adresse de Tours, qui sera fermée.
Pouvez-vous m'aider pour le lycée de Laval ?

Ophélie Marchand
""", date="05-06 11:30")

add("password_reset", True, "0282671B", "esidoc", False, "fr",
    "Urgent before the Ascension bridge: forgotten e-sidoc password, UAI in the signature.",
    ("Delphine Hamon", "delphine.hamon@ac-orleans-tours.fr"),
    "URGENT avant le pont - mot de passe CDI",
    """Bonjour,

Petite urgence : je dois mettre en ligne la sélection du prix des lecteurs
avant le pont de l'Ascension et j'ai oublié le mot de passe de
l'administration e-sidoc. Pouvez-vous m'envoyer la marche à suivre
rapidement ?

Merci mille fois !

--
Delphine Hamon
Professeure documentaliste
Collège Hélène Boucher - Chartres
UAI 0282671B
""", date="05-27 17:12", mailer="Mozilla Thunderbird")

# ---------------------------------------------------------- missing_noreply_mail
add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "Activation link of the new Espace Acheteur account never arrived; no anti-spam product named.",
    ("Laurence Jamin", "laurence.jamin@ac-orleans-tours.fr"),
    "Pas reçu le mail d'activation",
    """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur jeudi dernier, avant de partir en
week-end prolongé, et je n'ai toujours pas le mail d'activation. J'ai
regardé dans tous les dossiers de ma messagerie.

Pouvez-vous me le renvoyer ?

Laurence Jamin
Gestionnaire, collège Jean Zay, Tours
""", date="05-12 09:48")

add("missing_noreply_mail", True, "0441098E", "esidoc", False, "fr",
    "New-password mail never arrives after two tries; junk folder checked; no product named.",
    ("Stéphanie Drouet", "stephanie.drouet@ac-nantes.fr"),
    "Mail de nouveau mot de passe jamais reçu",
    """Bonjour,

J'ai cliqué deux fois sur « mot de passe oublié » pour le portail du CDI
(0441098E) : le site me dit qu'un message a été envoyé, mais rien n'arrive,
ni dans la boîte de réception ni dans les indésirables.

Est-ce que l'envoi est bloqué chez vous ?

Merci,
Stéphanie Drouet
""", date="05-19 13:37", cte="qp")

add("missing_noreply_mail", False, None, "espace_acheteur", False, "fr",
    "Reply after the junk-folder answer: still nothing after 48 h (the bridge included) and asks for the region to step in. The template was already sent: a person follows up.",
    ("Thierry Guérin", "thierry.guerin@ac-nantes.fr"),
    "Re: [#SUP-018507] Mail de confirmation non reçu",
    """Bonjour,

J'ai suivi vos conseils (indésirables, expéditeur ajouté aux contacts de
confiance) et j'ai attendu : toujours rien depuis le 6 mai, week-end du 8
compris. Je vous serais reconnaissant de transmettre à l'équipe de la région,
je dois pouvoir commander avant la fin du mois.

Thierry Guérin

Le 06/05/2025 à 15:02, Assistance a écrit :
> Bonjour,
> Le message de confirmation peut avoir été classé en courrier indésirable.
> Vérifiez ce dossier et autorisez l'adresse d'expédition. Sans nouvelles de
> votre part, nous reviendrons vers vous sous 48 heures.
""", date="05-13 08:20", mailer="Mozilla Thunderbird",
    hdrs={"In-Reply-To": "<SUP-018507.1746536520.b3f2a1@assistance.example.fr>",
          "References": "<SUP-018507.1746536520.b3f2a1@assistance.example.fr>"})

add("missing_noreply_mail", True, "0852199D", "espace_acheteur", False, "fr",
    "The structure administrator no longer receives the 'account to validate' notifications.",
    ("Emmanuelle Brosseau", "emmanuelle.brosseau@ac-nantes.fr"),
    "Notifications de validation de comptes",
    """Bonjour,

Je suis administratrice de structure pour le lycée Atlantique de Luçon
(0852199D). Deux collègues me disent avoir demandé un compte, mais je ne
reçois plus aucune notification « compte à valider » depuis avril.

Avez-vous une idée ? Merci.

Emmanuelle Brosseau, adjointe gestionnaire
""", date="05-21 10:59")

add("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
    "Ticket-portal confirmation mail (to set the password) never came.",
    ("Yannick Lemoine", "yannick.lemoine@ac-orleans-tours.fr"),
    "Inscription portail d'assistance",
    """Bonjour,

Je me suis inscrit sur votre portail d'assistance pour suivre mes demandes,
mais le courriel qui permet de choisir le mot de passe n'est jamais arrivé.

Cordialement,
Yannick Lemoine
""", date="05-23 14:03")

add("missing_noreply_mail", True, "0442333X", "espace_acheteur", True, "fr",
    "Names MailInBlack only to say the collège does NOT have it: missing_noreply_mail, not mailinblack_spam.",
    ("Florence Ménard", "florence.menard@ac-nantes.fr"),
    "Aucun mail reçu de la plateforme",
    """Bonjour,

Je n'ai reçu ni le mail de confirmation d'inscription ni celui du mot de
passe. Notre informaticien m'assure que nous n'avons pas MailInBlack ni
aucun autre antispam au collège, seulement la messagerie académique.

Collège Julien Lambot, Trignac, UAI 0442333X.

Merci de votre aide,
Florence Ménard, secrétaire d'intendance
""", date="05-14 11:26", mailer="Microsoft Outlook 16.0", fmt="alt")

add("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
    "English: mails from the no-reply address never arrive; no anti-spam named.",
    ("Daniel Okafor", "d.okafor@ecole-internationale-nantes.fr"),
    "No email received from your platform",
    """Hi,

I registered on the buyer space on Monday for our school. The page said a
confirmation email was sent, but nothing has reached my inbox (I also checked
spam). Could you resend it or tell me which address it comes from?

Best regards,
Daniel Okafor
Bursar
""", date="05-14 17:05", lang_hdr="en-US")

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "Subscribed to offer alerts, never receives them since April.",
    ("Jacqueline Tessier", "j.tessier@mfr-sable.fr"),
    "Alertes offres non reçues",
    """Bonjour,

J'ai coché les alertes pour les nouvelles offres (papeterie, mobilier) mais
je ne reçois jamais rien, alors que des offres ont été publiées en avril.

Merci de vérifier.
Jacqueline Tessier
MFR de Sablé-sur-Sarthe
""", date="05-06 15:44")

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "One-liner from a phone: confirmation mail not received since the bridge.",
    ("Aurélie P.", "aurelie.pineau85@orange.fr"),
    "confirmation",
    """Toujours pas reçu le mail de confirmation depuis vendredi. Merci

Envoyé de mon iPhone
""", date="05-12 07:12", mailer="iPhone Mail (21E236)")

add("missing_noreply_mail", True, "0181593J", "esidoc", False, "fr",
    "Suspects the academic mail server filters the no-reply messages; no product named.",
    ("Sébastien Aubert", "sebastien.aubert@ac-orleans-tours.fr"),
    "Messages automatiques filtrés ?",
    """Bonjour,

Les mails automatiques de votre plateforme (activation du compte client,
nouveau mot de passe) n'arrivent jamais sur mon adresse académique. Une
collègue d'un autre collège du Cher a eu le même souci. Est-ce que le serveur
de l'académie les filtrerait ?

Collège Jules Verne, Vierzon - 0181593J

Sébastien Aubert
""", date="05-16 09:31")

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "Forward of a colleague's message: account validated, but the first-login link never came. Region from the ac-nantes.fr forwarder.",
    ("Sylvie Charrier", "sylvie.charrier@ac-nantes.fr"),
    "Fwd: lien de première connexion",
    """Bonjour,

Je vous transfère le message de ma collègue, je suis administratrice de la
structure et j'ai bien validé son compte le 5 mai.

---------- Forwarded message ---------
De : Nadège Loiseau <nadege.loiseau@ac-nantes.fr>
Date: lun. 12 mai 2025 à 10:15
Subject: lien de première connexion
To: Sylvie Charrier <sylvie.charrier@ac-nantes.fr>

Sylvie, je n'ai jamais reçu le lien pour ma première connexion, tu peux
voir avec eux ? Merci !
""", date="05-12 11:02", cte="qp")

add("missing_noreply_mail", True, "0852181J", "espace_acheteur", False, "fr",
    "Gestionnaire of a Vendée collège never got the sign-up confirmation.",
    ("Céline Bonnin", "celine.bonnin@ac-nantes.fr"),
    "Confirmation d'inscription",
    """Bonjour,

Nouvelle gestionnaire au collège Auguste et Jean Renoir (Les Herbiers,
0852181J), j'ai rempli le formulaire d'inscription il y a trois jours. Je
n'ai pas reçu le mail de confirmation. J'ai vérifié les spams.

Bien cordialement,
Céline Bonnin
""", date="05-22 14:17", mailer="Microsoft Outlook 16.0", fmt="html")

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook (windows-1252): a town-hall buyer suspects a strict filter, names no product.",
    ("Service Achats Mairie de Vendôme", "achats@mairie-vendome.fr"),
    "Réception des mails de l'Espace Acheteur",
    """Bonjour,

Depuis la mise à jour de notre messagerie, nous ne recevons plus aucun mail
de l'Espace Acheteur : ni mot de passe, ni notification. Notre prestataire
informatique a renforcé le filtrage, sans plus de précision.

Quelle adresse faut-il autoriser ?

Service Achats - Mairie de Vendôme
""", date="05-19 10:40", mailer="Microsoft Outlook 16.0", fmt="html", cs="windows-1252")

add("missing_noreply_mail", True, "0411508S", "esidoc", False, "fr",
    "The secretariat writes for the librarian: the customer-account activation mail never came.",
    ("Secrétariat Lycée Ronsard", "ce.0411508S@ac-orleans-tours.fr"),
    "Activation compte client - CDI",
    """Bonjour,

La documentaliste du lycée a créé le compte client pour sa première
commande en ligne, mais le mail d'activation n'est pas arrivé (ni sur son
adresse, ni ici). Pouvez-vous le renvoyer ?

Le secrétariat
Lycée Ronsard, Vendôme
""", date="05-07 10:12", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))")

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "IT department of a département council asks the exact no-reply sender to allow it; no anti-spam product named.",
    ("Guillaume Pelletier", "guillaume.pelletier@sarthe.fr"),
    "Adresse d'expédition à autoriser",
    """Bonjour,

Plusieurs collèges de la Sarthe nous signalent ne pas recevoir vos messages
automatiques (activation, mot de passe). Pour les autoriser sur notre
passerelle de messagerie, pourriez-vous nous communiquer l'adresse
d'expédition exacte et, si possible, les serveurs d'envoi ?

Cordialement,
Guillaume Pelletier
Direction des systèmes d'information - Conseil départemental de la Sarthe
""", date="05-20 09:05")

add("missing_noreply_mail", False, "0532128A", "espace_acheteur", True, "fr",
    "Two topics: password mail never received (main) and the convention missing from 'Mes Marchés' (contract_documents).",
    ("Pierre-Alain Cormier", "pierre-alain.cormier@ac-nantes.fr"),
    "Mail non reçu et convention introuvable",
    """Bonjour,

D'une part je ne reçois pas le mail de nouveau mot de passe pour l'Espace
Acheteur (j'ai fait la demande trois fois). D'autre part, une collègue qui a
pu se connecter ne trouve pas la convention d'adhésion dans « Mes Marchés ».

Lycée Réaumur, Laval - 0532128A

Merci,
P.-A. Cormier, gestionnaire
""", date="05-26 11:50")

# -------------------------------------------------------------- mailinblack_spam
add("mailinblack_spam", True, "0442681A", "espace_acheteur", False, "fr",
    "MailInBlack quarantine holds the activation links.",
    ("Agnès Le Floch", "agnes.lefloch@ac-nantes.fr"),
    "Mails bloqués par MailInBlack",
    """Bonjour,

Nos messages venant de votre plateforme sont mis en quarantaine par
MailInBlack (le lien d'activation et le mail de mot de passe). Comment
faire pour qu'ils passent ?

Agnès Le Floch
Gestionnaire, lycée Jules Rieffel, Saint-Herblain (0442681A)
""", date="05-05 10:20")

add("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
    "Product spelled 'mail in black', no accents, typos.",
    ("Roselyne Gaudin", "roselyne.gaudin@wanadoo.fr"),
    "mail in black",
    """bonjour
le mail in black de la mairie bloque vos message, jai pas eu le lien pour
mon compte acheteur. il faut faire quoi
merci
R Gaudin, secretaire de mairie (Montoire)
""", date="05-09 08:03")

add("mailinblack_spam", True, "0851095D", "espace_acheteur", False, "en",
    "English: Mailinblack challenge sent back to the platform; the sign-up mail is held.",
    ("Rachel Thompson", "rachel.thompson@ac-nantes.fr"),
    "Mailinblack blocking your emails",
    """Hello,

Our school (0851095D) uses Mailinblack and I can see your sign-up email held
in my quarantine, waiting for the sender to authenticate. Obviously a no-reply
address will never do it. What should I allow exactly?

Thanks,
Rachel Thompson
""", date="05-13 12:33", lang_hdr="en-GB")

add("mailinblack_spam", False, "0281370M", "espace_acheteur", True, "fr",
    "The sender-authentication challenge is described (prove you are not a robot) without naming MailInBlack; a person should confirm the product before sending the guide.",
    ("Valérie Roussel", "valerie.roussel@ac-orleans-tours.fr"),
    "Vos mails restent bloqués",
    """Bonjour,

Une collègue de la plateforme m'a dit qu'en m'écrivant elle a reçu un
message lui demandant de cliquer sur un lien pour prouver qu'elle n'est pas
un robot. Et moi je ne reçois rien de vos envois automatiques. Je suppose
que c'est lié ?

Valérie Roussel, collège de Nogent-le-Rotrou (0281370M)
""", date="05-15 15:15")

add("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
    "Clicked 'autoriser' in the MailInBlack notice, but the next mails are still held.",
    ("Michel Bouvet", "michel.bouvet@lycee-notredame-fontenay.fr"),
    "Toujours en quarantaine MailInBlack",
    """Bonjour,

J'ai cliqué sur « autoriser » dans l'avertissement MailInBlack, pourtant le
mail suivant (le mot de passe) est encore parti en quarantaine. Y a-t-il une
autre adresse à autoriser ?

Michel Bouvet
""", date="05-20 13:45")

add("mailinblack_spam", True, "0451614K", "espace_acheteur", False, "fr",
    "IT manager asks which senders and domains to allow-list in MailInBlack.",
    ("Olivier Gentil", "olivier.gentil@ac-orleans-tours.fr"),
    "Liste blanche MailInBlack",
    """Bonjour,

Responsable informatique de la cité scolaire (0451614K), je voudrais
ajouter vos expéditeurs dans la liste blanche de MailInBlack avant que nos
gestionnaires n'aient à nouveau le problème. Faut-il autoriser une adresse
précise ou tout le domaine ?

Merci,
O. Gentil
""", date="05-06 16:28", mailer="Mozilla Thunderbird")

add("mailinblack_spam", True, "0362121K", "espace_acheteur", False, "fr",
    "A person forwards the MailInBlack quarantine report and asks how to release the platform's mails; the outer message is a real question.",
    ("Mathilde Vallée", "mathilde.vallee@ac-orleans-tours.fr"),
    "TR: Rapport de quarantaine Mailinblack",
    """Bonjour,

Voici le rapport reçu ce matin : votre message d'activation y figure. Je ne
sais pas comment le libérer ni éviter que ça recommence.

Mathilde Vallée, lycée Pierre et Marie Curie, Châteauroux (0362121K)

-----Message d'origine-----
De : Mailinblack <noreply@mailinblack.com>
Objet : Votre rapport de quarantaine quotidien

3 messages en attente :
- ne-pas-repondre@espace-acheteur.example.fr - Activez votre compte
- promo@fournitures-discount.example.com - -50% sur vos classeurs
- info@newsletter.example.net - Webinaire gratuit
""", date="05-13 08:55", mailer="Microsoft Outlook 16.0", cte="qp")

add("mailinblack_spam", False, None, "espace_acheteur", False, "fr",
    "Reply after the MailInBlack guide: the allow-list is done, still blocked; asks for the region. The standard answer failed.",
    ("Patricia Guillet", "patricia.guillet@ac-nantes.fr"),
    "RE: [#SUP-018391] MailInBlack",
    """Bonjour,

Notre informaticien a ajouté votre adresse dans MailInBlack comme indiqué
dans le guide, mais les messages sont toujours bloqués une semaine plus tard.
Pouvez-vous faire intervenir quelqu'un de la région ?

Patricia Guillet

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 6 mai 2025 09:40
Objet : [#SUP-018391] MailInBlack
> Vous trouverez ci-joint le guide pour autoriser nos expéditeurs dans
> MailInBlack.
""", date="05-14 09:12", mailer="Microsoft Outlook 16.0",
    hdrs={"In-Reply-To": "<SUP-018391.1746517200.e1c9d4@assistance.example.fr>",
          "References": "<SUP-018391.1746517200.e1c9d4@assistance.example.fr>"})

add("mailinblack_spam", True, "0412626G", "espace_acheteur", False, "fr",
    "Reply to the junk-folder answer: the IT now says 'Mailinblack Protect' blocks; the MailInBlack guide is the right answer now.",
    ("Hervé Lucas", "herve.lucas@ac-orleans-tours.fr"),
    "Re: [#SUP-018620] Mail de confirmation",
    """Bonjour,

Rien dans les indésirables. Notre technicien vient de regarder : c'est
Mailinblack Protect, installé par la communauté de communes, qui retient
vos mails. Que faut-il lui demander de faire ?

Hervé Lucas
Collège de Romorantin (0412626G)

Le 09/05/2025 à 10:11, Assistance a écrit :
> Vérifiez votre dossier de courrier indésirable.
""", date="05-12 14:29",
    hdrs={"In-Reply-To": "<SUP-018620.1746778260.4ad0b7@assistance.example.fr>",
          "References": "<SUP-018620.1746778260.4ad0b7@assistance.example.fr>"})

add("mailinblack_spam", False, "0492039A", "espace_acheteur", True, "fr",
    "Two topics: activation mail blocked by MailInBlack (main) and an invoice question (order_billing).",
    ("Claire Jouanneau", "claire.jouanneau@ac-nantes.fr"),
    "MailInBlack et facture",
    """Bonjour,

1. Le mail d'activation de ma collègue est bloqué par MailInBlack.
2. Par ailleurs, la facture de mars porte l'ancienne adresse de facturation,
   il faudrait la refaire au nom de l'agence comptable.

Lycée Sacré-Cœur... non pardon, lycée Chevrollier, Angers, 0492039A.

Claire Jouanneau
""", date="05-19 16:03")

add("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook: the local authority installed Mailinblack during the spring holidays.",
    ("Nicole Fradin", "n.fradin@cc-portes-de-sologne.example.fr"),
    "Mailinblack depuis les vacances",
    """Bonjour,

Depuis les vacances de printemps, notre collectivité a mis en place
Mailinblack et nous ne recevons plus les mails de l'Espace Acheteur. Pouvez-
vous nous envoyer la procédure ?

Nicole Fradin
Service commande publique
""", date="05-07 11:18", mailer="Microsoft Outlook 16.0", fmt="html", cs="windows-1252")

add("mailinblack_spam", True, "0721253W", None, False, "fr",
    "MAILINBLACK in capitals, two lines, no platform named.",
    ("Gilles Voisin", "gilles.voisin@ac-nantes.fr"),
    "MAILINBLACK",
    """Vos mails sont bloqués par MAILINBLACK chez nous (0721253W). Le guide svp.
G. Voisin
""", date="05-28 08:44", mailer="iPhone Mail (21E236)")

# ---------------------------------------------- head_of_establishment_request
add("head_of_establishment_request", False, "0442941H", "esidoc", False, "fr",
    "The principal writes from the ce.<UAI> address: e-sidoc admin password reset and new contact address.",
    ("Principal Collège Rosa Parks", "ce.0442941H@ac-nantes.fr"),
    "Demande écrite - compte administrateur e-sidoc",
    """Madame, Monsieur,

En qualité de principal du collège Rosa Parks de Nantes (0442941H), je vous
demande de bien vouloir réinitialiser le mot de passe du compte
administrateur de notre portail e-sidoc et d'en remplacer l'adresse de
contact par celle de notre nouvelle professeure documentaliste,
mme.bellec@ac-nantes.fr.

Je vous remercie de votre diligence.

Frédéric Nauleau
Principal
""", date="05-05 11:34", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))")

add("head_of_establishment_request", False, "0491439Y", "espace_acheteur", False, "fr",
    "The proviseure designates a new structure administrator on the Espace Acheteur and asks to close the retiring gestionnaire's access.",
    ("Anne Thébault", "anne.thebault@ac-nantes.fr"),
    "Changement d'administrateur de structure",
    """Bonjour,

Proviseure du lycée Jean Moulin d'Angers (UAI 0491439Y), je vous informe
que M. Dominique Barré, gestionnaire, part à la retraite le 31 mai. Je
désigne Mme Laëtitia Gourdon, nouvelle adjointe gestionnaire, comme
administratrice de structure sur l'Espace Acheteur, et vous demande de
fermer l'accès de M. Barré à cette date.

Cordialement,
Anne Thébault
Proviseure
""", date="05-16 14:02", mailer="Microsoft Outlook 16.0", fmt="alt")

add("head_of_establishment_request", False, "0851452S", "esidoc", False, "fr",
    "A primary-school head (directrice d'école) asks to replace the contact address of the e-sidoc admin account with the school's address.",
    ("Directrice école Jules Ferry", "ce.0851452S@ac-nantes.fr"),
    "Adresse de contact du portail BCD",
    """Bonjour,

Je suis directrice de l'école élémentaire Jules Ferry (0851452S). Le compte
d'administration du portail de notre BCD est encore rattaché à l'adresse
personnelle d'une enseignante partie l'an dernier. Je souhaite qu'il soit
rattaché à l'adresse de l'école, celle d'où je vous écris.

Merci,
Sophie Chaigneau, directrice
""", date="05-20 12:15")

add("head_of_establishment_request", False, "0282169F", "esidoc", True, "fr",
    "The librarian sends the head's signed letter (PDF) with the head in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
    ("Émilie Ferrand", "emilie.ferrand@ac-orleans-tours.fr"),
    "Courrier du proviseur - accès e-sidoc",
    """Bonjour,

Comme demandé par votre service, vous trouverez ci-joint le courrier signé
de M. le proviseur autorisant la réinitialisation du mot de passe
d'administration e-sidoc du lycée Marceau (0282169F) et le changement
d'adresse de contact. M. le proviseur est en copie de ce message.

Cordialement,
Émilie Ferrand
Professeure documentaliste
""", date="05-13 15:48", cc="Proviseur Lycée Marceau <ce.0282169F@ac-orleans-tours.fr>",
    attach=("courrier_proviseur_esidoc.pdf", "application/pdf"))

add("head_of_establishment_request", False, "0371643K", "esidoc", False, "fr",
    "The principal confirms from his phone, quoting the librarian's request (Apple quote style), that the reset may be done.",
    ("Didier Moreau", "didier.moreau@ac-orleans-tours.fr"),
    "Re: Accord pour le mot de passe e-sidoc",
    """Bonjour,

Je confirme ma demande : vous pouvez réinitialiser l'accès pour Mme Leroy.

D. Moreau, principal du collège Michelet, Tours (0371643K)

Envoyé de mon iPhone

> Le 12 mai 2025 à 09:02, Carole Leroy <carole.leroy@ac-orleans-tours.fr> a écrit :
>
> Monsieur le Principal, l'assistance a besoin de votre accord écrit pour
> réinitialiser le mot de passe du portail du CDI. Pourriez-vous leur
> répondre ? Merci.
""", date="05-12 12:47", mailer="iPhone Mail (21E236)")

add("head_of_establishment_request", False, "0451703G", "espace_acheteur", True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address asking to move the admin account there: a probable spoof, still a head request for staff to refuse.",
    ("Proviseur Lycée Voltaire", "ce.0451703G@ac-orleans-tours.fr"),
    "Urgent : transfert du compte administrateur",
    """Bonjour,

Je suis le proviseur du lycée 0451703G. En raison de la fermeture du
secrétariat pendant le pont, merci de transférer immédiatement
l'administration de notre compte Espace Acheteur vers l'adresse
proviseur.voltaire45@gmail.com et de m'envoyer le nouveau mot de passe.

Cordialement,
Le Proviseur
""", date="05-29 22:13", auth_fail=True,
    hdrs={"Reply-To": "proviseur.voltaire45@gmail.com"})

add("head_of_establishment_request", False, "0442097R", "espace_acheteur", False, "en",
    "English: the head of an international school names a new buyer administrator.",
    ("Margaret Lowell", "head@international-school-nantes.example.org"),
    "New administrator for our buyer account",
    """Dear Sir or Madam,

As Head of School (UAI 0442097R), I confirm that Mr Lucas Tanguy, our new
finance officer, replaces Mrs Paula Grant as administrator of our buyer
space account. Please remove Mrs Grant's access, she left us on 30 April.

Kind regards,
Margaret Lowell
Head of School
""", date="05-07 09:40", lang_hdr="en-GB")

add("head_of_establishment_request", False, "0181858X", "espace_acheteur", False, "fr",
    "Written delegation: the principal declares who may validate orders.",
    ("Principale Collège Littré", "ce.0181858X@ac-orleans-tours.fr"),
    "Délégation de validation des commandes",
    """Madame, Monsieur,

Je soussignée, Nathalie Dumas, principale du collège Émile Littré de Bourges
(0181858X), donne délégation à M. Rémi Caillaud, adjoint gestionnaire, pour
valider les commandes de l'établissement sur l'Espace Acheteur, à compter du
19 mai 2025.

Nathalie Dumas
""", date="05-16 17:20", attach=("delegation_signee.pdf", "application/pdf"))

add("head_of_establishment_request", False, None, "esidoc", True, "fr",
    "A school head gives her agreement from a personal address and gives no UAI: weak evidence, staff must verify.",
    ("Christine Barbot", "christine.barbot49@laposte.net"),
    "accord de la directrice",
    """Bonjour,

Je suis la directrice de l'école maternelle du Pré Vert à Cholet et je donne
mon accord pour que le mot de passe du portail de l'école soit changé, comme
l'a demandé notre ATSEM référente la semaine dernière.

Je n'ai pas accès à la boîte de l'école depuis chez moi, d'où cette
adresse.

Christine Barbot
""", date="05-09 19:30")

add("head_of_establishment_request", False, "0531856E", "esidoc", False, "fr",
    "Reply (Zimbra 'Mail original' quote) in which the proviseur gives the written request the desk asked for.",
    ("Proviseur Lycée Victor Hugo", "ce.0531856E@ac-nantes.fr"),
    "Re: [#SUP-018733] Réinitialisation e-sidoc - demande du chef d'établissement",
    """Bonjour,

Par la présente, je demande la réinitialisation du mot de passe
d'administration du portail e-sidoc du lycée Victor Hugo de Château-Gontier
(0531856E), lien à envoyer sur l'adresse de l'établissement.

Jean-Marc Trottier, proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Jeudi 22 Mai 2025 10:05:12
Objet: [#SUP-018733] Réinitialisation e-sidoc

Bonjour, pour des raisons de sécurité, la réinitialisation nécessite une
demande écrite du chef d'établissement.
""", date="05-22 16:41", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))",
    hdrs={"In-Reply-To": "<SUP-018733.1747901112.91ce0f@assistance.example.fr>",
          "References": "<SUP-018733.1747901112.91ce0f@assistance.example.fr>"})

add("head_of_establishment_request", False, "0412431V", "espace_acheteur", False, "fr",
    "The principal asks to close a departed gestionnaire's Espace Acheteur access and to give admin rights to the secretary in the meantime.",
    ("Marc-Antoine Favreau", "marc-antoine.favreau@ac-orleans-tours.fr"),
    "Départ de notre gestionnaire",
    """Bonjour,

Notre gestionnaire a quitté le collège (0412431V, collège Joachim du Bellay,
Montrichard) le 2 mai. Je vous demande de supprimer son accès à l'Espace
Acheteur et de confier provisoirement l'administration du compte à Mme
Colas, secrétaire de direction, jusqu'à l'arrivée de son successeur.

M.-A. Favreau, principal
""", date="05-06 08:53", mailer="Microsoft Outlook 16.0", fmt="html")

add("head_of_establishment_request", False, "0722291Z", "espace_acheteur", False, "fr",
    "The proviseur authorises, in writing, an order above the establishment's usual threshold.",
    ("Proviseur Lycée Le Mans Sud", "ce.0722291Z@ac-nantes.fr"),
    "Autorisation de commande - mobilier CDI",
    """Madame, Monsieur,

J'autorise la commande de mobilier pour le CDI du lycée (0722291Z) d'un
montant de 14 860 € TTC, passée par Mme Besnard sur l'Espace Acheteur, qui
dépasse le seuil habituel de validation de notre établissement.

Veuillez agréer mes salutations distinguées.

Le proviseur,
Alain Coutant
""", date="05-23 11:02", cte="qp", cs="iso-8859-15")

# ------------------------------------------------------------- account_creation
add("account_creation", True, None, "espace_acheteur", False, "fr",
    "New gestionnaire asks how to create an Espace Acheteur account.",
    ("Laetitia Gourdon", "laetitia.gourdon@ac-nantes.fr"),
    "Création d'un compte acheteur",
    """Bonjour,

Je prends mes fonctions d'adjointe gestionnaire début juin. Comment créer
mon compte sur l'Espace Acheteur ? Dois-je attendre que quelqu'un me
l'ouvre ?

Merci,
Laëtitia Gourdon
""", date="05-21 18:06")

add("account_creation", True, "0441148J", "espace_acheteur", False, "fr",
    "Filled the sign-up form, cannot log in: the account awaits the structure administrator (FAQ case).",
    ("Romain Chevalier", "romain.chevalier@ac-nantes.fr"),
    "Compte en attente ?",
    """Bonjour,

J'ai rempli le formulaire d'inscription lundi pour le collège Stendhal de
Nantes (0441148J). Quand j'essaie de me connecter, on me dit que le compte
n'est pas encore actif. Est-ce normal ?

Romain Chevalier
""", date="05-14 10:37")

add("account_creation", False, None, "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is: needs a look-up, a person answers.",
    ("Karine Lhomme", "karine.lhomme@ac-orleans-tours.fr"),
    "Qui est l'administrateur de notre structure ?",
    """Bonjour,

Ma demande de compte attend la validation de « l'administrateur de la
structure ». Personne au collège ne sait qui c'est ! Pouvez-vous me dire à
qui m'adresser ? Collège Maurice Genevoix, Romorantin.

Karine Lhomme
""", date="05-19 14:55")

add("account_creation", False, None, "espace_acheteur", False, "fr",
    "Account waiting for validation for three weeks; the administrator is on leave until June: the region must step in.",
    ("Didier Loyer", "didier.loyer@ac-nantes.fr"),
    "Compte toujours pas validé",
    """Bonjour,

Mon compte attend la validation depuis le 22 avril. L'administratrice de
structure est en congé jusqu'en juin, et entre les ponts personne ne peut
le faire chez nous. Pouvez-vous le valider, ou voir avec la région ?

Didier Loyer, secrétaire d'intendance
""", date="05-13 09:27")

add("account_creation", True, "0362458B", "esidoc", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account. account_creation, not password_reset.",
    ("Amandine Roy", "amandine.roy@ac-orleans-tours.fr"),
    "Ouverture de compte client",
    """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je
voudrais ouvrir le compte client du CDI pour commander des ressources en
ligne. Collège Rosa Bonheur, Le Blanc (0362458B).

Comment faire ?

Amandine Roy, documentaliste
""", date="05-07 13:19")

add("account_creation", False, "0852999Y", "esidoc", False, "fr",
    "The establishment's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.",
    ("Patrice Sorin", "patrice.sorin@ac-nantes.fr"),
    "UAI introuvable à l'inscription",
    """Bonjour,

En créant le compte client, notre code 0852999Y n'apparaît pas dans la liste
des établissements (c'est un collège ouvert en septembre à Aizenay).

Merci de nous dire comment l'ajouter.

Patrice Sorin
""", date="05-26 15:03")

add("account_creation", False, "0281211P", "espace_acheteur", False, "fr",
    "Account works; asks for order-management rights to be opened.",
    ("Fabienne Leduc", "fabienne.leduc@ac-orleans-tours.fr"),
    "Droits de commande",
    """Bonjour,

Je peux me connecter à l'Espace Acheteur, mais le bouton « Commander » est
grisé. Je suis pourtant gestionnaire du lycée Philibert de l'Orme (0281211P).
Quels droits faut-il m'ouvrir, et qui peut le faire ?

Fabienne Leduc
""", date="05-20 11:41", mailer="Microsoft Outlook 16.0", fmt="alt")

add("account_creation", True, None, "esidoc", False, "fr",
    "HTML-only Outlook: a new gestionnaire wants to open the customer account before a first order.",
    ("Morgane Bazin", "morgane.bazin@ac-nantes.fr"),
    "Création compte client avant commande",
    """Bonjour,

Nous souhaitons passer notre première commande en ligne pour le CDI.
Pouvez-vous m'indiquer comment créer le compte client de
l'établissement ?

Bien cordialement,
Morgane Bazin, gestionnaire
""", date="05-15 09:50", mailer="Microsoft Outlook 16.0", fmt="html", cs="windows-1252")

add("account_creation", False, "0372393A", "esidoc", False, "fr",
    "Asks whether both librarians of the lycée can each have an administrator account: a person answers.",
    ("Lucie Bernier", "lucie.bernier@ac-orleans-tours.fr"),
    "Deux comptes administrateur ?",
    """Bonjour,

Nous sommes deux professeures documentalistes au lycée Descartes (Tours,
0372393A). Est-il possible d'avoir chacune notre propre compte
administrateur sur le portail, plutôt que de partager le même ?

Merci,
Lucie Bernier
""", date="05-22 10:08")

# ----------------------------------------------------- subscription_activation
add("subscription_activation", True, "0441808B", "esidoc", False, "fr",
    "Cafeyn ordered yesterday, not visible yet: within the 72-hour window.",
    ("Maëlle Guillou", "maelle.guillou@ac-nantes.fr"),
    "Abonnement Cafeyn pas encore visible",
    """Bonjour,

Nous avons commandé l'abonnement Cafeyn hier après-midi, mais il
n'apparaît pas encore dans nos ressources sur le portail. Faut-il faire
quelque chose de notre côté ?

Maëlle Guillou, lycée de la Herdrie (0441808B)
""", date="05-21 09:12")

add("subscription_activation", False, "0491748J", "esidoc", False, "fr",
    "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
    ("Rodolphe Baron", "rodolphe.baron@ac-nantes.fr"),
    "Abonnement commandé le 2 mai toujours inactif",
    """Bonjour,

L'abonnement Europresse commandé le vendredi 2 mai n'est toujours pas
actif aujourd'hui. Je sais qu'il y a eu deux ponts, mais cela fait presque
deux semaines.

Lycée Joachim du Bellay, Angers - 0491748J

Rodolphe Baron
""", date="05-14 15:22")

add("subscription_activation", True, "0181631A", "esidoc", True, "fr",
    "Negation: 'ce n'est pas un problème de mot de passe', login works; the new resource is not published for pupils.",
    ("Hugo Tellier", "hugo.tellier@ac-orleans-tours.fr"),
    "Ressource invisible pour les élèves",
    """Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte très bien. Mais la
ressource Universalis que nous avons activée la semaine dernière n'apparaît
pas pour les élèves sur le portail. Comment la publier ?

Collège Voltaire, Saint-Amand-Montrond (0181631A)
Hugo Tellier
""", date="05-19 11:03", cte="qp")

add("subscription_activation", True, "0182107T", "esidoc", False, "fr",
    "How to publish the Europresse resource on the portal (publication of a resource).",
    ("Ingrid Fontaine", "ingrid.fontaine@ac-orleans-tours.fr"),
    "Publication Europresse sur le portail",
    """Bonjour,

L'abonnement Europresse est actif, mais je ne vois pas comment l'afficher
sur la page d'accueil du portail du CDI. Y a-t-il une manipulation ?

Ingrid Fontaine, lycée Alain-Fournier, Bourges (0182107T)
""", date="05-06 14:36")

add("subscription_activation", True, "0452075L", "esidoc", True, "fr",
    "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
    ("Principal Collège Montesquieu", "ce.0452075L@ac-orleans-tours.fr"),
    "Disponibilité de l'abonnement",
    """Bonjour,

Principal du collège Montesquieu d'Orléans, je souhaiterais savoir quand
l'abonnement commandé avant-hier pour le CDI sera disponible : notre
documentaliste prépare une séance pour la semaine prochaine.

Cordialement,
Bertrand Lallier
""", date="05-16 10:27")

add("subscription_activation", False, "0531869U", "esidoc", True, "fr",
    "Ordered Wednesday 7 May, still not visible Tuesday 13 May: past 72 hours even counting the 8 May bridge, so a person checks the order.",
    ("Nolwenn Cadiou", "nolwenn.cadiou@ac-nantes.fr"),
    "Ressource toujours pas activée après le pont",
    """Bonjour,

Nous avons commandé l'accès à Lumni Pro le mercredi 7 mai. J'ai compté le
jeudi férié et le pont, mais nous sommes mardi et rien n'apparaît dans
« Mes abonnements ». Pouvez-vous vérifier la commande ?

Nolwenn Cadiou
Collège Jean-Louis Bernard, Bais (0531869U)
""", date="05-13 10:55")

add("subscription_activation", True, "0412597A", "esidoc", False, "fr",
    "Short: please activate, the order was validated this morning.",
    ("Thomas Renou", "thomas.renou@ac-orleans-tours.fr"),
    "activation abonnement",
    """Bonjour, commande validée ce matin pour le collège 0412597A, merci
d'activer l'abonnement. T. Renou
""", date="05-23 11:48", mailer="Roundcube Webmail/1.6.6")

add("subscription_activation", True, "0852140P", "esidoc", False, "en",
    "English: subscription ordered two days ago not visible yet.",
    ("Sarah Whitfield", "sarah.whitfield@ac-nantes.fr"),
    "Subscription not showing",
    """Hello,

We ordered the digital newspaper subscription two days ago for our school
library (0852140P) and it is not showing on our portal yet. Is there anything
I need to do?

Thank you,
Sarah Whitfield
""", date="05-27 13:10", lang_hdr="en-GB")

add("subscription_activation", True, "0531492J", "esidoc", False, "fr",
    "Renewed subscription still shown as expired in 'Mes abonnements', order from yesterday.",
    ("Gaëlle Perrin", "gaelle.perrin@ac-nantes.fr"),
    "Renouvellement affiché expiré",
    """Bonjour,

Nous avons renouvelé hier l'abonnement à la presse en ligne, mais « Mes
abonnements » l'affiche toujours comme expiré. Est-ce juste un délai ?

Gaëlle Perrin, collège Pierre Dubois, Laval (0531492J)
""", date="05-02 09:20", mailer="Mozilla Thunderbird")

# ---------------------------------------------------------------- order_billing
add("order_billing", False, "0442681A", "esidoc", False, "fr",
    "Asks for a formal quote for the renewal, needed for the bon d'engagement.",
    ("Josiane Le Gall", "josiane.legall@ac-nantes.fr"),
    "Demande de devis - renouvellement",
    """Bonjour,

Pour engager la dépense avant la clôture de nos crédits, j'ai besoin d'un
devis officiel pour le renouvellement de l'abonnement du portail documentaire
(lycée Jules Rieffel, 0442681A). Pouvez-vous me l'adresser ?

Josiane Le Gall, gestionnaire
""", date="05-06 10:44")

add("order_billing", False, "0371953X", "esidoc", False, "fr",
    "Order validated in March, invoice still not on Chorus Pro.",
    ("Stéphane Rivière", "stephane.riviere@ac-orleans-tours.fr"),
    "Facture absente de Chorus",
    """Bonjour,

Notre commande du 18 mars a été validée mais la facture n'est toujours pas
déposée sur Chorus Pro. Notre agent comptable nous relance.

Collège Jean Philippe Rameau, Tours - 0371953X

Stéphane Rivière
""", date="05-15 14:22")

add("order_billing", False, "0281211P", "esidoc", False, "fr",
    "HTML-only Outlook (windows-1252, euro sign): invoice amount differs from the quote.",
    ("Service Intendance Lycée Philibert de l'Orme", "intendance.0281211P@ac-orleans-tours.fr"),
    "Écart entre facture et devis",
    """Bonjour,

La facture reçue ce matin s'élève à 1 284,60 € alors que le devis signé
était de 1 164,00 €. Pouvez-vous nous expliquer l'écart ou nous adresser une
facture rectificative ?

Le service intendance
Lycée Philibert de l'Orme, Lucé (0281211P)
""", date="05-19 15:30", mailer="Microsoft Outlook 16.0", fmt="html", cs="windows-1252")

add("order_billing", False, "0722193T", "esidoc", False, "fr",
    "The saved basket disappeared over the bank-holiday weekends (baskets are kept 15 days).",
    ("Murielle Dupré", "murielle.dupre@ac-nantes.fr"),
    "Panier disparu",
    """Bonjour,

J'avais préparé un panier fin avril, je comptais le valider à mon retour
des ponts, et il a disparu. Peut-on le récupérer ? C'était une vingtaine de
lignes...

Murielle Dupré, collège Le Vieux Chêne, Fresnay-sur-Sarthe (0722193T)
""", date="05-19 08:58", cte="qp")

add("order_billing", False, "0852140P", "esidoc", False, "fr",
    "Forward of a payment reminder for an invoice already paid by mandat administratif.",
    ("Gérard Boisseau", "gerard.boisseau@ac-nantes.fr"),
    "TR: Relance de paiement",
    """Bonjour,

Je reçois cette relance alors que la facture a été payée par mandat le
24 avril (mandat n° 2025-00412). Merci de régulariser.

Gérard Boisseau, agent comptable - collège Les Sicardières (0852140P)

-------- Message transféré --------
Sujet : Relance de paiement
Date : Mon, 12 May 2025 06:00:03 +0200
De : comptabilite@editeur-portail.example.fr

Sauf erreur de notre part, la facture FA-2025-03118 reste impayée.
""", date="05-13 11:20", mailer="Mozilla Thunderbird")

add("order_billing", False, "0411368P", "esidoc", False, "fr",
    "The bon d'engagement upload fails at order validation ('format non accepté'); PDF attached.",
    ("Élodie Masson", "elodie.masson@ac-orleans-tours.fr"),
    "Bon d'engagement refusé à la validation",
    """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec
le message « format non accepté ». C'est pourtant un PDF, je vous le joins.

Élodie Masson, lycée Augustin Thierry (0411368P)
""", date="05-22 16:01", attach=("BE_2025_0187.pdf", "application/pdf"))

add("order_billing", False, "0492863W", "esidoc", False, "fr",
    "Asks that invoices be addressed to the agence comptable (new billing address).",
    ("Christelle Foucher", "christelle.foucher@ac-nantes.fr"),
    "Adresse de facturation",
    """Bonjour,

À partir de maintenant, merci d'adresser les factures à l'agence comptable
du lycée Sadi Carnot (Saumur), et non plus au CDI. UAI 0492863W.

Cordialement,
Christelle Foucher
""", date="05-05 15:18")

add("order_billing", False, "0181241B", "esidoc", False, "fr",
    "Invoice received twice; asks to cancel the duplicate.",
    ("Bernard Jolivet", "bernard.jolivet@ac-orleans-tours.fr"),
    "Facture en double",
    """Bonjour,

Nous avons reçu deux fois la facture FA-2025-02977 (une par courrier, une
sur Chorus, avec deux numéros différents). Merci d'annuler le doublon.

B. Jolivet, collège Jean Moulin, Saint-Amand (0181241B)
""", date="05-26 10:33")

add("order_billing", False, None, "esidoc", False, "fr",
    "Private school asks whether it may pay by bank transfer and for bank details; ISO-8859-1 8-bit body.",
    ("Comptabilité Institution Saint-Louis", "compta@institution-stlouis-angers.fr"),
    "Paiement par virement",
    """Bonjour,

Établissement privé, nous ne passons pas par Chorus. Pouvons-nous régler la
facture de l'abonnement par virement ? Dans ce cas, merci de nous envoyer
votre RIB.

Service comptabilité
""", date="05-12 14:44", cs="iso-8859-1")

add("order_billing", False, "0361128F", "esidoc", False, "fr",
    "Chorus Pro rejected the invoice (wrong SIRET); needs a corrected invoice before the end of the month.",
    ("Annie Pasquier", "annie.pasquier@ac-orleans-tours.fr"),
    "Facture rejetée par Chorus Pro",
    """Bonjour,

La facture de l'abonnement a été rejetée dans Chorus Pro : le SIRET indiqué
n'est pas celui du collège. Pouvez-vous en déposer une nouvelle avec le bon
SIRET avant le 31 mai ? Collège Les Capucins, Issoudun (0361128F).

Merci,
Annie Pasquier
""", date="05-21 09:40", mailer="Microsoft Outlook 16.0", fmt="alt")

# ------------------------------------------------------------ contract_documents
add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "Market 2022-041 no longer found in 'Mes Marchés'.",
    ("Sophie Landais", "sophie.landais@ac-nantes.fr"),
    "Marché introuvable",
    """Bonjour,

Le marché 2022-041 (fournitures de bureau) n'apparaît plus dans « Mes
Marchés » depuis cette semaine. J'ai besoin des pièces pour une commande.

Sophie Landais
""", date="05-14 13:03")

add("contract_documents", False, "0531869U", "espace_acheteur", False, "fr",
    "Amendment no. 3 of a market is missing from the contract documents.",
    ("Éric Tessier", "eric.tessier@ac-nantes.fr"),
    "Avenant n°3 manquant",
    """Bonjour,

Dans les documents du marché de reprographie, je vois les avenants 1 et 2
mais pas le n°3 annoncé en avril. Pouvez-vous le mettre en ligne ?

Éric Tessier, gestionnaire (0531869U)
""", date="05-20 10:16")

add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "CCTP not found for the cleaning-products market.",
    ("Hélène Cosnard", "h.cosnard@mfr-chemille.fr"),
    "CCTP du marché produits d'entretien",
    """Bonjour,

Je cherche le CCTP du marché des produits d'entretien 2024-118 : seul le
bordereau de prix est téléchargeable. Où le trouver ?

Hélène Cosnard
""", date="05-07 11:29")

add("contract_documents", False, "0452792R", "espace_acheteur", False, "fr",
    "Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
    ("Claude Brault", "claude.brault@ac-orleans-tours.fr"),
    "Re: [#SUP-018455] Convention d'adhésion",
    """Bonjour,

Malgré votre réponse du 5 mai, la convention n'est toujours pas visible dans
notre espace (lycée Benjamin Franklin, 0452792R). Pouvez-vous relancer ?

Claude Brault

Le lun. 5 mai 2025 à 14:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, la région a été informée et reviendra vers vous.
""", date="05-19 09:11",
    hdrs={"In-Reply-To": "<SUP-018455.1746447600.2d8f6e@assistance.example.fr>",
          "References": "<SUP-018455.1746447600.2d8f6e@assistance.example.fr>"})

add("contract_documents", False, "0722284S", "espace_acheteur", False, "fr",
    "The membership convention document opens as an empty file.",
    ("Valérie Morin", "valerie.morin@ac-nantes.fr"),
    "Convention vide",
    """Bonjour,

Quand j'ouvre la convention d'adhésion dans nos documents, le PDF est vide
(0 Ko). Pouvez-vous la redéposer ? Lycée Touchard, Le Mans (0722284S).

Valérie Morin
""", date="05-27 15:52")

add("contract_documents", False, None, "espace_acheteur", True, "fr",
    "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation).",
    ("Anne Lemercier", "anne.lemercier@ac-orleans-tours.fr"),
    "Documents contractuels non visibles",
    """Bonjour,

Sur l'ancienne plateforme je voyais toutes les conventions et les avenants.
Sur le nouvel Espace Acheteur, la rubrique est vide pour moi, alors que ma
collègue les voit. Que se passe-t-il ?

Anne Lemercier
""", date="05-16 16:18")

add("contract_documents", False, "0411167W", "espace_acheteur", False, "fr",
    "Attestation of membership missing from the market documents.",
    ("Jacques Gaultier", "jacques.gaultier@ac-orleans-tours.fr"),
    "Attestation d'adhésion",
    """Bonjour,

Notre agent comptable demande l'attestation d'adhésion au groupement pour
le marché 2023-077, que je ne trouve pas dans les documents. Pouvez-vous
nous la rendre disponible ?

J. Gaultier, collège de Mer (0411167W)
""", date="05-05 14:02", cs="iso-8859-1")

# ------------------------------------------------------------- transfer_incident
add("transfer_incident", False, "0442097R", "ecoledirecte", False, "fr",
    "Last EcoleDirecte transfer dates from before the 8 May bridge; parents no longer see the marks.",
    ("Secrétariat Externat Saint-Joseph", "secretariat@externat-stjoseph-nantes.fr"),
    "Plus de transfert vers EcoleDirecte",
    """Bonjour,

Le dernier transfert vers EcoleDirecte date du mercredi 7 mai. Depuis, les
parents ne voient plus les notes ni les absences. Pouvez-vous regarder ?
UAI 0442097R.

Le secrétariat
""", date="05-13 08:31")

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "'Licence expirée' at start-up: licence to regenerate, transfers stopped.",
    ("Jean-Luc Hervé", "jl.herve@lycee-stgabriel-stlaurent.fr"),
    "Licence expirée",
    """Bonjour,

Ce matin Charlemagne affiche « Licence expirée » au démarrage et les
transferts ne partent plus. Pouvez-vous nous régénérer la licence ?

J.-L. Hervé
""", date="05-12 07:50")

add("transfer_incident", False, None, "ecoledirecte", True, "fr",
    "Asks for today's maintenance password to reindex the base: transfer_incident per the taxonomy, not password_reset.",
    ("Odile Ripoche", "o.ripoche@college-ndp-chateaubriant.fr"),
    "mot de passe de maintenance",
    """Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je
dois relancer la réindexation de la base, les transferts sont en erreur
depuis vendredi.

Odile Ripoche
""", date="05-05 13:13")

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "The new antivirus quarantines the transfer tool, so transfers no longer run.",
    ("Frédéric Maillard", "f.maillard@stpaul-lesherbiers.fr"),
    "Antivirus et outil de transfert",
    """Bonjour,

Depuis la mise à jour de notre antivirus, le programme Charlemagne Outils est
mis en quarantaine et les transferts vers EcoleDirecte ne se font plus.
Quels fichiers faut-il exclure ?

Frédéric Maillard, informaticien
""", date="05-15 10:02")

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "HTML-only Outlook: several Outils.exe processes stuck; transfers hang.",
    ("Blandine Cordier", "b.cordier@providence-blois.fr"),
    "Transferts bloqués",
    """Bonjour,

Dans le gestionnaire des tâches je vois quatre processus Outils.exe ouverts
et le transfert reste bloqué à 0 %. Faut-il les arrêter ?

Blandine Cordier
""", date="05-22 11:26", mailer="Microsoft Outlook 16.0", fmt="html", cs="windows-1252")

add("transfer_incident", False, "0282308G", "ecoledirecte", False, "fr",
    "Replication must be re-initialised after a server restore.",
    ("Paul Hamelin", "paul.hamelin@ndchartres.example.fr"),
    "Réinitialisation de la réplication",
    """Bonjour,

Nous avons dû restaurer le serveur suite à une panne disque pendant le pont.
Depuis, la réplication vers EcoleDirecte est en erreur. Pouvez-vous la
réinitialiser ? UAI 0282308G.

Paul Hamelin
""", date="05-12 10:45")

add("transfer_incident", False, "0362155X", "ecoledirecte", False, "fr",
    "New proxy at the establishment: HTTP transfer settings; the diagnostic fails on the connection test.",
    ("Laurent Besson", "laurent.besson@stmartin-chateauroux.fr"),
    "Proxy et transferts",
    """Bonjour,

Un nouveau proxy a été installé dans l'établissement (0362155X). Depuis, le
diagnostic de transfert échoue au test de connexion. Quels paramètres
faut-il renseigner ?

Laurent Besson
""", date="05-06 09:09")

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "Apple Mail forward of a parent's complaint: absences no longer reach EcoleDirecte. Written by the head of a private school, but not a head-of-establishment request.",
    ("Yves Chesneau", "direction@ecole-stmichel-lude.fr"),
    "Fwd: absences non visibles",
    """Bonjour,

Je vous transfère le message d'un parent : les absences ne remontent plus
sur EcoleDirecte depuis une semaine. Pouvez-vous vérifier le transfert ?

Yves Chesneau, chef d'établissement

Début du message réexpédié :

De: Famille Poupard <poupard.famille@free.fr>
Objet: absences non visibles
Date: 19 mai 2025 à 20:12:45 UTC+2

Bonjour, l'absence de notre fils lundi n'apparaît pas sur EcoleDirecte.
""", date="05-20 08:17", mailer="Apple Mail (2.3774.500.171)")

add("transfer_incident", False, "0532693P", "ecoledirecte", False, "fr",
    "Power cut during the Ascension bridge: transfers fail since.",
    ("Sandrine Huchet", "s.huchet@immaculee-mayenne.fr"),
    "Transferts en échec après coupure",
    """Bonjour,

Coupure d'électricité au collège pendant le pont de l'Ascension ; depuis le
redémarrage, chaque transfert se termine en échec (code 12). Pouvez-vous
nous aider ? Collège privé de l'Immaculée, Mayenne (0532693P).

Sandrine Huchet
""", date="06-02 08:40")

# ------------------------------------------------------------------------ other
add("other", False, None, "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-nantes.fr.",
    ("Hélène Quéméneur", "helene.quemeneur@ac-nantes.fr"),
    "Re: [#SUP-018470] Mot de passe e-sidoc refusé depuis le pont",
    """Parfait, le lien a fonctionné et j'ai changé le mot de passe. Merci pour
votre rapidité, surtout un lendemain de pont !

Hélène

Le 05/05/2025 à 09:02, Assistance a écrit :
> Un lien de réinitialisation de mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement.
""", date="05-05 09:40", mailer="Mozilla Thunderbird",
    hdrs={"In-Reply-To": "<SUP-018470.1746428520.77a0c3@assistance.example.fr>",
          "References": "<SUP-018470.1746428520.77a0c3@assistance.example.fr>"})

add("other", False, None, None, False, "fr",
    "'Bien reçu, merci' from a phone: nothing to do. Region from ac-orleans-tours.fr.",
    ("Nathalie Perrichon", "nathalie.perrichon@ac-orleans-tours.fr"),
    "Re: [#SUP-018488] Espace Acheteur : mot de passe oublié",
    """Bien reçu, merci !

Envoyé depuis mon mobile
""", date="05-05 10:02", mailer="Outlook for Android",
    hdrs={"In-Reply-To": "<SUP-018488.1746432000.0b9e11@assistance.example.fr>"})

add("other", False, None, None, True, "fr",
    "Phishing: 'quota exceeded, confirm your password' from a look-alike domain (ac-nantes-messagerie.com is not an académie domain): no region, not password_reset.",
    ("Service Messagerie Académique", "support@ac-nantes-messagerie.com"),
    "Votre boîte aux lettres a atteint son quota",
    """Cher utilisateur,

Votre boîte aux lettres a dépassé la limite de stockage. Pour éviter la
suppression de vos messages pendant la fermeture du pont de l'Ascension,
confirmez votre identifiant et votre mot de passe sous 24 heures :

https://ac-nantes-messagerie.com/verification

Service Messagerie
""", date="05-28 03:12", auth_fail=True)

add("other", False, None, None, False, "en",
    "English SEO spam.",
    ("Kevin Blake", "kevin@rank-boost-agency.example.com"),
    "Your website is losing traffic",
    """Hi there,

I noticed your site is not on the first page of Google for key terms in your
niche. Our team can get you there in 30 days, guaranteed. Can I send you a
free audit?

Cheers,
Kevin
""", date="05-10 04:55")

add("other", False, None, None, False, "fr",
    "A parent asks about the school library's opening hours during the bridges: wrong address.",
    ("Isabelle Cousin", "isabelle.cousin72@gmail.com"),
    "horaires du CDI",
    """Bonjour,

Est-ce que le CDI du collège sera ouvert le vendredi 30 mai ? Ma fille doit
rendre des livres avant le week-end et elle ne sait pas si c'est un jour de
pont.

Merci
Mme Cousin
""", date="05-26 20:41", mailer="iPhone Mail (21E236)")

add("other", False, None, None, False, "fr",
    "Cold sales prospecting for library shelving, written to one person.",
    ("Antoine Mercier", "a.mercier@biblio-mobilier.example.fr"),
    "Aménagement de votre CDI pour la rentrée",
    """Bonjour,

Vous préparez la rentrée de septembre ? Nos rayonnages et bacs à albums
pour CDI sont disponibles avec une remise de 15 % pour toute commande passée
avant le 15 juin. Je peux vous envoyer notre catalogue.

Bien à vous,
Antoine Mercier
Chargé d'affaires Ouest
""", date="05-13 10:00")

add("other", False, None, None, False, "fr",
    "A person asks by hand to be removed from the newsletter: not automated.",
    ("Dominique Barré", "dominique.barre@ac-nantes.fr"),
    "désinscription",
    """Bonjour,

Je pars à la retraite fin mai, merci de me retirer de votre liste de
diffusion. Bonne continuation à toute l'équipe.

Dominique Barré
""", date="05-27 16:30")

add("other", False, None, None, False, "fr",
    "GDPR erasure request from a former librarian: other (human review), not account_creation.",
    ("Joëlle Pichon", "joelle.pichon@free.fr"),
    "Suppression de mes données personnelles",
    """Bonjour,

J'ai quitté l'Éducation nationale en avril. Conformément au RGPD, je vous
demande de supprimer toutes les données me concernant (compte, adresse,
historique de demandes) et de me le confirmer.

Joëlle Pichon
""", date="05-19 18:02")

add("other", False, None, "espace_acheteur", False, "fr",
    "Wants to register for a webinar on the Espace Acheteur, the link fails: other.",
    ("Aurore Bellanger", "aurore.bellanger@ac-orleans-tours.fr"),
    "Inscription au webinaire",
    """Bonjour,

Le lien d'inscription au webinaire de présentation de l'Espace Acheteur du
3 juin renvoie une page d'erreur. Pouvez-vous m'inscrire directement ?

Aurore Bellanger
""", date="05-22 13:05")

add("other", False, None, None, False, "fr",
    "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-nantes.fr.",
    ("Francis Goujon", "francis.goujon@ac-nantes.fr"),
    "TOUJOURS AUCUNE RÉPONSE",
    """Bonjour,

Cela fait maintenant trois semaines que j'attends une réponse. Je comprends
qu'il y ait des ponts en mai, mais là c'est inadmissible. Merci de me
rappeler.

F. Goujon
""", date="05-21 17:48")

add("other", False, None, None, True, "fr",
    "Fake 'unpaid invoice' with an attachment from an unknown sender: phishing, not order_billing.",
    ("Comptabilité Fournisseurs", "facturation@paiement-relance-fr.example.net"),
    "Facture impayée n°48213 - dernier rappel",
    """Bonjour,

Malgré nos relances, la facture n°48213 reste impayée. Veuillez ouvrir la
pièce jointe et régulariser sous 48 h pour éviter des pénalités.

Service Recouvrement
""", date="05-09 06:17", auth_fail=True, attach=("Facture_48213.pdf.html", "text/html"))

add("other", False, None, None, False, "fr",
    "Personal message sent to the desk by address autocomplete. Region from ac-orleans-tours.fr.",
    ("Muriel Gauthier", "muriel.gauthier@ac-orleans-tours.fr"),
    "covoiturage jeudi ?",
    """Coucou Sophie,

Pour l'Ascension on part toujours jeudi matin ? Je peux prendre tout le
monde à 8 h devant la médiathèque. Dis-moi !

Bises,
Muriel
""", date="05-26 12:31")

add("other", False, None, "ticket_portal", False, "fr",
    "How to let a colleague follow a ticket on the ticket portal: a how-to with no category of its own. Region from ac-nantes.fr.",
    ("Armelle Trichet", "armelle.trichet@ac-nantes.fr"),
    "Partager un ticket avec ma collègue",
    """Bonjour,

Je serai absente la semaine du pont de l'Ascension. Comment permettre à ma
collègue de suivre mon ticket sur le portail d'assistance pendant ce temps ?

Armelle Trichet
""", date="05-23 14:20")

add("other", False, None, None, False, "fr",
    "Asks whether the desk is open on the bridge Friday 9 May: a question about the desk, no category. Region from ac-nantes.fr.",
    ("Laure Bouhier", "laure.bouhier@ac-nantes.fr"),
    "Ouverture du support vendredi 9 mai ?",
    """Bonjour,

Votre service sera-t-il joignable le vendredi 9 mai ? J'ai une installation
prévue ce jour-là et je voudrais savoir si je peux compter sur vous en cas de
souci.

Merci,
Laure Bouhier
""", date="05-06 17:05")

add("other", False, None, None, False, "fr",
    "A librarian asks for a reading list for a literary prize: unrelated to the services. Region from ac-orleans-tours.fr.",
    ("Hélène Vaillant", "helene.vaillant@ac-orleans-tours.fr"),
    "Sélection de romans pour un prix lecteurs",
    """Bonjour,

Auriez-vous des suggestions de romans pour un prix des lecteurs de 4e ?
Nous cherchons six titres parus en 2024, plutôt courts.

Merci !
Hélène Vaillant, CDI
""", date="05-15 12:10")

add("other", False, None, None, False, "en",
    "English partnership pitch from an edtech start-up, follow-up quoting her own first mail.",
    ("Jessica Nguyen", "jessica@readly-edtech.example.io"),
    "Re: Partnership opportunity for school libraries",
    """Hi again,

Just bumping this up in case it got lost during your May holidays! Would you
have 15 minutes next week for a quick call?

Best,
Jessica

On Tue, May 6, 2025 at 3:12 PM Jessica Nguyen <jessica@readly-edtech.example.io> wrote:
> Hi, we build reading-analytics tools for school libraries and would love to
> explore an integration with your portal.
""", date="05-20 15:30")

add("other", False, None, None, False, "fr",
    "Spontaneous application for a summer internship, CV attached.",
    ("Léa Marchais", "lea.marchais@etu.univ-angers.example.fr"),
    "Candidature stage d'été",
    """Madame, Monsieur,

Étudiante en licence information-communication à Angers, je me permets de
vous adresser ma candidature pour un stage de juin à août. Vous trouverez
mon CV en pièce jointe.

Respectueusement,
Léa Marchais
""", date="05-12 19:22", attach=("CV_Lea_Marchais.pdf", "application/pdf"))

add("other", False, None, "esignature", True, "fr",
    "The convention to e-sign carries the wrong establishment name; only the document's sender can fix it. About a convention, but not access to contract documents, so other. Region from ac-orleans-tours.fr.",
    ("Gestionnaire Collège Condorcet", "gestion.collegecondorcet@ac-orleans-tours.fr"),
    "Convention à signer : mauvais nom d'établissement",
    """Bonjour,

J'ai reçu la convention à signer électroniquement, mais elle est au nom du
collège Condorcet de Fleury-les-Aubrais alors que nous sommes celui de
Saint-Jean-de-Braye. Je ne peux pas signer en l'état. Qui peut la corriger ?

La gestionnaire
""", date="05-16 09:55")

# -------------------------------------------------------------------- automated
add("automated", False, None, None, False, "fr",
    "Exchange Online out-of-office in French for the Ascension bridge: Auto-Submitted and X-Auto-Response-Suppress.",
    ("Catherine Aubineau", "c.aubineau@lycee-stfelix-nantes.fr"),
    "Réponse automatique : [#SUP-018902] Votre demande d'activation",
    """Bonjour,

Je suis absente du mercredi 28 mai au soir au lundi 2 juin inclus (pont de
l'Ascension). Votre message sera traité à mon retour.

Pour toute urgence concernant le CDI, merci de contacter la vie scolaire.

Catherine Aubineau
""", date="05-28 18:05", mailer="Microsoft Outlook 16.0", fmt="alt", cte="qp", cs="iso-8859-1",
    hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
          "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent",
          "In-Reply-To": "<SUP-018902.1748447100.5f3e21@assistance.example.fr>",
          "References": "<SUP-018902.1748447100.5f3e21@assistance.example.fr>"})

add("automated", False, None, None, False, "fr",
    "Academic Zimbra vacation reply for the 8 May bridge; region from the ac-orleans-tours.fr sender.",
    ("Patrick Lenoir", "patrick.lenoir@ac-orleans-tours.fr"),
    "Absent : Re: [#SUP-018561] Facture absente de Chorus",
    """Je suis absent jusqu'au lundi 12 mai. Je prendrai connaissance de votre
message à mon retour.

Patrick Lenoir, gestionnaire
""", date="05-07 17:31", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))",
    hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)",
          "In-Reply-To": "<SUP-018561.1746631800.c4a2e9@assistance.example.fr>"})

add("automated", False, "0721457T", None, False, "fr",
    "Vacation reply of a collège office (ce.<UAI>@ac-nantes.fr): closed 1-4 May; UAI from the address.",
    ("Collège Berthelot", "ce.0721457T@ac-nantes.fr"),
    "Re: [#SUP-018433] Mot de passe du portail",
    """Bonjour,

Le secrétariat du collège est fermé du jeudi 1er au dimanche 4 mai.
Réouverture le lundi 5 mai à 8 h.

Ceci est un message automatique, merci de ne pas y répondre.
""", date="05-01 11:02", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))", cte="qp",
    hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)",
          "In-Reply-To": "<SUP-018433.1746090000.8e0d3c@assistance.example.fr>",
          "References": "<SUP-018433.1746090000.8e0d3c@assistance.example.fr>"})

add("automated", False, None, None, False, "en",
    "English Gmail vacation responder (Auto-Submitted: auto-replied).",
    ("Oliver Hayes", "oliver.hayes.teach@gmail.com"),
    "Re: [#SUP-018590] Subscription not showing",
    """Thanks for your email. I'm away on a long weekend until Monday 12 May with
limited access to email. I'll get back to you as soon as I can.

Oliver
""", date="05-08 09:14",
    hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk",
          "In-Reply-To": "<SUP-018590.1746688440.aa91f0@assistance.example.fr>"})

add("automated", False, None, None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
    ("Marie-Claude Renaud", "mc.renaud@ogec-stejeanne-tours.fr"),
    "Absence",
    """Bonjour,

Je suis en congé du 29 mai au 2 juin. Je traiterai vos demandes à mon
retour le mardi 3 juin. En cas d'urgence : intendance@ogec-stejeanne-tours.fr

Marie-Claude Renaud
Comptabilité
""", date="05-29 08:00", mailer="Microsoft Outlook 16.0")

add("automated", False, None, None, False, "fr",
    "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
    ("Librairie Le Livre Vert", "contact@librairie-livrevert.example.fr"),
    "Re: Commande d'ouvrages pour le CDI",
    """Bonjour,

La librairie est fermée du 8 au 11 mai inclus. Nous répondrons à votre
message dès notre retour. Merci de votre compréhension !

L'équipe du Livre Vert
""", date="05-08 10:20",
    hdrs={"X-Autoreply": "yes", "X-Autorespond": "Re: Commande d'ouvrages pour le CDI"})

add("automated", False, None, None, False, "en",
    "Postfix bounce (multipart/report delivery-status, original headers attached), null Return-Path.",
    ("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"),
    "Undelivered Mail Returned to Sender",
    None, date="05-12 09:01", kind="dsn_postfix", rp="<>")

add("automated", False, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
    ("Microsoft Outlook", "postmaster@lycee-stjoseph-bressuire.example.fr"),
    "Non remis : [#SUP-018644] Votre demande",
    None, date="05-13 14:22", kind="dsn_exchange", rp="<>")

add("automated", False, None, None, False, "en",
    "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers.",
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    "Delivery Status Notification (Failure)",
    None, date="05-20 11:47", kind="dsn_gmail", rp="<>")

add("automated", False, None, None, False, "en",
    "Delay warning from our relay ('Delayed Mail (still being retried)'), Action: delayed: not a failure, still automatic.",
    ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"),
    "Delayed Mail (still being retried)",
    None, date="05-30 06:12", kind="dsn_delay", rp="<>")

add("automated", False, None, None, False, "fr",
    "Outlook read receipt in French ('Lu :'), disposition-notification; region from ac-nantes.fr.",
    ("Jean-Yves Poirier", "jean-yves.poirier@ac-nantes.fr"),
    "Lu : [#SUP-018950] Mot de passe expiré - Espace Acheteur",
    None, date="05-26 10:02", kind="mdn_read_fr")

add("automated", False, None, None, False, "en",
    "Thunderbird return receipt in English, disposition-notification.",
    ("Sarah Whitfield", "sarah.whitfield.home@outlook.example.com"),
    "Return Receipt (displayed) - [#SUP-018977] Subscription not showing",
    None, date="05-27 18:40", kind="mdn_tb_en")

add("automated", False, None, "espace_acheteur", False, "fr",
    "Marketing newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
    ("Centrale d'achat - Actualités", "lettre@actualites.espace-acheteur.example.fr"),
    "Juin : nouveaux marchés et webinaires de l'Espace Acheteur",
    """Lettre d'information - mai 2025

Nouveaux marchés publiés : mobilier scolaire (lot 3), papier recyclé,
produits d'entretien écolabellisés.

Webinaires : mardi 3 juin à 10 h et jeudi 12 juin à 14 h.

Vous recevez ce message car vous êtes abonné à la lettre d'information.
Se désabonner : https://actualites.espace-acheteur.example.fr/u/9921/f3c
""", date="05-27 09:00", fmt="alt", cte="qp",
    hdrs={"List-Id": "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>",
          "List-Unsubscribe": "<https://actualites.espace-acheteur.example.fr/u/9921/f3c>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          "Precedence": "bulk"})

add("automated", False, None, "esidoc", True, "fr",
    "A librarian's real e-sidoc question posted to the académie's librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from ac-nantes.fr.",
    ("Yvelise Guérineau", "yvelise.guerineau@ac-nantes.fr"),
    "[docs-ac-nantes] Mot de passe e-sidoc après mutation ?",
    """Bonjour à toutes et à tous,

Question rapide : quand on change d'établissement, qui a déjà réussi à
récupérer le mot de passe e-sidoc du nouveau CDI sans passer par le chef
d'établissement ? Le mien est en congé jusqu'au 2 juin...

Merci pour vos retours,
Yvelise, lycée de Challans

--
Liste de diffusion des professeurs documentalistes de l'académie de Nantes
Pour se désabonner : docs-ac-nantes-unsubscribe@listes.ac-nantes.fr
""", date="05-21 21:14",
    hdrs={"List-Id": "<docs-ac-nantes.listes.ac-nantes.fr>", "Precedence": "list",
          "List-Post": "<mailto:docs-ac-nantes@listes.ac-nantes.fr>",
          "Sender": "docs-ac-nantes-bounces@listes.ac-nantes.fr"},
    to="docs-ac-nantes@listes.ac-nantes.fr")

add("automated", False, None, "espace_acheteur", False, "fr",
    "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
    ("Espace Acheteur", "ne-pas-repondre@espace-acheteur.example.fr"),
    "Un compte est en attente de validation",
    """Bonjour,

Un nouvel utilisateur a demandé l'accès à la structure « Collège Gaston
Chaissac - Talmont » et attend votre validation depuis le 2 mai.

Valider ou refuser : https://espace-acheteur.example.fr/admin/comptes

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", date="05-09 06:00",
    hdrs={"Auto-Submitted": "auto-generated"})

add("automated", False, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
    ("Portail d'assistance", "notifications@portail-assistance.example.fr"),
    "[Ticket #77412] Mise à jour : activation Cafeyn lycée de la Herdrie",
    """Le ticket #77412 a été mis à jour par l'éditeur.

Statut : Résolu
Commentaire : l'abonnement est actif depuis le 22/05 à 10:14.

Consulter le ticket : https://portail-assistance.example.fr/t/77412
""", date="05-22 10:16",
    hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

add("automated", False, None, "esignature", True, "fr",
    "E-signature 'completed' notification for a convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
    ("Signature électronique", "no-reply@esignature.example.fr"),
    "Document signé : Convention d'adhésion 2025 - Lycée Touchard",
    """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 -
Lycée Touchard ». Vous pouvez le télécharger pendant 30 jours :

https://esignature.example.fr/d/8f1c2b

Cet e-mail a été envoyé automatiquement.
""", date="05-28 16:03", fmt="alt")

add("automated", False, None, None, False, "fr",
    "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-orleans-tours.fr.",
    ("Assistance DANE Orléans-Tours", "assistance-dane@ac-orleans-tours.fr"),
    "[DANE-45-22871] Accusé de réception de votre demande",
    """Bonjour,

Votre demande a bien été enregistrée sous la référence DANE-45-22871. En
raison des ponts de mai, le délai de traitement peut être allongé.

Ceci est un message automatique.
""", date="05-07 12:00",
    hdrs={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-dane@ac-orleans-tours.fr"})

add("automated", False, None, None, False, "en",
    "DMARC aggregate report (zip attachment) sent to the desk's address.",
    ("DMARC Aggregate Report", "dmarc-noreply@reports.mailprovider.example.com"),
    "Report domain: assistance.example.fr Submitter: mailprovider.example.com Report-ID: 8841270331",
    """This is an aggregate report from mailprovider.example.com.
""", date="05-03 02:00", attach=("mailprovider.example.com!assistance.example.fr!1746144000!1746230399.zip", "application/zip"))

add("automated", False, None, None, False, "en",
    "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
    ("Ethan Clarke", "e.clarke@britishschool-loire.example.org"),
    "Automatic reply: [#SUP-018615] New administrator for our buyer account",
    """I am out of the office until Tuesday 13 May (bank holiday weekend). For
urgent finance matters please contact the school office.

Ethan Clarke
""", date="05-08 14:02", mailer="Microsoft Outlook 16.0", fmt="alt", cte="qp",
    hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

add("automated", False, "0852758L", None, False, "fr",
    "Office closed over the Ascension bridge: Zimbra vacation from the ce.<UAI>@ac-nantes.fr mailbox; UAI from the address.",
    ("Lycée Pierre Mendès-France", "ce.0852758L@ac-nantes.fr"),
    "Re: [#SUP-018960] Confirmation d'inscription",
    """Bonjour,

L'établissement est fermé du jeudi 29 mai au dimanche 1er juin (pont de
l'Ascension). Votre message sera lu à la réouverture le lundi 2 juin.

Message automatique.
""", date="05-29 09:45", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF125 (Win))",
    hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)",
          "In-Reply-To": "<SUP-018960.1748504400.1d77c2@assistance.example.fr>"})

add("automated", False, "0371928V", None, True, "fr",
    "Out-of-office of a collège office (ce.<UAI>) that mentions passwords and e-sidoc; Auto-Submitted present. UAI from the address.",
    ("Collège Pierre de Ronsard", "ce.0371928V@ac-orleans-tours.fr"),
    "Réponse automatique : mot de passe e-sidoc",
    """Bonjour,

Le secrétariat est fermé le vendredi 9 mai (pont). Pour les demandes de mot
de passe (ENT, e-sidoc, Pronote), merci de renouveler votre demande à
partir du lundi 12 mai ou de vous adresser directement au professeur
documentaliste.

Le secrétariat
""", date="05-09 08:12", cte="qp",
    hdrs={"Auto-Submitted": "auto-replied",
          "In-Reply-To": "<SUP-018655.1746771000.63b0ad@assistance.example.fr>"})

add("automated", False, None, None, True, "fr",
    "A MailInBlack sender-authentication challenge sent back to the desk when it answered a school: machine-generated, not a request about MailInBlack.",
    ("Valérie Roussel via Mailinblack", "challenge@protect.mailinblack.example.com"),
    "Validez votre message à valerie.roussel@ac-orleans-tours.fr",
    """Bonjour,

Votre message à valerie.roussel@ac-orleans-tours.fr est en attente.
Pour qu'il soit délivré, merci de confirmer que vous êtes un humain en
cliquant sur le lien ci-dessous :

https://protect.mailinblack.example.com/c/91f2e0

Mailinblack - protection de messagerie
""", date="05-15 15:40", fmt="alt",
    hdrs={"Auto-Submitted": "auto-replied", "X-Mailinblack": "challenge"})

add("automated", False, None, None, False, "fr",
    "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification; region from ac-orleans-tours.fr.",
    ("Karim Benali", "karim.benali@ac-orleans-tours.fr"),
    "Non lu : [#SUP-018498] mdp esidoc bloqué",
    None, date="05-16 07:30", kind="mdn_deleted_fr")

add("automated", False, None, None, False, "fr",
    "Gestionnaire's Outlook out-of-office for the 9 May bridge day (Auto-Submitted: auto-replied); region from ac-nantes.fr.",
    ("Gérard Boisseau", "gerard.boisseau@ac-nantes.fr"),
    "Réponse automatique : [#SUP-018612] Relance de paiement",
    """Bonjour,

Je suis absent le vendredi 9 mai. Pour toute question comptable urgente,
vous pouvez joindre l'agence comptable au 02 51 XX XX 40.

Cordialement,
Gérard Boisseau
""", date="05-09 07:55", mailer="Microsoft Outlook 16.0", fmt="alt",
    hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
          "In-Reply-To": "<SUP-018612.1746769500.90ff1a@assistance.example.fr>"})

# ======================================================================= builder
ORIG_SENT = "Mon, 12 May 2025 08:58:41 +0200"


def _hex(n, upper=False):
    s = "".join(RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def _ip():
    return "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))


def _qp(text):
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _dsn(kind, date_hdr):
    """Return (Content-Type value, raw multipart body) for reports."""
    b = "=_report_" + _hex(16)
    if kind == "dsn_postfix":
        rcpt = "veronique.audouin@ac-nantes.fr"
        human = ("This is the mail system at host mx1.assistance.example.fr.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "<%s>: host smtp.ac-nantes.fr[192.0.2.41] said: 550 5.1.1\n"
                 "    <%s>: Recipient address rejected: User unknown\n" % (rcpt, rcpt))
        status = ("Reporting-MTA: dns; mx1.assistance.example.fr\n"
                  "Arrival-Date: %s\n\n"
                  "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
                  "Remote-MTA: dns; smtp.ac-nantes.fr\n"
                  "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n" % (ORIG_SENT, rcpt))
        orig = ("Content-Type: message/rfc822\n\n"
                "From: Assistance <support@assistance.example.fr>\n"
                "To: %s\nSubject: [#SUP-018517] Votre demande de lien\n"
                "Date: %s\nMessage-ID: <SUP-018517.1747033121.f00d11@assistance.example.fr>\n"
                "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                % (rcpt, ORIG_SENT) + _qp("Bonjour,\nUn lien de réinitialisation a été envoyé.\n"))
        body = ("This is a MIME-encapsulated message.\n\n--{b}\n"
                "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
                "{h}\n--{b}\nContent-Description: Delivery report\n"
                "Content-Type: message/delivery-status\n\n{s}\n--{b}\n"
                "Content-Description: Undelivered Message\n{o}\n--{b}--\n").format(
                    b=b, h=human, s=status, o=orig)
        return 'multipart/report; report-type=delivery-status; boundary="%s"' % b, body
    if kind == "dsn_exchange":
        rcpt = "gestion@lycee-stjoseph-bressuire.example.fr"
        human = ("Votre message n'a pas pu être remis à %s : la boîte aux lettres du\n"
                 "destinataire est pleine et ne peut plus accepter de messages.\n\n"
                 "Diagnostic pour les administrateurs :\n"
                 "Serveur de génération : PR1P264MB2301.FRAP264.PROD.OUTLOOK.COM\n"
                 "Remote Server returned '552 5.2.2 mailbox full'\n" % rcpt)
        status = ("Reporting-MTA: dns;PR1P264MB2301.FRAP264.PROD.OUTLOOK.COM\n"
                  "Received-From-MTA: dns;mx1.assistance.example.fr\n\n"
                  "Final-recipient: RFC822; %s\nAction: failed\nStatus: 5.2.2\n"
                  "Diagnostic-Code: smtp;552 5.2.2 mailbox full\n" % rcpt)
        orig = ("Content-Type: text/rfc822-headers\n\n"
                "From: Assistance <support@assistance.example.fr>\nTo: %s\n"
                "Subject: [#SUP-018644] Votre demande\nDate: Tue, 13 May 2025 14:20:02 +0200\n" % rcpt)
        body = ("--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                "{h}\n--{b}\nContent-Type: message/delivery-status\n\n{s}\n--{b}\n{o}\n--{b}--\n").format(
                    b=b, h=_qp(human), s=status, o=orig)
        return 'multipart/report; report-type=delivery-status; boundary="%s"' % b, body
    if kind == "dsn_gmail":
        rcpt = "cdi.lycee.bazin@gmail.com"
        human = ("** Address not found **\n\nYour message wasn't delivered to %s because\n"
                 "the address couldn't be found, or is unable to receive mail.\n\n"
                 "The response was:\n550 5.1.1 The email account that you tried to reach does not exist.\n" % rcpt)
        status = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 20 May 2025 02:47:10 -0700 (PDT)\n\n"
                  "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
                  "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n" % rcpt)
        orig = ("Content-Type: text/rfc822-headers\n\n"
                "From: Assistance <support@assistance.example.fr>\nTo: %s\n"
                "Subject: [#SUP-018801] Activation de votre abonnement\n" % rcpt)
        body = ("--{b}\nContent-Type: text/plain; charset=UTF-8\n\n{h}\n--{b}\n"
                "Content-Type: message/delivery-status\n\n{s}\n--{b}\n{o}\n--{b}--\n").format(
                    b=b, h=human, s=status, o=orig)
        return 'multipart/report; report-type=delivery-status; boundary="%s"' % b, body
    if kind == "dsn_delay":
        rcpt = "ce.0851812H@ac-nantes.fr"
        human = ("This is the mail system at host relay.assistance.example.fr.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n\n"
                 "<%s>: connect to smtp.ac-nantes.fr[192.0.2.41]:25: Connection timed out\n" % rcpt)
        status = ("Reporting-MTA: dns; relay.assistance.example.fr\n\n"
                  "Final-Recipient: rfc822; %s\nAction: delayed\nStatus: 4.4.1\n"
                  "Will-Retry-Until: Wed, 4 Jun 2025 02:10:00 +0200 (CEST)\n" % rcpt)
        orig = ("Content-Type: text/rfc822-headers\n\n"
                "From: Assistance <support@assistance.example.fr>\nTo: %s\n"
                "Subject: [#SUP-018990] Remplacement au CDI\n" % rcpt)
        body = ("--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{h}\n--{b}\n"
                "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n{s}\n--{b}\n{o}\n--{b}--\n").format(
                    b=b, h=human, s=status, o=orig)
        return 'multipart/report; report-type=delivery-status; boundary="%s"' % b, body
    if kind in ("mdn_read_fr", "mdn_deleted_fr", "mdn_tb_en"):
        if kind == "mdn_read_fr":
            human = ("Votre message\n\n  À : jean-yves.poirier@ac-nantes.fr\n"
                     "  Objet : [#SUP-018950] Mot de passe expiré - Espace Acheteur\n"
                     "  Envoyé : lundi 26 mai 2025 09:40:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
                     "a été lu le lundi 26 mai 2025 10:02:37 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
            disp = "manual-action/MDN-sent-manually; displayed"
            rcpt = "jean-yves.poirier@ac-nantes.fr"
        elif kind == "mdn_deleted_fr":
            human = ("Votre message\n\n  À : karim.benali@ac-orleans-tours.fr\n"
                     "  Objet : [#SUP-018498] mdp esidoc bloqué\n\n"
                     "a été supprimé sans avoir été lu le vendredi 16 mai 2025 07:30:02.\n")
            disp = "automatic-action/MDN-sent-automatically; deleted"
            rcpt = "karim.benali@ac-orleans-tours.fr"
        else:
            human = ("This is a Return Receipt for the mail that you sent to\n"
                     "sarah.whitfield.home@outlook.example.com.\n\n"
                     "Note: This Return Receipt only acknowledges that the message was displayed\n"
                     "on the recipient's computer. There is no guarantee that the recipient has\n"
                     "read or understood the message contents.\n")
            disp = "manual-action/MDN-sent-manually; displayed"
            rcpt = "sarah.whitfield.home@outlook.example.com"
        status = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\n"
                  "Original-Message-ID: <SUP-0189%02d.1748241611.aa00%s@assistance.example.fr>\n"
                  "Disposition: %s\n" % (rcpt.split("@")[1], rcpt, RNG.randint(10, 99), _hex(2), disp))
        body = ("--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{h}\n--{b}\n"
                "Content-Type: message/disposition-notification\n\n{s}\n--{b}--\n").format(b=b, h=_qp(human), s=status)
        return 'multipart/report; report-type=disposition-notification; boundary="%s"' % b, body
    raise ValueError(kind)


def _html(text, outlook, cs="utf-8"):
    import html as _h
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        inner = "<br>\n".join(_h.escape(l) for l in p.split("\n"))
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
        else:
            out.append("<div>%s</div><div><br></div>" % inner)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % cs +
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return ('<!DOCTYPE html><html><head><meta charset="%s"></head><body>\n' % cs
            + "\n".join(out) + "\n</body></html>\n")


def _msgid(mailer, domain):
    if mailer and "Outlook 16" in mailer:
        box = "PR%dP264MB%04d" % (RNG.randint(0, 3), RNG.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, _hex(28, True), box)
    if mailer and "Zimbra" in mailer:
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6),
                                                 1746000000000 + RNG.randint(0, 10**9), domain)
    if mailer and "iPhone" in mailer:
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(8, True), _hex(4, True), _hex(4, True), _hex(4, True), _hex(12, True), domain)
    return "<%s.%s@%s>" % (_hex(12), _hex(8), domain)


def build(m):
    from email.headerregistry import Address
    opt = m["opt"]
    name, addr = m["frm"]
    domain = addr.rsplit("@", 1)[1]
    month, rest = opt["date"].split("-")
    day, hm = rest.split(" ")
    hh, mm = hm.split(":")
    dt = datetime(2025, int(month), int(day), int(hh), int(mm), RNG.randint(0, 59), tzinfo=TZ)
    kind = opt.get("kind")
    if "mailer" in opt:
        mailer = opt["mailer"]
    elif kind or m["cat"] == "automated":
        mailer = None
    else:
        mailer = RNG.choice(MAILERS)
    msg = EmailMessage(policy=email.policy.default)
    rp = opt.get("rp", "<%s>" % addr)
    msg["Return-Path"] = rp
    msg["Delivered-To"] = SUPPORT
    relay = "smtp%d.%s" % (RNG.randint(1, 6), domain)
    if domain.endswith("assistance.example.fr"):
        relay = "localhost"
    if mailer and "Outlook 16" in mailer and not domain.startswith("ac-"):
        relay = "PAUP264CU%03d.outbound.protection.outlook.com" % RNG.randint(1, 12)
    rdt = dt + timedelta(seconds=RNG.randint(2, 40))
    msg["Received"] = ("from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
                       "\tfor <%s>; %s" % (relay, relay, _ip(), _hex(14, True), SUPPORT,
                                           format_datetime(rdt))).replace("\n\t", " ")
    if opt.get("auth_fail"):
        ar = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
              "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    elif rp == "<>":
        ar = "mx1.assistance.example.fr;\n\tspf=none smtp.helo=%s" % relay
    else:
        ar = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
              "\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    msg["Authentication-Results"] = ar.replace("\n\t", " ")
    msg["From"] = Address(display_name=name, addr_spec=addr)
    to = opt.get("to")
    if to:
        msg["To"] = to
    else:
        msg["To"] = RNG.choice(["support@assistance.example.fr",
                                "Assistance <support@assistance.example.fr>"])
    if opt.get("cc"):
        msg["Cc"] = opt["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _msgid(mailer, domain)
    for k, v in opt.get("hdrs", {}).items():
        msg[k] = v
    if mailer:
        if "Thunderbird" in mailer or "Roundcube" in mailer:
            msg["User-Agent"] = mailer
        else:
            msg["X-Mailer"] = mailer
        if "Outlook 16" in mailer:
            msg["Thread-Index"] = "A" + _hex(30)
            msg["Content-Language"] = "fr-FR"
    if opt.get("lang_hdr"):
        msg["Content-Language"] = opt["lang_hdr"]
    if kind:
        ctype, raw = _dsn(kind, msg["Date"])
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = ctype
        msg.set_payload(raw)
        return msg.as_bytes()
    body = m["body"]
    cs = opt.get("cs", "utf-8")
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[
        opt.get("cte", "8bit" if cs == "utf-8" else "qp")]
    fmt = opt.get("fmt", "plain")
    outlook = bool(mailer and "Outlook 16" in mailer)
    if fmt == "plain":
        msg.set_content(body, charset=cs, cte=cte)
    elif fmt == "html":
        msg.set_content(_html(body, outlook, cs), subtype="html", charset=cs, cte=cte if cte != "8bit" else "quoted-printable")
    else:
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(_html(body, outlook, cs), subtype="html", charset=cs,
                            cte=cte if cte != "8bit" else "quoted-printable")
    if opt.get("attach"):
        fname, ctype = opt["attach"]
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            msg.add_attachment("<html><body><form action='https://paiement-relance-fr.example.net/p'>"
                               "<input name='iban'></form></body></html>", subtype=subtype,
                               filename=fname)
        else:
            data = (b"%PDF-1.4\n% holdout134 placeholder\n" if subtype == "pdf"
                    else b"PK\x03\x04holdout134-placeholder") + bytes(RNG.randrange(256) for _ in range(64))
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes()


def label_of(i, m):
    return {"file": "h%03d.eml" % i, "category": m["cat"], "auto_reply_ok": m["ok"],
            "uai": m["uai"], "region": region_of(m["uai"], m["frm"][1]),
            "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
            "notes": m["notes"]}


def texts_of(msg):
    out = [str(v) for v in msg.values()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
        except Exception:
            c = part.get_payload()
        if isinstance(c, bytes):
            continue
        out.append(str(c))
    return "\n".join(out)


def check():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert len(files) == 150 and len(labels) == 150, (len(files), len(labels))
    assert [l["file"] for l in labels] == files
    keys = {"file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"}
    for lab in labels:
        assert set(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert not [d for d in msg.defects], (lab["file"], msg.defects)
        text = texts_of(msg)
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["hard"], bool) and isinstance(lab["auto_reply_ok"], bool)
        assert lab["notes"].strip()
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        sender = msg["From"].addresses[0].addr_spec
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in text.lower(), ("uai not in mail", lab["file"])
            assert lab["region"] == DEPT_REGION[lab["uai"][:3]], lab
        else:
            assert lab["region"] == DOMAIN_REGION.get(sender.rsplit("@", 1)[1].lower()), lab
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    random.Random(5134).shuffle(MAILS)  # file order does not follow the category
    random.seed(134)  # the email generator draws MIME boundaries from the global RNG
    labels = []
    for i, m in enumerate(MAILS, 1):
        data = build(m)
        with open(os.path.join(HERE, "h%03d.eml" % i), "wb") as fh:
            fh.write(data)
        labels.append(label_of(i, m))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    labels = check()
    from collections import Counter
    print("ok: %d mails" % len(labels))
    for k, v in sorted(Counter(l["category"] for l in labels).items()):
        print("  %-30s %d" % (k, v))
    print("  auto_reply_ok: %d, hard: %d, en: %d" % (
        sum(l["auto_reply_ok"] for l in labels), sum(l["hard"] for l in labels),
        sum(l["lang"] == "en" for l in labels)))


if __name__ == "__main__":
    main()
