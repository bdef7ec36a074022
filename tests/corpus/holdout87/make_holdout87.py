#!/usr/bin/env python3
"""holdout87: 150 hand-written blind test mails (académie-level staff, Occitanie / PACA).

Every mail text below is written by hand; this script only wraps each text in
headers and a transfer encoding, writes h001.eml … h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.
Standard library only, deterministic (random.Random(87)).
"""
import json
import os
import re
import random
import html as htmlmod
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(87)
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
              "subscription_activation", "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
REGION_DEPTS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56", "centre-val-de-loire": "18 28 36 37 41 45",
    "corse": "620 720", "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80", "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
    "guadeloupe": "971", "martinique": "972", "guyane": "973", "la-reunion": "974", "mayotte": "976",
}
DEPT_REGION = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _r
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes", "ac-lyon.fr": "auvergne-rhone-alpes",
    "ac-besancon.fr": "bourgogne-franche-comte", "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse", "ac-nancy-metz.fr": "grand-est",
    "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est", "ac-amiens.fr": "hauts-de-france",
    "ac-lille.fr": "hauts-de-france", "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france",
    "ac-versailles.fr": "ile-de-france", "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie",
    "ac-rouen.fr": "normandie", "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie", "ac-toulouse.fr": "occitanie",
    "ac-nantes.fr": "pays-de-la-loire", "ac-aix-marseille.fr": "provence-alpes-cote-d-azur",
    "ac-nice.fr": "provence-alpes-cote-d-azur", "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
    "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}
REG = {"occ": "occitanie", "paca": "provence-alpes-cote-d-azur", None: None}

CLIENT_HEADERS = {
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "tb2": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2")],
    "ol": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None)],
    "gm": [],
    "am": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "iph": [("X-Mailer", "iPhone Mail (21F90)")],
    "zb": [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)")],
    "rc": [("User-Agent", "Roundcube Webmail/1.6.7")],
    "bot": [],
}

MAILS = []


def M(frm, subject, body, cat, auto, uai, reg, plat, hard, lang, notes, **kw):
    """One hand-written mail and its label."""
    MAILS.append(dict(frm=frm, subject=subject, body=body, cat=cat, auto=auto, uai=uai,
                      region=REG.get(reg, reg), plat=plat, hard=hard, lang=lang, notes=notes, kw=kw))

# ---------------------------------------------------------------- password_reset
M(("Nathalie Roux", "nathalie.roux@ac-montpellier.fr"), "Mot de passe e-sidoc - collège Las Cazes",
"""Bonjour,

Je suis IAN documentation pour l'Hérault. La collègue documentaliste du collège
Las Cazes (0342717U) ne retrouve plus le mot de passe du back-office e-sidoc
depuis son retour de congé maternité. Elle a tenté "mot de passe oublié" sans
savoir quelle adresse est enregistrée.

Pouvez-vous lui indiquer la procédure ? Je la mets en copie.

Bien cordialement,

Nathalie Roux
Interlocutrice académique pour le numérique - Documentation
DANE de l'académie de Montpellier
""", "password_reset", True, "0342717U", "occ", "esidoc", False, "fr",
"IAN writes on behalf of one collège (UAI in the body) whose librarian lost the e-sidoc back-office password; the standard reset path applies.",
cc=[("Sophie Marty", "sophie.marty@ac-montpellier.fr")])

M(("Julien Ferrand", "julien.ferrand@ac-toulouse.fr"), "mdp oublié",
"""bonjour
je narrive plus a me connecter a e-sidoc , mdp refusé. identifiant 0312983Z
lycee Bellevue toulouse
merci
julien ferrand prof doc
""", "password_reset", True, "0312983Z", "occ", "esidoc", False, "fr",
"Short mail without accents: lost e-sidoc password, UAI given as the login.", client="iph")

M(("Secrétariat collège Frédéric Mistral", "ce.0137419U@ac-aix-marseille.fr"), "Réinitialisation mot de passe portail documentaire",
"""Bonjour,

Notre professeure documentaliste a quitté l'établissement en juin et personne
ne connaît le mot de passe administrateur du portail e-sidoc. Pourriez-vous
envoyer le lien de réinitialisation sur la présente adresse de l'établissement ?

Merci d'avance.

Le secrétariat
""", "password_reset", True, "0137419U", "paca", "esidoc", True, "fr",
"UAI only in the ce.<UAI>@ac-aix-marseille.fr sender address; the secretariat asks for the reset link on the official address, which the reset rule allows.",
client="zb", html="alt", enc="qp")

M(("Karim Benali", "karim.benali@ac-nice.fr"), "Forgotten password - Espace Acheteur",
"""Hello,

I am the IT technician (DSI, Nice rectorate) supporting the lycée international
de Valbonne. The purchasing officer there forgot her password for the Espace
Acheteur and the account is now locked after five attempts.
Establishment code: 0066862B.

Could you send a reset link to the address on file?

Thanks,
Karim Benali
DSI - Pôle assistance établissements
Rectorat de l'académie de Nice
""", "password_reset", True, "0066862B", "paca", "espace_acheteur", False, "en",
"English; locked buyer account after failed attempts, UAI given; reset link to the address on file is the standard answer.",
client="ol", html="alt", enc="qp")

M(("Hélène Castan", "helene.castan@ac-toulouse.fr"), "RE: identifiants e-sidoc des collèges du Tarn",
"""Bonjour,

Suite à notre réunion de bassin, je vous transmets la liste des collèges du Tarn
qui n'ont plus accès à leur back-office e-sidoc (mots de passe perdus au fil des
changements de personnels) :

- collège Jean Jaurès, Carmaux : 0810055V
- collège Augustin Malroux, Blaye-les-Mines : 0819764Y
- collège Louis Pasteur, Graulhet : 0815536C
- cité scolaire de Lavaur : 0811081K

Pouvez-vous procéder aux réinitialisations en une fois et m'envoyer les liens ?
Je les redistribuerai moi-même.

Hélène Castan
IAN documentation - académie de Toulouse

-----Message d'origine-----
De : Hélène Castan
Envoyé : lundi 16 septembre 2024 09:12
À : Documentalistes du Tarn
Objet : identifiants e-sidoc des collèges du Tarn

Merci de me faire remonter avant vendredi les établissements qui n'ont plus
leurs identifiants e-sidoc.
""", "password_reset", False, None, "occ", "esidoc", True, "fr",
"Bulk request for four establishments (0810055V, 0819764Y, 0815536C, 0811081K), with the links to be sent to the IAN's own address, not the addresses on file: no single UAI and a person must handle it; region from ac-toulouse.fr.",
client="ol", enc="qp", html="alt")

M(("Marc Olivieri", "marc.olivieri@ac-nice.fr"), "Mot de passe portail CDI lycée Masséna",
"""Bonjour,

Ce n'est pas le mot de passe de la messagerie académique qui pose problème (je
m'y connecte très bien), c'est celui du back-office e-sidoc du lycée : il est
refusé depuis la mise à jour de la semaine dernière.
Identifiant : 0060148D

Cordialement
Marc Olivieri
Professeur documentaliste - Lycée Masséna, Nice
""", "password_reset", True, "0060148D", "paca", "esidoc", True, "fr",
"Negation: not the académie mailbox password but the e-sidoc back-office one, which is refused; a plain password reset.",
client="tb2")

M(("Service informatique - DSN Montpellier", "dsn-assistance@ac-montpellier.fr"), "Compte bloqué EcoleDirecte - école Jules Ferry Sète",
"""Bonjour,

La directrice de l'école Jules Ferry de Sète (0343431V) nous signale que son
compte d'administration EcoleDirecte est bloqué après plusieurs essais.
Elle n'a plus le mot de passe et la procédure en ligne lui renvoie une erreur.
Nous ne gérons pas cette application côté rectorat.

Pouvez-vous voir avec elle ?

--
Plateforme d'assistance DSN
Rectorat de Montpellier - 04 67 91 00 00
""", "password_reset", False, "0343431V", "occ", "ecoledirecte", False, "fr",
"Locked EcoleDirecte administration account relayed by the DSN; no reset template for this product, so a person answers.",
client="zb", html="alt", enc="qp")

M(("Pascale Giraud", "pascale.giraud@ac-aix-marseille.fr"), "mot de passe expiré",
"""Bonjour

Le portail me dit que mon mot de passe a expiré et me demande d'en choisir un
nouveau mais le lien "changer" ne fait rien. Espace acheteur, lycée Vauvenargues
à Aix, code 0130765L.

Merci
Pascale Giraud, gestionnaire
""", "password_reset", True, "0130765L", "paca", "espace_acheteur", False, "fr",
"Expired password on the Espace Acheteur, UAI given: the reset link path answers it.", client="am", enc="qp")

M(("Thierry Alibert", "thierry.alibert@ac-toulouse.fr"), "Identifiant perdu",
"""Bonjour,

Je reprends l'intérim au collège de Lectoure et je ne trouve nulle part
l'identifiant ni le mot de passe du portail documentaire. Le code de
l'établissement est le 032 2273 X si ça peut aider.

Merci de votre aide
T. Alibert
""", "password_reset", True, "0322273X", "occ", "esidoc", True, "fr",
"UAI written with spaces (032 2273 X); lost identifier and password of the library portal.",
client="gm", enc="qp", html="alt")

M(("Audrey Pons", "audrey.pons@ac-montpellier.fr"), "Réinitialisation MDP",
"""Bonjour,

Pouvez-vous réinitialiser le mot de passe e-sidoc du collège Marcel Pagnol de
Perpignan ? UAI 0665437C.
Merci de m'envoyer directement le nouveau mot de passe sur cette adresse,
je suis la référente numérique du bassin.

Audrey Pons
ERUN / référente numérique - bassin de Perpignan
""", "password_reset", False, None, "occ", "esidoc", True, "fr",
"UAI typed as 0665437C: wrong check letter (the digits give 0665437B), so no UAI; asks for the password to go to her own address, which the rule forbids; region from ac-montpellier.fr.")

M(("Isabelle Fabre", "isabelle.fabre@ac-toulouse.fr"), "Re: [#SUP-008812] Mot de passe e-sidoc",
"""Bonjour,

J'ai bien reçu le lien, merci, mais il a expiré avant que je puisse l'ouvrir
(j'étais en stage deux jours). Pouvez-vous en renvoyer un ?

Isabelle Fabre
CDI collège Pierre Bayle, Pamiers - 0094185A

Le mar. 8 oct. 2024 à 16:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation vient d'être envoyé à l'adresse enregistrée
> pour l'établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", "password_reset", True, "0094185A", "occ", "esidoc", False, "fr",
"Reply on a reset ticket: the link expired, a new link is the standard answer.",
client="gm", reply=True, html="alt", enc="qp")

M(("Luc Garnier", "luc.garnier@ac-aix-marseille.fr"), "Can't log in to the ticket portal",
"""Hi,

I'm the DANE adviser for the Vaucluse. I can't remember the password I created
for your ticket portal last year, and the "forgot password" page says my e-mail
is unknown. I use luc.garnier@ac-aix-marseille.fr.

Best regards,
Luc Garnier
DANE Aix-Marseille
""", "password_reset", False, None, "paca", "ticket_portal", False, "en",
"English; lost password on the ticket portal but the address is unknown there, so a person must find the account; no UAI, region from ac-aix-marseille.fr.",
client="am")

M(("Corinne Vidal", "corinne.vidal@ac-montpellier.fr"), "mdp + facture",
"""Bonjour,

Deux choses :
1) j'ai perdu le mot de passe de l'espace acheteur du lycée Jean Mermoz
   (0342727E), le lien "oublié" ne me reconnait pas ;
2) nous n'avons toujours pas la facture de la commande de mars pour la
   déposer sur Chorus.

Merci
Corinne Vidal - gestionnaire matérielle
""", "password_reset", False, "0342727E", "occ", "espace_acheteur", True, "fr",
"Two topics: lost Espace Acheteur password (first) and a missing invoice for Chorus (order_billing); one template would answer only half.",
client="ol", html="alt", enc="qp")

M(("Bruno Lopez", "bruno.lopez@ac-nice.fr"), "Accès e-sidoc verrouillé",
"""Bonjour,

Après trois essais le compte admin du portail du collège Vernier (Nice) est
verrouillé. Pourriez-vous envoyer un lien de réinitialisation ?

Bruno Lopez
Technicien de proximité - DSI académie de Nice
Tél. 04 93 53 00 00
Collège Vernier - 0065999N
""", "password_reset", True, "0065999N", "paca", "esidoc", False, "fr",
"UAI only in the signature; a locked e-sidoc admin account, reset link to the address on file.",
client="tb")

M(("Emilie Sanchez", "emilie.sanchez@ac-toulouse.fr"), "mot de passe",
"""Bonsoir,
Je ne connais pas mon mot de passe pour le portail documentaire, on ne me l'a
jamais transmis. Je suis contractuelle au collège de Foix depuis lundi.
Etablissement 0090475T.
Cordialement
""", "password_reset", True, "0090475T", "occ", "esidoc", False, "fr",
"'Je ne connais pas mon mot de passe' is listed under password_reset; the establishment already has an account.",
client="gm", html="alt", enc="b64")

M(("Stéphane Mercier", "stephane.mercier@ac-aix-marseille.fr"), "Mot de passe oublié pour plusieurs profs",
"""Bonjour,

Je suis IAN lettres. Plusieurs enseignants du lycée Victor Hugo de Marseille
(0131950Z) me disent qu'ils ont oublié leur mot de passe pour consulter le
portail documentaire depuis la maison. Est-ce que c'est vous qui gérez les
comptes lecteurs ou le CDI de l'établissement ?

Stéphane Mercier
""", "password_reset", False, "0131950Z", "paca", "esidoc", True, "fr",
"Forgotten passwords of teachers' reader accounts, not the admin account: the establishment-address reset does not fit, a person explains who manages reader accounts.", client="tb")
M(("Gestion lycée Arago", "ce.0661067B@ac-montpellier.fr"), "Espace Acheteur : mot de passe",
"""Bonjour,

L'adjoint gestionnaire a changé au 1er septembre. Nous ne disposons pas du mot de
passe de l'Espace Acheteur. Merci d'adresser le lien de réinitialisation à cette
boîte fonctionnelle.

Service intendance
Lycée François Arago - Perpignan
""", "password_reset", True, "0661067B", "occ", "espace_acheteur", False, "fr",
"New bursar; the official ce.<UAI> mailbox asks for the reset link to itself.", client="zb", html="alt", enc="qp")

M(("Olivier Bret", "olivier.bret@ac-nice.fr"), "mot de passe e-sidoc refusé",
"""Bonjour,
Le mot de passe du portail du collège Jean Giono (Le Beausset) est refusé
depuis ce matin alors que je ne l'ai pas changé. Quelqu'un a pu le modifier ?
Le login c'est 0834031f.
O. Bret, prof doc
""", "password_reset", True, "0834031F", "paca", "esidoc", True, "fr",
"UAI written in lower case (0834031f) as the login; password refused, reset path applies.", client="rc")

M(("Sandrine Aubert", "sandrine.aubert@ac-toulouse.fr"), "Password reset for e-sidoc",
"""Good morning,

I am writing on behalf of the English section of lycée Pierre de Fermat. Our
librarian is on sick leave and nobody has the password of the e-sidoc back
office. School code: 0316380S.

Please send the reset link to the school's official address.

Kind regards,
Sandrine Aubert
""", "password_reset", True, "0316380S", "occ", "esidoc", False, "en",
"English; lost e-sidoc back-office password, asks for the link on the official address as the rule says.", client="gm", html="alt", enc="qp")

M(("Jean-Pierre Cazals", "jp.cazals@orange.fr"), "mot de passe",
"""Bonjour, je suis le nouveau documentaliste du collège de Saint-Affrique,
je n'ai pas encore mon adresse académique. Pouvez vous m'envoyer le mot de passe
du portail sur cette adresse orange svp ? Le code c'est 0126238R.
Merci
JP Cazals
""", "password_reset", False, "0126238R", "occ", "esidoc", True, "fr",
"Lost password, but asks for it to be sent to a private orange.fr address, which the reset rule never allows: a person answers; region from the UAI.",
client="am")

M(("Laure Chabert", "laure.chabert@ac-aix-marseille.fr"), "Tr: identifiant Espace Acheteur",
"""Bonjour,

Je vous transfère la demande de la gestionnaire du collège Simone Veil à
Gap, qui n'a pas de compte chez vous et ne connaît pas son identifiant.

Laure Chabert
Service académique des achats - Rectorat d'Aix-Marseille

-------- Message transféré --------
Sujet : identifiant Espace Acheteur
De : Gestionnaire collège Simone Veil <ce.0050374E@ac-aix-marseille.fr>

Bonjour, je ne connais pas mon identifiant pour l'Espace Acheteur ni mon mot de
passe. Comment faire ? Merci.
""", "password_reset", True, "0050374E", "paca", "espace_acheteur", True, "fr",
"Forwarded by the rectorat purchasing service; the UAI appears only in the quoted ce.<UAI> address; the login is the UAI and the reset path applies.",
client="tb")

M(("Fabien Rey", "fabien.rey@ac-montpellier.fr"), "compte verrouillé",
"""Bonjour,

Compte e-sidoc du lycée Jean-Baptiste Dumas d'Alès verrouillé, code 0306687F.
Ce n'est pas une question de mail de maintenance, on a juste perdu le mot de
passe de l'admin.

Fabien Rey - IAN EMC / documentation
""", "password_reset", True, "0306687F", "occ", "esidoc", True, "fr",
"Negation: explicitly not a maintenance-password question; lost admin password with the UAI given.", client="tb2")

# ---------------------------------------------------------------- missing_noreply_mail
M(("Céline Aragon", "celine.aragon@ac-toulouse.fr"), "Lien d'activation jamais reçu",
"""Bonjour,

J'ai créé hier le compte du collège Honoré de Balzac d'Albi (0815078E) sur
l'Espace Acheteur. Le message me dit qu'un lien d'activation a été envoyé, mais
rien n'est arrivé, ni dans la boîte de réception ni dans les indésirables.

Cordialement,
Céline Aragon, gestionnaire
""", "missing_noreply_mail", True, "0815078E", "occ", "espace_acheteur", False, "fr",
"Activation link never arrived, no anti-spam product named.", client="ol", html="alt", enc="qp")

M(("DANE Toulouse - Pôle ressources", "dane-ressources@ac-toulouse.fr"), "Mails de réinitialisation non reçus dans plusieurs collèges",
"""Bonjour,

Plusieurs professeurs documentalistes de l'académie nous signalent que les
courriels "nouveau mot de passe" de votre plateforme ne leur parviennent pas
depuis le début de la semaine (collèges de l'Aveyron et du Lot surtout).
Nous avons vérifié : rien dans les indésirables côté messagerie académique.
Y a-t-il un problème d'envoi chez vous ?

Pour la DANE,
Anne Cousinié
Chargée de mission ressources numériques
""", "missing_noreply_mail", False, None, "occ", "esidoc", True, "fr",
"Several schools no longer receive the new-password mails, junk folders already checked by the DANE: a possible sending problem a person must investigate; no UAI, region from ac-toulouse.fr.",
client="zb", html="alt", enc="qp")

M(("Marion Pellegrin", "marion.pellegrin@ac-nice.fr"), "pas reçu le mail",
"""bonjour
j'ai cliqué sur mot de passe oublié il y a une heure et toujours pas de mail
lycée Beaussier la seyne 0837572E
merci
""", "missing_noreply_mail", True, "0837572E", "paca", "esidoc", True, "fr",
"Reads like a password problem, but the reset tool was used and the new-password mail did not come: missing_noreply_mail.",
client="iph")

M(("Paul Martinez", "paul.martinez@ac-montpellier.fr"), "Notifications no-reply",
"""Bonjour,

Depuis que la DSN a changé les règles de la messagerie, les notifications de
no-reply@ ne nous arrivent plus (nouveaux bons de commande, rappels). Faut-il
que nous ajoutions une adresse précise aux expéditeurs autorisés ?

Paul Martinez
Technicien DSN - Pôle établissements, Montpellier
""", "missing_noreply_mail", True, None, "occ", "espace_acheteur", False, "fr",
"No-reply notifications stopped arriving; asks which sender to allow: the junk / allow-sender answer fits. No UAI, region from the sender domain.",
client="ol", enc="qp", html="alt")

M(("Agnès Roussel", "agnes.roussel@ac-aix-marseille.fr"), "Confirmation d'inscription",
"""Bonjour,

Je n'ai jamais reçu la confirmation d'inscription pour l'espace acheteur.
Nous n'utilisons pas MailInBlack au collège, le filtre c'est celui de
l'académie. UAI : 0132964B.

Agnès Roussel
Secrétaire de gestion - Collège Roger Carcassonne, Pélissanne
""", "missing_noreply_mail", True, "0132964B", "paca", "espace_acheteur", True, "fr",
"Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
client="tb")

M(("Sylvie Bardou", "ce.0652719C@ac-toulouse.fr"), "Pas de mail d'activation",
"""Bonjour,
Le mail d'activation du portail documentaire n'arrive pas sur la boîte du lycée.
Merci de le renvoyer.
S. Bardou, secrétariat de direction
""", "missing_noreply_mail", True, "0652719C", "occ", "esidoc", True, "fr",
"UAI only in the ce.<UAI>@ac-toulouse.fr sender address; activation mail missing.", client="zb", html="alt", enc="qp")

M(("Rachid Haddad", "rachid.haddad@ac-aix-marseille.fr"), "Activation email not received",
"""Hello,

I registered the collège Pierre Puget (0133219D) on the buyer space three days
ago. The activation email never came. I checked spam. Could you resend it?

Thanks
Rachid Haddad
Digital advisor (IAN) - Aix-Marseille
""", "missing_noreply_mail", True, "0133219D", "paca", "espace_acheteur", False, "en",
"English; activation mail never arrived, junk folder checked; no anti-spam product named.", client="gm", html="alt", enc="qp")

M(("Christine Marty", "christine.marty@ac-montpellier.fr"), "RE: [#SUP-009140] Mail de réinitialisation",
"""Bonjour,

J'ai suivi vos indications (indésirables, expéditeur autorisé) il y a plus de
deux jours : toujours rien. Pouvez-vous transmettre au support de la région ?

Christine Marty
Collège Les Garrigues, Montpellier - 0340087K

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 4 novembre 2024 10:15
À : christine.marty@ac-montpellier.fr
Objet : [#SUP-009140] Mail de réinitialisation

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur
no-reply à vos contacts. Sans nouvelles sous 48 h, nous reviendrons vers vous.
""", "missing_noreply_mail", False, "0340087K", "occ", "esidoc", True, "fr",
"Follow-up after the junk-folder answer: still nothing after 48 h; the template was already sent, a person must follow up with the region.",
client="ol", reply=True, html="alt", enc="qp")

M(("Frédéric Gauthier", "frederic.gauthier@ac-nice.fr"), "mail nouveau mot de passe",
"""Bonjour,

Je ne reçois pas le courriel contenant le nouveau mot de passe EcoleDirecte
pour l'école de Cagnes. J'ai regardé partout.

Frédéric Gauthier, ERUN circonscription de Cagnes-sur-Mer
""", "missing_noreply_mail", True, None, "paca", "ecoledirecte", False, "fr",
"New-password mail for EcoleDirecte missing; no UAI, region from ac-nice.fr.", client="tb")

M(("Valérie Brun", "valerie.brun@gmail.com"), "mail de validation",
"""Bonjour,
Je m'inscris sur votre portail de tickets avec mon adresse perso car ma boîte
pro est pleine, et le mail de validation ne vient pas. Collège de Mende.
Merci
Valérie
""", "missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
"Validation mail for the ticket portal never arrived; no UAI, no académie domain, so no region.", client="gm", html="alt", enc="qp")
M(("Yannick Fourcade", "yannick.fourcade@ac-toulouse.fr"), "Notifications de commande",
"""Bonjour,

Dans le cadre du déploiement de l'Espace Acheteur dans les lycées
agricoles du Gers, je constate que les notifications automatiques de
validation n'arrivent pas sur la boite ce.0320029H@ac-toulouse.fr. Rien dans
le dossier spam. Est-ce un problème connu ?

Yannick Fourcade
Chargé de mission achats - Rectorat de Toulouse
""", "missing_noreply_mail", True, "0320029H", "occ", "espace_acheteur", True, "fr",
"The UAI appears only inside the establishment address quoted in the body; automatic notifications not arriving, no anti-spam product named.",
client="ol", html="alt", enc="qp")

M(("Jessica Moulin", "jessica.moulin@ac-aix-marseille.fr"), "Re: lien d'activation",
"""Pas reçu non plus de mon côté, même après le renvoi ce matin.
Collège Alphonse Daudet, Carpentras (0848596M).

Jessica

Le 12/11/2024 à 09:02, Assistance a écrit :
> Bonjour, nous avons renvoyé le lien d'activation. Pensez à vérifier vos
> courriers indésirables.
""", "missing_noreply_mail", True, "0848596M", "paca", "esidoc", False, "fr",
"Short reply: the resent activation link still did not arrive; the junk-folder answer may still apply.",
client="tb", reply=True)

M(("Denis Pujol", "denis.pujol@ac-montpellier.fr"), "Pas de mail après création du compte",
"""Bonjour,

J'ai créé le compte administrateur pour le lycée Emmanuel d'Alzon (Nîmes) hier
soir. Pas de mail de confirmation, ni dans les spams. Est-ce normal ?

--
Denis Pujol
Proviseur adjoint
Lycée Emmanuel d'Alzon - 0300214V
""", "missing_noreply_mail", True, "0300214V", "occ", "esidoc", False, "fr",
"Confirmation mail missing after account creation; a deputy head asking, not a head-of-establishment authorisation.",
client="am", enc="qp")

M(("Aurélie Garcia", "aurelie.garcia@ac-nice.fr"), "Mail e-signature pas arrivé",
"""Bonjour,

On m'annonce une convention à signer électroniquement mais je n'ai jamais reçu
le mail de la plateforme de signature. Collège Fernand Léger de Vallauris,
UAI 0069478V.

Cordialement,
Aurélie Garcia - gestionnaire
""", "missing_noreply_mail", True, "0069478V", "paca", "esignature", False, "fr",
"Signature-invitation mail from the no-reply address never arrived.", client="zb", html="alt", enc="qp")

M(("Michel Estève", "michel.esteve@ac-montpellier.fr"), "Email with new password not arriving",
"""Dear support,

I asked three times for a new password for the e-sidoc portal of lycée
Jules Guesde (code 0343530C) and I get no email. Junk folder is empty.

Regards,
Michel Estève
""", "missing_noreply_mail", True, "0343530C", "occ", "esidoc", False, "en",
"English; the new-password mail never arrives although reset was requested.", client="tb")

# ---------------------------------------------------------------- mailinblack_spam
M(("Florence Ribes", "florence.ribes@ac-toulouse.fr"), "MailInBlack bloque vos mails",
"""Bonjour,

Le collège Jean Moulin de Montauban (0825822H) utilise MailInBlack : vos mails
d'activation sont retenus en quarantaine et nous ne pouvons pas les débloquer
nous-mêmes. Que faut-il faire ?

Florence Ribes
Professeure documentaliste
""", "mailinblack_spam", True, "0825822H", "occ", "esidoc", False, "fr",
"MailInBlack quarantine named explicitly, UAI given: the allow-list guide applies.", client="ol", html="alt", enc="qp")

M(("Serge Blanc", "serge.blanc@ac-aix-marseille.fr"), "Message de Mailinblack",
"""Bonjour,

Je reçois de votre part un message "Mailinblack : votre message est en attente
de validation" quand je réponds à vos mails. Je suppose que c'est le filtre du
lycée Alexandra David-Néel de Digne (0042885P). Je suis technicien DSI, je peux
ajouter votre domaine à la liste blanche si vous me l'indiquez.

Serge Blanc - DSI Aix-Marseille, antenne Alpes-de-Haute-Provence
""", "mailinblack_spam", True, "0042885P", "paca", None, False, "fr",
"MailInBlack named; the DSI technician asks which domain to allow-list.", client="tb2")

M(("Camille Durand", "camille.durand@ac-nice.fr"), "mails bloqués par l'antispam",
"""bonjour,
vos emails sont bloqués par l'antispam du collège (mailinblack je crois), il
faut cliquer sur un lien pour prouver qu'on n'est pas un robot. du coup le
lien d'activation e-sidoc n'arrive jamais.
collège Paul Arène, Sisteron 0047884Y
""", "mailinblack_spam", True, "0047884Y", "paca", "esidoc", False, "fr",
"MailInBlack named (with some doubt) and its challenge described; activation link blocked.", client="gm", html="alt", enc="qp")

M(("Antoine Vernet", "antoine.vernet@ac-montpellier.fr"), "Authentification expéditeur",
"""Bonjour,

Le lycée Déodat de Séverac de Céret (0669881G) a un système qui demande à
chaque nouvel expéditeur de prouver qu'il est humain avant de délivrer le
message. Vos mails automatiques restent donc bloqués en attente. Je ne sais pas
quel produit c'est exactement.

Antoine Vernet - IAN technologie
""", "mailinblack_spam", False, "0669881G", "occ", None, True, "fr",
"Sender-authentication challenge described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide.",
client="tb")

M(("Nadia Bouzid", "nadia.bouzid@ac-aix-marseille.fr"), "Quarantaine Mailinblack - plusieurs établissements",
"""Bonjour,

Depuis la rentrée, au moins six établissements du bassin d'Arles qui sont
équipés de Mailinblack ne reçoivent plus vos mails de réinitialisation : ils
partent en quarantaine. Pouvez-vous nous transmettre le guide de mise en liste
blanche ? Nous le diffuserons aux référents.

Nadia Bouzid
DANE - Académie d'Aix-Marseille
""", "mailinblack_spam", True, None, "paca", None, False, "fr",
"MailInBlack quarantine for several schools; the DANE just asks for the allow-list guide; no UAI, region from the domain.",
client="ol", html="alt", enc="qp")

M(("Elodie Carrère", "elodie.carrere@ac-toulouse.fr"), "Re: [#SUP-009377] Lien non reçu",
"""Bonjour,

En fait j'ai trouvé : le message était bloqué dans Mailinblack (onglet
"en attente"). Je l'ai libéré mais le lien avait expiré. Comment autoriser
définitivement votre adresse ?

Elodie Carrère
Collège Pierre Mendès France, Toulouse - 0311178M

Le 14/11/2024 à 11:20, Assistance a écrit :
> Bonjour, vérifiez vos courriers indésirables et autorisez l'expéditeur
> no-reply.
""", "mailinblack_spam", True, "0311178M", "occ", "esidoc", True, "fr",
"Reply on a missing-mail ticket that now clearly names MailInBlack and asks how to allow the sender: the new question wins.",
client="tb", reply=True)

M(("David Roche", "david.roche@ac-nice.fr"), "MailInBlack challenge to your no-reply address",
"""Hi,

Our school (lycée Bonaparte, Toulon - 0835642G) is protected by MailInBlack.
Your no-reply address cannot answer the captcha challenge, so every
notification is held. Please advise how to whitelist you.

David Roche, IT manager
""", "mailinblack_spam", True, "0835642G", "paca", None, False, "en",
"English; MailInBlack challenge holding the no-reply notifications.", client="am")

M(("Josiane Lafon", "ce.0464739B@ac-toulouse.fr"), "mailinblack",
"""Bonjour
Mailinblack a mis vos messages dans les indésirables, on les a débloqués mais
maintenant on n'arrive plus à se connecter au portail, le mot de passe est
refusé.
Le secrétariat
""", "mailinblack_spam", False, "0464739B", "occ", "esidoc", True, "fr",
"Two topics: MailInBlack held the mails (first) and the password is now refused (password_reset); UAI only in the ce.<UAI> sender address; a person should answer both.",
client="zb", html="alt", enc="qp")

M(("Gilles Mathieu", "gilles.mathieu@ac-montpellier.fr"), "Liste blanche Mailinblack",
"""Bonjour,

Pour la DSN : quels domaines et adresses d'expédition faut-il mettre en liste
blanche dans MailInBlack pour que les collèges de Lozère reçoivent vos mails ?
Exemple : collège Marcel Pierrel, Mende (0483225V).

Gilles Mathieu
DSN Montpellier - messagerie
""", "mailinblack_spam", True, "0483225V", "occ", None, False, "fr",
"MailInBlack allow-list question from the DSN with one example school.", client="ol", html="alt", enc="qp")

M(("Manon Jourdan", "manon.jourdan@ac-aix-marseille.fr"), "vos mails en quarantaine",
"""Bonjour,
Nos mails de l'espace acheteur sont en quarantaine MailinBlack, je dois les
valider un par un. Lycée Frédéric Mistral Avignon 0844110L.
Merci
""", "mailinblack_spam", True, "0844110L", "paca", "espace_acheteur", False, "fr",
"MailInBlack quarantine of Espace Acheteur mails.", client="iph")

M(("Romain Teisseire", "romain.teisseire@ac-nice.fr"), "Filtrage des mails d'activation",
"""Bonjour,

Ce n'est pas MailInBlack : le collège n'est pas équipé. Mais vos mails
d'activation arrivent avec le préfixe [SPAM] et sont déplacés automatiquement.
Collège Léonard de Vinci, Antibes (0066166V).

R. Teisseire, technicien réseau
""", "missing_noreply_mail", True, "0066166V", "paca", "esidoc", True, "fr",
"Negation: explicitly not MailInBlack; activation mails land in junk, so missing_noreply_mail.", client="tb")

M(("Corinne Abadie", "corinne.abadie@ac-toulouse.fr"), "Challenge Mailinblack",
"""Bonjour,

Le collège de Lannemezan (0656797K) vient d'installer MailInBlack. Depuis, plus
aucun mail de votre plateforme. Pouvez-vous faire le nécessaire ?

Corinne Abadie
Inspectrice de l'éducation nationale - circonscription de Lannemezan
""", "mailinblack_spam", True, "0656797K", "occ", None, False, "fr",
"An inspector names MailInBlack as the cause of missing mails for one school.", client="zb", html="alt", enc="qp")

M(("Thomas Rigaud", "thomas.rigaud@ac-montpellier.fr"), "Mailinblack quarantine",
"""Hello,
Messages from your platform are stuck in the Mailinblack quarantine at
collège Les Fontanilles, Castelnaudary (0110849N). Thanks for your help.
Thomas
""", "mailinblack_spam", True, "0110849N", "occ", None, False, "en",
"English; MailInBlack quarantine named.", client="gm", html="alt", enc="qp")
# ---------------------------------------------------------------- account_creation
M(("Véronique Salles", "veronique.salles@ac-toulouse.fr"), "Création de compte - nouveaux collèges",
"""Bonjour,

Deux collèges ouvrent à la rentrée prochaine en Haute-Garonne : collège de
Cugnaux-Ouest (0312614Y) et collège de Montrabé (0314579J). Comment créer
leurs comptes sur l'Espace Acheteur ? Les UAI ne figurent pas encore dans
votre liste déroulante.

Véronique Salles
Division des achats - Rectorat de Toulouse
""", "account_creation", False, None, "occ", "espace_acheteur", True, "fr",
"Two new collèges (0312614Y and 0314579J) not in the establishment list: the FAQ sends these to the sales team, no single UAI; region from ac-toulouse.fr.",
client="ol", html="alt", enc="qp")

M(("Pierre Azéma", "pierre.azema@ac-montpellier.fr"), "Qui est administrateur ?",
"""Bonjour,

Je suis le nouveau documentaliste du lycée Joffre (Montpellier). Je voudrais
savoir qui est administrateur de notre structure sur e-sidoc pour qu'il
m'ouvre les droits.

Pierre Azéma
""", "account_creation", False, None, "occ", "esidoc", False, "fr",
"Asks who the structure's administrator is: needs a look-up, a person answers; no UAI, region from the domain.",
client="tb")

M(("Ludivine Ferri", "ludivine.ferri@ac-nice.fr"), "Compte en attente de validation",
"""Bonjour,

J'ai demandé la création de mon compte sur l'espace acheteur il y a 3 jours,
il est "en attente de validation". Combien de temps faut-il ?
Collège Valeri, Nice - 0066862B... non pardon, 0065999N c'est Vernier.
Le nôtre c'est 0060148D ? Je vérifie avec le secrétariat.

Ludivine
""", "account_creation", False, None, "paca", "espace_acheteur", True, "fr",
"Account waiting for validation, but the sender hesitates between three codes (0066862B, 0065999N, 0060148D) none confirmed as hers: no UAI, a person must check; region from ac-nice.fr.",
client="iph")

M(("Jean-Marc Pélissier", "jm.pelissier@ac-aix-marseille.fr"), "Ouverture de droits commande",
"""Bonjour,

Mon compte fonctionne mais je n'ai pas les droits pour valider les commandes
sur l'Espace Acheteur. Le chef d'établissement est d'accord. Pouvez-vous
ouvrir ces droits ?

Jean-Marc Pélissier
Adjoint gestionnaire - Lycée Thiers, Marseille (0137419U ? non : 0131950Z)
""", "account_creation", False, "0131950Z", "paca", "espace_acheteur", True, "fr",
"Asks for order-validation rights; the signature corrects itself from 0137419U to 0131950Z, which is the labelled UAI.",
client="ol", html="alt", enc="qp")

M(("Sabine Cros", "sabine.cros@ac-toulouse.fr"), "Création compte documentaliste",
"""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte. Je suis
arrivée au collège de Saint-Girons (0097628T) et je voudrais un compte
administrateur e-sidoc.

Merci
Sabine Cros
""", "account_creation", True, "0097628T", "occ", "esidoc", True, "fr",
"Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation.",
client="gm", html="alt", enc="qp")

M(("Olivia Hart", "olivia.hart@ac-nice.fr"), "Account request - Section internationale",
"""Hello,

I teach in the international section of the Centre International de Valbonne
and would like a librarian account on the e-sidoc portal to publish resources.
How do I create one? School code 0066862B.

Best,
Olivia Hart
""", "account_creation", True, "0066862B", "paca", "esidoc", False, "en",
"English; account creation question with the UAI given.", client="am")

M(("Hervé Combes", "herve.combes@ac-montpellier.fr"), "Demande de compte pour les IAN",
"""Bonjour,

Les IAN de l'académie de Montpellier souhaiteraient avoir un compte de
consultation sur l'Espace Acheteur pour accompagner les établissements dans
leurs commandes. Est-ce possible et comment procéder ?

Hervé Combes
Délégué académique au numérique adjoint
""", "account_creation", False, None, "occ", "espace_acheteur", False, "fr",
"Académie-level accounts for advisers, not a single establishment: eligibility must be checked by a person.",
client="zb", html="alt", enc="qp")

M(("Brigitte Andrieu", "ce.0127685N@ac-toulouse.fr"), "création de compte",
"""Bonjour,
Nous souhaitons créer un compte pour le collège sur votre portail des tickets
afin de suivre nos demandes. Merci de nous indiquer la démarche.
Secrétariat du collège
""", "account_creation", True, "0127685N", "occ", "ticket_portal", True, "fr",
"UAI only in the ce.<UAI> sender address; how to create a ticket-portal account.",
client="zb", html="alt", enc="qp")

M(("Patrick Soulier", "patrick.soulier@ac-aix-marseille.fr"), "Compte en attente depuis 3 semaines",
"""Bonjour,

Le compte de la cité scolaire d'Embrun (0056623X) est en attente de validation
depuis trois semaines. L'administrateur de la structure est parti à la
retraite et personne ne peut valider. Pouvez-vous intervenir ?

Patrick Soulier
IAN - Hautes-Alpes
""", "account_creation", False, "0056623X", "paca", "esidoc", False, "fr",
"Account stuck in validation, the structure's administrator has retired: the region must step in.",
client="tb")

M(("Eric Vialaret", "eric.vialaret@ac-montpellier.fr"), "Ajout d'un second administrateur",
"""Bonjour,

Pouvons-nous avoir deux comptes administrateurs pour le lycée Charles de
Gaulle de Sète (0343530C) ? Les deux documentalistes se partagent le CDI.

Eric Vialaret
""", "account_creation", False, "0343530C", "occ", "esidoc", False, "fr",
"Asks whether a second administrator account is allowed: a person answers.", client="tb2")

M(("Kevin Marchetti", "kevin.marchetti@ac-nice.fr"), "new account for our school",
"""Hi, our school (collège de Brignoles, 0838396A) is not yet registered on the
buyer platform, how can we sign up? thx
Kevin""", "account_creation", True, "0838396A", "paca", "espace_acheteur", False, "en",
"English; simple sign-up question with the UAI given.", client="gm", html="alt", enc="qp")

M(("Danielle Roques", "danielle.roques@ac-toulouse.fr"), "compte lecteur / compte admin",
"""Bonjour,

Nous avons un compte lecteur sur le portail mais il nous faudrait un compte
avec les droits de publication pour le CDI du lycée de Decazeville
(0128908T). A qui s'adresser ?

Danielle Roques
""", "account_creation", True, "0128908T", "occ", "esidoc", False, "fr",
"Rights to open (publication rights) for a known UAI: the standard account answer fits.", client="ol", html="alt", enc="qp")

# ---------------------------------------------------------------- subscription_activation
M(("Sophie Nègre", "sophie.negre@ac-toulouse.fr"), "Abonnement non visible",
"""Bonjour,

Nous avons commandé l'abonnement Europresse pour le lycée Ozenne (0312983Z)
lundi dernier. Il n'apparaît toujours pas dans nos ressources. Est-ce normal ?

Sophie Nègre, documentaliste
""", "subscription_activation", True, "0312983Z", "occ", "esidoc", False, "fr",
"Subscription ordered a few days ago not yet visible: the 72-hour activation answer applies.",
client="ol", html="alt", enc="qp")

M(("Laurent Capdevielle", "laurent.capdevielle@ac-montpellier.fr"), "Ressource à publier",
"""Bonjour,

Je n'ai pas oublié mon mot de passe, je suis bien connecté, mais la ressource
Lumni achetée par la région n'apparaît pas sur le portail élèves du collège
Jean Moulin de Marvejols (0480353Y). Faut-il la publier quelque part ?

Laurent Capdevielle
""", "subscription_activation", True, "0480353Y", "occ", "esidoc", True, "fr",
"Negation: login works; a resource is not published for pupils: subscription_activation.",
client="tb")

M(("Clara Benoit", "clara.benoit@ac-aix-marseille.fr"), "Subscription still not active",
"""Hello,

We ordered a press subscription through the Espace Acheteur twelve days ago
for lycée Saint-Exupéry, Marseille (0137419U is the collège, ours is
0133219D). It is still not active. Could someone look at the order?

Clara Benoit
""", "subscription_activation", False, "0133219D", "paca", "espace_acheteur", True, "en",
"English; past the 72-hour rule (twelve days), a person must look at the order; the sender mentions 0137419U only to say it is not hers.",
client="am", enc="qp")

M(("Hélène Vergnes", "helene.vergnes@ac-toulouse.fr"), "Activation abonnement numérique",
"""Bonjour,

Suite à la commande passée hier pour le collège Jean Lurçat de Saint-Céré
(0465138K), quand l'abonnement sera-t-il actif ?

Cordialement,
Hélène Vergnes, principale
""", "subscription_activation", True, "0465138K", "occ", "espace_acheteur", True, "fr",
"Written by the principal, but she only asks when the subscription will be active: not a head-of-establishment request.",
client="zb", html="alt", enc="qp")

M(("Romane Pastor", "romane.pastor@ac-nice.fr"), "ressources numériques pas dispo",
"""bjr, les abonnements commandés par le rectorat pour les collèges du Var
(Eduthèque, presse en ligne) ne sont pas visibles dans notre e-sidoc depuis
avant-hier. College de Saint-Maximin 0835812S. merci""", "subscription_activation", True, "0835812S", "paca", "esidoc", False, "fr",
"Subscriptions ordered centrally not visible after two days: within the 72-hour rule.", client="iph")

M(("Anne-Laure Sicre", "anne-laure.sicre@ac-toulouse.fr"), "Abonnements pour 12 lycées",
"""Bonjour,

La DANE a commandé pour 12 lycées de l'académie un abonnement à une base de
données presse. La commande a été validée il y a 5 jours, mais aucun
établissement ne voit la ressource. Pouvez-vous vérifier l'activation
globalement ?

Anne-Laure Sicre
DANE de Toulouse - Pôle ressources
""", "subscription_activation", False, None, "occ", "esidoc", False, "fr",
"Central order for twelve lycées, past 72 hours: a person must check the activation; no UAI.",
client="ol", html="alt", enc="qp")

M(("Benjamin Ollier", "benjamin.ollier@ac-montpellier.fr"), "Abonnement pas encore visible",
"""Bonjour,
Commande passée avant-hier pour le collège de Lodève (0342717U) : abonnement
BD numérique non visible. Merci.
""", "subscription_activation", True, "0342717U", "occ", "esidoc", False, "fr",
"Ordered two days ago, not yet visible: 72-hour answer.", client="tb")

M(("Marie Tardieu", "marie.tardieu@ac-aix-marseille.fr"), "Ressource non publiée",
"""Bonjour,

La ressource "Universalis Junior" figure bien dans notre compte, mais elle
n'est pas publiée sur le portail du collège (0040933T). Comment la rendre
visible aux élèves ?

Marie Tardieu
Collège Gassendi, Digne-les-Bains
""", "subscription_activation", True, "0040933T", "paca", "esidoc", False, "fr",
"Resource present but not published on the portal: subscription_activation.", client="gm", html="alt", enc="b64")

M(("Gérard Fabre", "gerard.fabre@ac-montpellier.fr"), "Subscription activation",
"""Dear support team,

Our school, lycée Albert Camus in Nîmes (0303550W), ordered the digital press
package on Monday. When will the subscription be activated?

Sincerely,
Gérard Fabre
""", "subscription_activation", True, "0303550W", "occ", "espace_acheteur", False, "en",
"English; asks when a just-ordered subscription will be active.", client="ol", html="alt", enc="qp")

M(("Carole Ménard", "carole.menard@ac-nice.fr"), "Re: abonnement presse",
"""Bonjour,

Merci, l'abonnement presse est bien visible maintenant. Par contre le lien
vers Eduthèque affiche "ressource non disponible" pour les élèves.

Carole Ménard - collège Bréguières, Cagnes (0060148D ? non, 0069478V)

Le 20/11/2024 à 14:11, Assistance a écrit :
> Votre abonnement sera actif sous 72 heures.
""", "subscription_activation", True, "0069478V", "paca", "esidoc", True, "fr",
"Reply: the first subscription is fine, another resource is unavailable to pupils (still subscription_activation); she corrects 0060148D to 0069478V.",
client="tb", reply=True)

M(("Julie Berthomieu", "julie.berthomieu@ac-toulouse.fr"), "abonnement",
"""Bonjour
abonnement commandé ce matin pour le college de Moissac (0827876R), je voulais
savoir sous combien de temps il serait dispo
merci
""", "subscription_activation", True, "0827876R", "occ", "espace_acheteur", False, "fr",
"Asks the delay for a subscription ordered this morning.", client="gm", html="alt", enc="qp")
# ---------------------------------------------------------------- head_of_establishment_request
M(("Principal collège Paul Valéry", "ce.0343431V@ac-montpellier.fr"), "Changement d'administrateur e-sidoc",
"""Madame, Monsieur,

En ma qualité de principal du collège Paul Valéry, je vous demande de bien
vouloir désigner Mme Lucie Raynaud, professeure documentaliste, comme nouvelle
administratrice de notre portail e-sidoc, en remplacement de M. Daniel Puech
muté à la rentrée.

Veuillez agréer mes salutations distinguées.

Jean-Claude Bonnet
Principal
""", "head_of_establishment_request", False, "0343431V", "occ", "esidoc", False, "fr",
"The principal writes from the ce.<UAI> address to change the administrator: head-of-establishment request.",
client="zb", html="alt", enc="qp")

M(("Proviseure lycée Dumont d'Urville", "ce.0834031F@ac-nice.fr"), "Réinitialisation du mot de passe administrateur et adresse de contact",
"""Bonjour,

Je suis la proviseure du lycée Dumont d'Urville. Je vous demande de
réinitialiser le mot de passe administrateur de l'Espace Acheteur et de
remplacer l'adresse de contact par gestion.dumont@ac-nice.fr.

Cordialement,
Martine Giordano
Proviseure
""", "head_of_establishment_request", False, "0834031F", "paca", "espace_acheteur", True, "fr",
"The head asks in writing for an admin password reset and a new contact address: a head-of-establishment request, not password_reset; UAI only in the sender address.",
client="ol", html="alt", enc="qp")

M(("Patrick Laurens", "patrick.laurens@ac-toulouse.fr"), "Autorisation de commande",
"""Bonjour,

Par la présente, j'autorise M. Fabrice Dupuy, adjoint gestionnaire, à valider
la commande n° 24-3381 sur l'Espace Acheteur au nom du lycée Champollion de
Figeac (0468834C).

Patrick Laurens
Proviseur
Lycée Champollion - Figeac
""", "head_of_establishment_request", False, "0468834C", "occ", "espace_acheteur", False, "fr",
"The proviseur authorises an order in writing from his personal académie address.",
client="tb")

M(("Documentation - IAN", "ian-doc@ac-aix-marseille.fr"), "Demande de la principale du collège Marcel Pagnol (courrier joint)",
"""Bonjour,

Je vous transmets en pièce jointe le courrier signé de Mme la principale du
collège Marcel Pagnol de Pertuis (0847583L) demandant la réinitialisation de
l'adresse de contact administrateur. Elle est en copie de ce message.

Bien cordialement,
Cellule IAN documentation - DANE Aix-Marseille
""", "head_of_establishment_request", False, "0847583L", "paca", "esidoc", True, "fr",
"The IAN relays the head's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check the letter.",
client="ol", html="alt", enc="qp", cc=[("Principale collège Marcel Pagnol", "ce.0847583L@ac-aix-marseille.fr")],
attach=[("courrier_principale_0847583L.pdf", "application", "pdf")])

M(("Directrice école Jean Jaurès", "ce.0110849N@ac-montpellier.fr"), "Changement administrateur EcoleDirecte",
"""Bonjour,

Je suis la directrice de l'école Jean Jaurès. L'ancienne directrice était
l'administratrice du compte EcoleDirecte ; je vous demande de me transférer
les droits d'administration.

Merci
Sylvie Pagès, directrice
""", "head_of_establishment_request", False, "0110849N", "occ", "ecoledirecte", False, "fr",
"The new directrice asks from the school address to become administrator: head-of-establishment request.",
client="zb", html="alt", enc="qp")

M(("Principal - collège Jean Rostand", "ce.0130765L@ac-aix-marseille.fr"), "URGENT : accès administrateur",
"""Bonjour,

Merci de basculer immédiatement tous les accès administrateur de
l'établissement (e-sidoc et Espace Acheteur) sur l'adresse
principal.rostand13@gmail.com, notre messagerie académique est en panne.

Le Principal
""", "head_of_establishment_request", False, "0130765L", "paca", None, True, "fr",
"Claims to be the principal from the ce.<UAI> address but SPF/DMARC fail and it asks to move admin access to a Gmail address: probable spoof, still a head-of-establishment request for staff to refuse; two products, no single platform.",
client="rc", auth="fail", reply_to=("Principal", "principal.rostand13@gmail.com"))

M(("Head teacher - Lycée Renoir", "ce.0066166V@ac-nice.fr"), "Change of administrator",
"""Dear Sir or Madam,

As head of the Lycée Auguste Renoir, I ask you to replace the current
administrator of our Espace Acheteur account (Mr Paul Lenoir, retired) with
our bursar, Mrs Anne Vial, anne.vial@ac-nice.fr.

Yours faithfully,
Christian Morel, Proviseur
""", "head_of_establishment_request", False, "0066166V", "paca", "espace_acheteur", False, "en",
"English; the head asks in writing from the official address to change the administrator.",
client="ol", html="alt", enc="qp")

M(("Henri Dalmas", "henri.dalmas@ac-toulouse.fr"), "TR: demande de changement d'adresse",
"""Bonjour,

Ci-dessous la demande du proviseur du lycée Rive Gauche de Toulouse
(0312614Y), qui n'arrivait pas à vous écrire depuis sa boîte.

Henri Dalmas - technicien DSI Toulouse

-----Message d'origine-----
De : Proviseur Lycée Rive Gauche <ce.0312614Y@ac-toulouse.fr>
Envoyé : mardi 3 décembre 2024 08:03
Objet : demande de changement d'adresse

Je soussigné, proviseur du lycée, demande que l'adresse administrateur du
portail documentaire soit remplacée par cdi.rivegauche@ac-toulouse.fr.
""", "head_of_establishment_request", False, "0312614Y", "occ", "esidoc", True, "fr",
"The head's written request is forwarded by a DSI technician; the request sits in the quoted part, a person must verify it.",
client="ol", html="alt", enc="qp")

M(("Principale adjointe", "ce.0654322V@ac-toulouse.fr"), "Réinitialisation compte admin",
"""Bonjour,

Mme la principale étant absente, je vous demande, en tant que principale
adjointe et par délégation, de réinitialiser l'adresse administrateur de notre
portail e-sidoc : cdi.0654322V@ac-toulouse.fr.

Anne Duclos
Principale adjointe
""", "head_of_establishment_request", False, "0654322V", "occ", "esidoc", True, "fr",
"Deputy head writing by delegation from the official address: a head-of-establishment request for staff to assess.",
client="zb", html="alt", enc="qp")

M(("Principal collège Lou Vignarès", "ce.0849662W@ac-aix-marseille.fr"), "Validation de commande",
"""Bonjour,

J'autorise la commande de ressources numériques passée par notre
documentaliste le 14 novembre (montant 1 240 € TTC).

Le principal
Collège Lou Vignarès - Vedène
""", "head_of_establishment_request", False, "0849662W", "paca", "espace_acheteur", False, "fr",
"The principal authorises an order from the official address.", client="zb", html="alt", enc="qp")

M(("IEN circonscription de Prades", "ien.prades@ac-montpellier.fr"), "Écoles de la circonscription : changement d'administrateurs",
"""Bonjour,

Suite au mouvement des directeurs, je vous prie de mettre à jour les
administrateurs EcoleDirecte des écoles suivantes, à la demande des nouveaux
directeurs qui sont en copie :
- école de Vinça : 0664937H
- école d'Ille-sur-Têt : 0669603E

Michel Tixador
Inspecteur de l'éducation nationale
""", "head_of_establishment_request", False, None, "occ", "ecoledirecte", True, "fr",
"An inspector relays administrator changes for two schools (0664937H and 0669603E), the new directors in copy: head-of-establishment requests needing a person; no single UAI.",
client="ol", html="alt", enc="qp",
cc=[("Direction école Vinça", "ce.0664937H@ac-montpellier.fr"), ("Direction école Ille", "ce.0669603E@ac-montpellier.fr")])

M(("Proviseur - Lycée Marc Bloch", "proviseur.marcbloch@ac-montpellier.fr"), "demande de réinitialisation",
"""Bonjour,
Je suis le proviseur du lycée Marc Bloch de Sérignan, code 0342 717 U. Merci de
réinitialiser le mot de passe administrateur de notre espace acheteur et de
l'envoyer à notre gestionnaire.
Cordialement
""", "head_of_establishment_request", False, "0342717U", "occ", "espace_acheteur", True, "fr",
"The head asks for an admin password reset in writing; UAI written with spaces.",
client="am", enc="qp")

M(("Directeur école Les Platanes", "ce.0050296V@ac-aix-marseille.fr"), "Autorisation abonnement",
"""Bonjour,

En tant que directeur de l'école des Platanes, j'autorise l'abonnement aux
ressources numériques commandé par l'enseignante de CM2.

Cordialement
Frédéric Brémond
""", "head_of_establishment_request", False, "0050296V", "paca", None, False, "fr",
"The directeur authorises a subscription order from the official address.", client="zb", html="alt", enc="qp")

# ---------------------------------------------------------------- order_billing
M(("Service académique des achats", "achats@ac-toulouse.fr"), "Demande de devis - ressources numériques lycées",
"""Bonjour,

Dans le cadre du groupement de commandes académique, nous souhaitons un devis
pour l'abonnement e-sidoc de 25 lycées de l'académie de Toulouse pour 2025.
La liste des établissements est jointe.

Merci de libeller le devis au nom du Rectorat de Toulouse.

Isabelle Marcou
Service académique des achats
""", "order_billing", False, None, "occ", "esidoc", False, "fr",
"Quote request for a group purchase of 25 lycées by the rectorat purchasing service; no single UAI.",
client="ol", html="alt", enc="qp", attach=[("liste_lycees_2025.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

M(("Yves Castel", "yves.castel@ac-montpellier.fr"), "Facture introuvable dans Chorus",
"""Bonjour,

La facture de la commande 24-2210 pour le collège La Coustète de Saint-Hippolyte
(0309403H) n'apparaît pas dans Chorus Pro. Pouvez-vous la redéposer ?

Yves Castel, gestionnaire
""", "order_billing", False, "0309403H", "occ", "espace_acheteur", False, "fr",
"Invoice missing in Chorus.", client="tb")

M(("Delphine Roux", "delphine.roux@ac-nice.fr"), "bon d'engagement",
"""Bonjour,
Pouvez-vous m'envoyer le devis pour que je puisse faire le bon d'engagement ?
Lycée Tocqueville Grasse 0066862B... enfin je crois, je vérifie.
Delphine""", "order_billing", False, None, "paca", "espace_acheteur", True, "fr",
"Quote for a bon d'engagement; the sender is unsure of the code 0066862B (which is another lycée), so no UAI; region from ac-nice.fr.",
client="iph")

M(("Accounts payable - Rectorat", "comptabilite@ac-aix-marseille.fr"), "Invoice discrepancy",
"""Hello,

Invoice FA-2024-11873 charges 48 licences, but the order for collège
Louis Aragon, Marseille (0130765L... no: 0132964B) was for 40. Please issue a credit
note for the difference.

Rectorat d'Aix-Marseille - Accounts department
""", "order_billing", False, "0132964B", "paca", "espace_acheteur", True, "en",
"English; invoice amount wrong, credit note requested; the writer corrects 0130765L to 0132964B.",
client="ol", html="alt", enc="qp")

M(("Julien Pradal", "julien.pradal@ac-toulouse.fr"), "Panier bloqué",
"""Bonjour,

Je ne peux pas valider mon panier sur l'Espace Acheteur : le bouton
"Commander" reste grisé. Lycée Pierre-Paul Riquet, Saint-Orens (0316380S).

Julien Pradal
""", "order_billing", False, "0316380S", "occ", "espace_acheteur", False, "fr",
"Basket cannot be validated.", client="gm", html="alt", enc="qp")

M(("Nicole Bérard", "nicole.berard@ac-aix-marseille.fr"), "Moyens de paiement",
"""Bonjour,

Est-il possible de régler par mandat administratif plutôt que par carte
d'achat ? Nous sommes le collège Henri Bosco de Vitrolles (0131950Z ? non,
0137419U).

Nicole Bérard, agent comptable
""", "order_billing", False, "0137419U", "paca", "espace_acheteur", True, "fr",
"Payment-means question; the writer corrects 0131950Z to 0137419U.", client="tb")

M(("Francis Amiel", "francis.amiel@ac-montpellier.fr"), "Re: [#SUP-009802] Devis abonnement",
"""Bonjour,

Merci pour le devis. Il faudrait toutefois le refaire au nom du lycée agricole
de Rodilhan (0304085C) et non du rectorat, sinon l'agent comptable ne pourra
pas engager la dépense.

Francis Amiel

Le 28/11/2024 à 10:32, Assistance a écrit :
> Veuillez trouver ci-joint le devis demandé.
""", "order_billing", False, "0304085C", "occ", "espace_acheteur", False, "fr",
"Reply on a quote ticket: the quote must be reissued to the establishment.",
client="tb", reply=True)

M(("Armelle Fontaine", "armelle.fontaine@ac-nice.fr"), "Commande groupée collèges des Alpes-Maritimes",
"""Bonjour,

Nous préparons une commande groupée pour 18 collèges. Peut-on passer une seule
commande avec livraison des licences établissement par établissement, et une
facture unique au nom du conseil départemental ?

Armelle Fontaine
Cellule achats - DSI académie de Nice
""", "order_billing", False, None, "paca", "espace_acheteur", False, "fr",
"Group order and single invoice question from the académie purchasing cell; no UAI.",
client="ol", html="alt", enc="qp")

M(("Raphaël Gros", "raphael.gros@ac-toulouse.fr"), "facture en double",
"""Bonjour
on a reçu deux fois la même facture (FA-24-7712) pour le collège de Revel
(0311178M), laquelle faut-il payer ?
Raphaël Gros - secrétaire de gestion
""", "order_billing", False, "0311178M", "occ", "espace_acheteur", False, "fr",
"Duplicate invoice.", client="zb", html="alt", enc="b64")

M(("Stéphanie Lacroix", "stephanie.lacroix@ac-montpellier.fr"), "Commande non validée + convention",
"""Bonjour,

1. Notre commande du 5 décembre est toujours "en attente de validation"
   alors que le bon d'engagement a été signé.
2. Accessoirement, je ne trouve pas la convention 2025 dans "Mes documents".

Lycée Jean Lurçat, Perpignan - 0664937H

Stéphanie Lacroix
""", "order_billing", False, "0664937H", "occ", "espace_acheteur", True, "fr",
"Two topics: order validation stuck (main) and a convention not visible (contract_documents).",
client="ol", html="alt", enc="qp")

M(("Pierre Lambert", "pierre.lambert@ac-aix-marseille.fr"), "Quote for 2025 renewal",
"""Good afternoon,

Could you please send a quote for the renewal of our e-sidoc subscription
for 2025? Lycée Paul Cézanne, Aix-en-Provence - UAI 0133219D.

Regards,
Pierre Lambert, bursar
""", "order_billing", False, "0133219D", "paca", "esidoc", False, "en",
"English; quote request for the renewal.", client="am")

M(("Maryse Tournier", "maryse.tournier@ac-toulouse.fr"), "Numéro d'engagement Chorus",
"""Bonjour,

Pour déposer votre facture sur Chorus Pro il faut le numéro d'engagement
juridique. Le voici : EJ 2100458823. Lycée Jean Dupuy, Tarbes, 0652387S.

Maryse Tournier - intendance
""", "order_billing", False, "0652387S", "occ", "espace_acheteur", False, "fr",
"Sends the legal commitment number for the Chorus invoice.", client="tb2")

M(("Gilles Issartel", "gilles.issartel@ac-montpellier.fr"), "Bon de commande signé",
"""Bonjour,

Veuillez trouver ci-joint le bon de commande signé pour le collège du Vigan
(0300214V).

Cordialement
Gilles Issartel
""", "order_billing", False, "0300214V", "occ", None, False, "fr",
"Sends a signed purchase order as attachment.", client="ol", html="alt", enc="qp",
attach=[("BC_2024-118.pdf", "application", "pdf")])

M(("Véronique Peyre", "veronique.peyre@ac-nice.fr"), "Facture - mauvaise adresse",
"""Bonjour,

La facture a été adressée au rectorat alors que c'est le lycée du Coudon
(0838396A) qui paie. Pouvez-vous la rééditer ?

Véronique Peyre, rectorat de Nice, service financier
""", "order_billing", False, "0838396A", "paca", "espace_acheteur", False, "fr",
"Invoice addressed to the wrong payer.", client="zb", html="alt", enc="qp")

# ---------------------------------------------------------------- contract_documents
M(("Service des marchés - Rectorat de Montpellier", "marches@ac-montpellier.fr"), "Pièces du marché non visibles",
"""Bonjour,

Les établissements adhérents au groupement ne voient plus les pièces du
marché (CCAP, BPU) dans leur espace depuis la migration. Pouvez-vous rétablir
l'accès ?

Service académique des marchés publics
""", "contract_documents", False, None, "occ", "espace_acheteur", False, "fr",
"Market documents no longer visible to member schools.", client="ol", html="alt", enc="qp")

M(("Anaïs Rolland", "anais.rolland@ac-toulouse.fr"), "Convention introuvable",
"""Bonjour,

Je ne trouve pas la convention d'adhésion 2024-2026 du collège de Lourdes
(0655917D) dans "Mes marchés". Elle était visible l'an dernier.

Anaïs Rolland
""", "contract_documents", False, "0655917D", "occ", "espace_acheteur", False, "fr",
"Convention not visible any more.", client="gm", html="alt", enc="qp")

M(("Paul-Henri Serre", "ph.serre@ac-nice.fr"), "Avenant n°2",
"""Bonjour,

L'avenant n°2 au marché de ressources numériques ne s'affiche pas pour le
lycée Raynouard de Brignoles (0835812S). Les autres pièces sont visibles.

P.-H. Serre
""", "contract_documents", False, "0835812S", "paca", "espace_acheteur", False, "fr",
"Amendment not visible.", client="tb")

M(("Procurement office", "achats@ac-aix-marseille.fr"), "Cannot access contract documents",
"""Hello,

Our member establishments cannot open the framework agreement documents
anymore (error 403). Could you check the access rights for the Aix-Marseille
group?

Procurement office - Rectorat d'Aix-Marseille
""", "contract_documents", False, None, "paca", "espace_acheteur", False, "en",
"English; access to framework documents refused for the académie group.", client="ol", html="alt", enc="qp")

M(("Karine Delmas", "karine.delmas@ac-montpellier.fr"), "Convention à signer introuvable",
"""Bonjour,

On m'a dit qu'une convention était à signer électroniquement, mais je ne la
vois ni dans la plateforme de signature ni dans mes documents. Lycée
Dhuoda, Nîmes (0306687F).

Karine Delmas
""", "contract_documents", False, "0306687F", "occ", "esignature", True, "fr",
"Cannot see the convention to sign: contract_documents, though close to a missing e-signature mail.",
client="zb", html="alt", enc="qp")

M(("Bernard Coste", "bernard.coste@ac-toulouse.fr"), "pièces marché",
"""bonjour, je n'ai pas le droit de voir les documents du marché sur l'espace
acheteur, mon collègue gestionnaire oui. collège de Villefranche de Rouergue
0121670A. merci""", "contract_documents", False, "0121670A", "occ", "espace_acheteur", False, "fr",
"Market documents not visible to this user while a colleague sees them.", client="iph")

M(("Lucie Barthe", "lucie.barthe@ac-aix-marseille.fr"), "Re: [#SUP-010044] Convention",
"""Bonjour,

J'ai bien les droits maintenant, merci, mais la convention affichée est
celle de 2022 et pas la nouvelle. Collège Jean Giono, Orange (0841770T).

Lucie Barthe

-----Message d'origine-----
De : Assistance
Objet : [#SUP-010044] Convention
Vos droits d'accès aux documents ont été ouverts.
""", "contract_documents", False, "0841770T", "paca", "espace_acheteur", False, "fr",
"Reply: rights granted but the current convention is still not shown.", client="ol", reply=True, html="alt", enc="qp")

M(("Noël Farges", "noel.farges@ac-montpellier.fr"), "Documents contractuels",
"""Bonjour,

Pour l'audit de l'inspection générale, j'ai besoin de consulter les contrats
et avenants des établissements du Gard. Je n'ai accès à aucun document.

Noël Farges
Inspecteur d'académie - IA-IPR économie-gestion
""", "contract_documents", False, None, "occ", "espace_acheteur", False, "fr",
"An inspector cannot see contracts and amendments; académie-wide, no UAI.", client="tb")

M(("Isabelle Roca", "isabelle.roca@ac-nice.fr"), "Conventions",
"""Bonjour,
Les conventions de l'école Saint-Roch de Nice (0069478V... c'est le collège,
l'école c'est 0065999N ?) ne sont plus visibles. Je regarde et je reviens vers
vous.
Isabelle""", "contract_documents", False, None, "paca", None, True, "fr",
"Conventions not visible; the sender mixes up 0069478V and 0065999N and confirms neither, so no UAI; region from ac-nice.fr.",
client="iph")
# ---------------------------------------------------------------- transfer_incident
M(("Didier Maurel", "didier.maurel@ac-montpellier.fr"), "Transfert des données bloqué",
"""Bonjour,

Le transfert quotidien des données de vie scolaire vers EcoleDirecte échoue
depuis lundi au collège Jean Rostand de Montpellier (0343530C). Message :
"Licence invalide". Faut-il régénérer la licence ?

Didier Maurel - DSN, assistance établissements
""", "transfer_incident", False, "0343530C", "occ", "ecoledirecte", False, "fr",
"Daily data transfer failing with an invalid licence.", client="ol", html="alt", enc="qp")

M(("Franck Olive", "franck.olive@ac-aix-marseille.fr"), "Mot de passe de maintenance du jour",
"""Bonjour,
Ce n'est pas un mot de passe oublié : j'ai besoin du mot de passe de
maintenance du jour pour relancer la synchronisation de la base du lycée
Mistral d'Avignon (0844110L).
Franck Olive, technicien DSI
""", "transfer_incident", False, "0844110L", "paca", "ecoledirecte", True, "fr",
"Negation: not a forgotten password, the daily maintenance password: transfer_incident per the taxonomy.",
client="tb")

M(("Sébastien Gely", "sebastien.gely@ac-toulouse.fr"), "Synchronisation SIECLE échouée",
"""Bonjour,

L'import des élèves depuis SIECLE ne passe plus pour 7 collèges de l'Ariège
depuis la bascule de la nouvelle année. Erreur "fichier non reconnu". Exemple :
collège de Lavelanet, 0098684R.

Sébastien Gely
IAN - DSI Toulouse
""", "transfer_incident", False, "0098684R", "occ", "esidoc", False, "fr",
"Pupil import synchronisation failing, one example school given.", client="zb", html="alt", enc="qp")

M(("Hugo Lemaire", "hugo.lemaire@ac-nice.fr"), "Data transfer error",
"""Hi,

The nightly transfer from the school-management software to the portal fails
at lycée Audiberti, Antibes (0066166V) with "timeout 504". Could you have a
look? Log attached.

Hugo Lemaire, DSI Nice
""", "transfer_incident", False, "0066166V", "paca", "ecoledirecte", False, "en",
"English; nightly transfer failing, log attached.", client="ol", html="alt", enc="qp",
attach=[("transfert_20241203.log", "text", "plain")])

M(("Marie-Claire Astruc", "mc.astruc@ac-montpellier.fr"), "licence à régénérer",
"""bonjour
il faut régénérer la licence du logiciel de gestion pour le collège de
Florac 0486278N, on a changé de serveur
merci
""", "transfer_incident", False, "0486278N", "occ", "ecoledirecte", False, "fr",
"Licence to regenerate after a server change.", client="gm", html="alt", enc="qp")

M(("Christophe Noguès", "christophe.nogues@ac-toulouse.fr"), "Re: [#SUP-010210] Transfert",
"""Bonjour,

Le transfert a fonctionné hier soir après votre intervention mais il
échoue de nouveau ce matin. Même message d'erreur.

Christophe Noguès
Lycée Bourdelle, Montauban - 0825014E

Le lun. 9 déc. 2024 à 17:05, Assistance <support@assistance.example.fr> a écrit :
> La licence a été régénérée, merci de relancer le transfert.
""", "transfer_incident", False, "0825014E", "occ", "ecoledirecte", False, "fr",
"Reply on a transfer ticket: the transfer fails again.", client="gm", reply=True, html="alt", enc="qp")

M(("Josette Valette", "josette.valette@ac-aix-marseille.fr"), "Synchro notices",
"""Bonjour,

La synchronisation des notices entre notre base et le portail e-sidoc est en
erreur depuis 4 jours au collège des Hautes Vallées (0058995A).

Merci de votre aide,
Josette Valette
""", "transfer_incident", False, "0058995A", "paca", "esidoc", False, "fr",
"Catalogue synchronisation failing for four days.", client="tb")

M(("Laurent Bories", "laurent.bories@ac-montpellier.fr"), "Mot de passe maintenance + transfert",
"""Bonjour,
Pour le lycée Clemenceau (0340087K) le transfert échoue, et le mot de passe
de maintenance donné hier ne marche plus aujourd'hui. Pouvez-vous me donner
celui du jour ?
Laurent Bories
""", "transfer_incident", False, "0340087K", "occ", "ecoledirecte", True, "fr",
"Mentions a password, but it is the daily maintenance password with a failing transfer: transfer_incident.",
client="zb", html="alt", enc="qp")

M(("Romain Fabre", "romain.fabre@ac-toulouse.fr"), "Export base élèves",
"""Bonjour,

L'export quotidien vers votre plateforme est vide depuis la mise à jour du
serveur académique, pour tous les établissements du Tarn-et-Garonne.

Romain Fabre
Responsable applicatif - DSI Toulouse
""", "transfer_incident", False, None, "occ", None, False, "fr",
"Data export empty for a whole département after a server update; no UAI.", client="ol", html="alt", enc="qp")

M(("Aline Vidal", "aline.vidal@ac-nice.fr"), "erreur transfert",
"""Bonjour,
Encore l'erreur "transfert interrompu" ce matin pour le lycée
Beaussier, La Seyne (0837572E).
Aline""", "transfer_incident", False, "0837572E", "paca", "ecoledirecte", False, "fr",
"Transfer interrupted again.", client="iph")
# ---------------------------------------------------------------- automated
M(("Nathalie Roux", "nathalie.roux@ac-montpellier.fr"), "Réponse automatique : [#SUP-010301] Mot de passe e-sidoc",
"""Bonjour,

Je suis absente jusqu'au 6 janvier inclus. Pour toute urgence concernant les
ressources documentaires, merci de contacter la DANE : dane@ac-montpellier.fr.

Nathalie Roux
IAN documentation
""", "automated", False, None, "occ", None, False, "fr",
"Out-of-office with Auto-Submitted: never answered; region from ac-montpellier.fr.",
client="zb", html="alt", enc="qp", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], reply=True)

M(("Karim Benali", "karim.benali@ac-nice.fr"), "Automatic reply: Forgotten password - Espace Acheteur",
"""I am out of the office until Monday 13 January with limited access to email.
For urgent matters please contact dsi-assistance@ac-nice.fr.
""", "automated", False, None, "paca", None, False, "en",
"English Outlook automatic reply.", client="ol", html="alt", enc="qp",
headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "karim.benali@ac-nice.fr")], reply=True)

M(("Mail Delivery Subsystem", "MAILER-DAEMON@ac-toulouse.fr"), "Undelivered Mail Returned to Sender",
None, "automated", False, None, "occ", None, True, "en",
"Postfix bounce (multipart/report) for a reply sent to a school address: the school code 0311178M appears only in the failed recipient, which is not who writes, so no UAI; region from the ac-toulouse.fr sender domain.",
kind="dsn", rcpt="ce.0311178M@ac-toulouse.fr", status="5.1.1", diag="550 5.1.1 <ce.0311178M@ac-toulouse.fr>: Recipient address rejected: User unknown",
orig_subject="[#SUP-009377] Lien non reçu")

M(("MAILER-DAEMON", "mailer-daemon@ac-aix-marseille.fr"), "Delivery Status Notification (Failure)",
None, "automated", False, None, "paca", None, False, "en",
"Bounce: mailbox full at a rectorat address; not written by a person; region from the ac-aix-marseille.fr sender domain.",
kind="dsn", rcpt="achats@ac-aix-marseille.fr", status="5.2.2", diag="552 5.2.2 Mailbox full: quota exceeded",
orig_subject="[#SUP-010118] Devis groupement")

M(("Mailinblack", "noreply@mailinblack.com"), "Merci de valider votre message / Please confirm your message",
"""Bonjour,

Vous avez envoyé un message à cdi.lycee.vauvenargues@ac-aix-marseille.fr.
Cette adresse est protégée par Mailinblack. Pour que votre message soit
délivré, merci de confirmer que vous êtes un humain en cliquant sur le lien
ci-dessous :

https://challenge.mailinblack.com/c/8f3a21c0e7

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""", "automated", False, None, None, None, True, "fr",
"A MailInBlack challenge sent to us by a school's filter: auto-generated, never answered; it is not a person complaining about MailInBlack, so not mailinblack_spam.",
client="bot", html="alt", enc="qp", headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

M(("Lettre de la DANE Toulouse", "lettre-dane@ac-toulouse.fr"), "La lettre numérique de la DANE - décembre 2024",
"""Au sommaire ce mois-ci :

- Les nouveautés e-sidoc pour les CDI de l'académie
- Webinaire "Espace Acheteur : réussir ses commandes groupées" le 12 décembre
- Appel à projets "Lecture numérique au collège"
- Rappel : renouvellement des mots de passe administrateurs avant le 31/12

Pour vous désinscrire, répondez STOP.
""", "automated", False, None, "occ", None, True, "fr",
"Académie newsletter (List-Id, Precedence: list) mentioning passwords and orders: a mailing list, never answered; region from ac-toulouse.fr.",
client="bot", html="alt", enc="qp",
headers=[("List-Id", "Lettre DANE <lettre-dane.ac-toulouse.fr>"), ("Precedence", "list"), ("List-Unsubscribe", "<mailto:sympa@ac-toulouse.fr?subject=unsubscribe%20lettre-dane>")])

M(("Michel Estève", "michel.esteve@ac-montpellier.fr"), "Lu : Email with new password not arriving",
"""Votre message

  À : support@assistance.example.fr
  Objet : Email with new password not arriving
  Envoyé : 02/12/2024 09:14

a été lu le 02/12/2024 09:31.
""", "automated", False, None, "occ", None, False, "fr",
"Read receipt: not written by a person for us.", client="ol", enc="qp", html="alt",
headers=[("Auto-Submitted", "auto-replied")])

M(("Plateforme e-signature", "no-reply@esign.example.fr"), "Document signé : convention d'adhésion 2025",
"""Bonjour,

Le document "Convention d'adhésion 2025 - Lycée Jean Dupuy" a été signé par
toutes les parties. Vous pouvez le télécharger depuis votre espace.

Ceci est un message automatique.
""", "automated", False, None, None, "esignature", True, "fr",
"E-signature completion notification from a no-reply sender, no Auto-Submitted header: only the wording shows it is automatic.",
client="bot", html="alt", enc="qp")

M(("Hélène Castan", "helene.castan@ac-toulouse.fr"), "Absente",
"""Bonjour,
Je suis en formation jusqu'au 15/01 et ne lirai pas mes messages. En cas
d'urgence : dane@ac-toulouse.fr
H. Castan
""", "automated", False, None, "occ", None, True, "fr",
"Out-of-office set by a client-side rule: no Auto-Submitted or In-Reply-To; only the wording shows it is automatic.",
client="tb")

M(("postmaster", "postmaster@ac-nice.fr"), "Message non remis",
"""Votre message n'a pas pu être remis à ces destinataires :

  ce.0060148X@ac-nice.fr
  Le destinataire est introuvable.

Objet : [#SUP-010377] Réinitialisation
""", "automated", False, None, "paca", None, True, "fr",
"Plain-text bounce from postmaster; the returned address holds 0060148X, a wrong check letter (the digits give 0060148D), so no UAI; region from the ac-nice.fr sender domain.",
client="bot", enc="8bit", rp="<>")

M(("Sympa", "sympa@ac-montpellier.fr"), "Liste ian-doc : résultat de votre commande",
"""Votre abonnement à la liste ian-doc@ac-montpellier.fr a bien été pris en
compte. Message automatique du gestionnaire de listes.
""", "automated", False, None, "occ", None, False, "fr",
"Mailing-list software confirmation.", client="bot", enc="8bit",
headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

M(("Gilles Mathieu", "gilles.mathieu@ac-montpellier.fr"), "[ian-doc] Mot de passe e-sidoc perdu au collège de Ganges ?",
"""Bonjour à tous,

Quelqu'un sait-il comment récupérer le mot de passe e-sidoc d'un collège
quand la documentaliste est partie ? Cas au collège de Ganges.

Gilles
""", "automated", False, None, "occ", "esidoc", True, "fr",
"A real question, but posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us, never answered; region from ac-montpellier.fr.",
client="tb", headers=[("List-Id", "Liste des IAN documentation <ian-doc.ac-montpellier.fr>"), ("Precedence", "list"), ("List-Post", "<mailto:ian-doc@ac-montpellier.fr>")],
to=[("ian-doc", "ian-doc@ac-montpellier.fr")])

M(("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Nouvelle commande à valider",
"""Une nouvelle commande (n° 24-3610) est en attente de votre validation.
Connectez-vous à votre espace pour la consulter.

Message automatique - ne pas répondre.
""", "automated", False, None, None, "espace_acheteur", False, "fr",
"Platform notification forwarded back to the desk by a routing rule; auto-generated.", client="bot", html="alt", enc="qp",
headers=[("Auto-Submitted", "auto-generated")])

M(("Corinne Abadie", "corinne.abadie@ac-toulouse.fr"), "Out of Office: Challenge Mailinblack",
"""Je suis en inspection dans les écoles jusqu'au vendredi 20 décembre.
I am away until Friday 20 December.
""", "automated", False, None, "occ", None, True, "fr",
"Out-of-office whose subject names MailInBlack: automated, not mailinblack_spam.",
client="zb", enc="qp", html="alt", headers=[("Auto-Submitted", "auto-replied")], reply=True)

M(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ac-aix-marseille.fr"), "Non remis : [#SUP-010402] Facture",
"""Votre message n'a pas pu être remis à un ou plusieurs destinataires.

comptabilite.lycee@ac-aix-marseille.fr
Le serveur a refusé le message : boîte aux lettres désactivée.

Informations de diagnostic pour les administrateurs :
Serveur de génération : EXCH02.ac-aix-marseille.fr
Remote Server returned '550 5.2.1 Mailbox disabled'
""", "automated", False, None, "paca", None, False, "fr",
"Exchange non-delivery report from an académie server; region from the ac-aix-marseille.fr sender domain.",
client="bot", html="alt", enc="qp", headers=[("Auto-Submitted", "auto-replied")], rp="<>")

M(("Calendrier Zimbra", "calendar-noreply@ac-nice.fr"), "Rappel : Réunion IAN - commandes groupées",
"""Rappel de rendez-vous

Réunion IAN - commandes groupées
Date : jeudi 12 décembre 2024, 14:00 - 16:00
Lieu : Rectorat de Nice, salle 3

Vous recevez ce rappel car vous êtes invité.
""", "automated", False, None, "paca", None, False, "fr",
"Calendar reminder sent by a server; region from the ac-nice.fr domain.", client="bot", enc="qp",
headers=[("Auto-Submitted", "auto-generated")])

M(("Service des achats", "achats@ac-toulouse.fr"), "Accusé de réception de votre message",
"""Bonjour,

Votre message a bien été reçu par le service académique des achats. Il sera
traité dans les meilleurs délais. Ceci est une réponse automatique.
""", "automated", False, None, "occ", None, False, "fr",
"Automatic acknowledgment from a rectorat functional mailbox.", client="ol", enc="qp", html="alt",
headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], reply=True)

M(("Portail tickets", "notifications@tickets.example.fr"), "Your ticket #4471 has been updated",
"""Hello,

Ticket #4471 "Activation email not received" has been updated by a support
agent. Log in to the ticket portal to see the reply.

This is an automated message.
""", "automated", False, None, None, "ticket_portal", False, "en",
"English ticket-portal notification.", client="bot", html="alt", enc="qp", headers=[("Auto-Submitted", "auto-generated")])

M(("Hugo Lemaire", "hugo.lemaire@ac-nice.fr"), "Automatic reply: Data transfer error",
"""Thank you for your message. I am on leave until 2 January.
Urgent DSI requests: dsi-assistance@ac-nice.fr
""", "automated", False, None, "paca", None, False, "en",
"English out-of-office.", client="ol", enc="qp", html="alt", headers=[("Auto-Submitted", "auto-replied")], reply=True)

M(("Mail Delivery System", "Mailer-Daemon@mail.laregion.example.fr"), "Mail delivery failed: returning message to sender",
None, "automated", False, None, None, None, False, "en",
"Exim-style bounce from a regional council server, as multipart/report.",
kind="dsn", rcpt="numerique.lycees@laregion.example.fr", status="5.0.0", diag="550 Address not found",
orig_subject="[#SUP-010431] Commande groupée lycées")
# ---------------------------------------------------------------- other
M(("Christine Marty", "christine.marty@ac-montpellier.fr"), "Re: [#SUP-009140] Mail de réinitialisation",
"""Bonjour,

C'est bon, le mail est finalement arrivé et j'ai pu changer le mot de passe.
Merci beaucoup pour votre aide !

Christine

Le 06/11/2024 à 15:02, Assistance a écrit :
> Nous avons transmis votre demande à l'équipe de votre région.
""", "other", False, None, "occ", None, True, "fr",
"Thanks only, quoting a reset thread: 'mot de passe' appears but nothing is asked; region from the domain.",
client="tb", reply=True)

M(("Security Team", "security@ac-montpellier-webmail.com"), "Votre boîte académique sera désactivée",
"""Cher utilisateur,

Votre boîte aux lettres a atteint sa limite. Pour éviter la désactivation,
confirmez votre identifiant et votre mot de passe sous 24 heures :
http://ac-montpellier-webmail.com/verify

Service informatique
""", "other", False, None, None, None, True, "fr",
"Phishing: asks to confirm a password from a look-alike domain which is not an académie domain, so no region.",
client="bot", html="alt", enc="qp", auth="fail")

M(("Laure Chabert", "laure.chabert@ac-aix-marseille.fr"), "Invitation : journée académique des achats publics",
"""Bonjour,

Le service académique des achats organise le 23 janvier une journée
d'information sur les achats publics dans les EPLE. Seriez-vous disponibles
pour présenter l'Espace Acheteur pendant 30 minutes ?

Laure Chabert
Rectorat d'Aix-Marseille
""", "other", False, None, "paca", "espace_acheteur", False, "fr",
"Invitation to present the product at an event: not a support request.", client="tb")

M(("Jean Dupré", "jean.dupre@ac-toulouse.fr"), "Question RGPD",
"""Bonjour,

En tant que DPD académique adjoint, je souhaiterais savoir où sont hébergées
les données des élèves saisies dans le portail documentaire et si un registre
de traitement est disponible pour les établissements.

Jean Dupré
Délégation à la protection des données - Rectorat de Toulouse
""", "other", False, None, "occ", "esidoc", False, "fr",
"GDPR hosting question from the académie DPO: not in any support category.", client="ol", html="alt", enc="qp")

M(("SEO Experts", "growth@rank-boost.example.com"), "Boost your school website traffic",
"""Hi,

We noticed your website is not ranking on Google's first page. Our team can
get you there in 30 days, guaranteed. Reply YES for a free audit.

Best,
Mike
""", "other", False, None, None, None, False, "en",
"English SEO spam.", client="bot", html="only")

M(("Sophie Laffont", "sophie.laffont@ac-nice.fr"), "Suggestion d'amélioration",
"""Bonjour,

Ce serait bien que l'export des statistiques de prêt du portail puisse se
faire par classe et pas seulement par niveau. Est-ce prévu ?

Sophie Laffont, IAN documentation, Nice
""", "other", False, None, "paca", "esidoc", False, "fr",
"Feature suggestion: no support category fits.", client="gm", html="alt", enc="qp")

M(("Yannick Fourcade", "yannick.fourcade@ac-toulouse.fr"), "Convention avec le nom du mauvais établissement",
"""Bonjour,

La convention reçue pour signature électronique porte le nom du lycée
Marie Curie alors qu'il s'agit du lycée Jean Moulin (0825173C). Qui peut
corriger le document ?

Yannick Fourcade
""", "other", False, "0825173C", "occ", "esignature", True, "fr",
"The convention to e-sign carries a wrong establishment name: about a convention, but not access to documents, so other.",
client="ol", html="alt", enc="qp")

M(("Unpaid invoices", "billing@invoices-paid.example.net"), "Facture impayée n° 88213 - relance",
"""Bonjour,

Sauf erreur, la facture ci-jointe reste impayée. Merci de procéder au
règlement sous 48 heures pour éviter des frais.

Service recouvrement
""", "other", False, None, None, None, True, "fr",
"Fake unpaid-invoice mail with an attachment from an unknown sender: phishing, not order_billing.",
client="bot", html="alt", enc="qp", auth="fail", attach=[("Facture_88213.pdf.html", "text", "html")])

M(("Anne Cousinié", "anne.cousinie@ac-toulouse.fr"), "Demande de statistiques d'usage",
"""Bonjour,

Pour le bilan annuel de la DANE, pourriez-vous nous fournir les statistiques
de connexion au portail documentaire par établissement pour l'année 2024 ?

Anne Cousinié
DANE Toulouse
""", "other", False, None, "occ", "esidoc", False, "fr",
"Usage statistics request for a DANE report.", client="zb", html="alt", enc="qp")

M(("Mark Stevens", "mark.stevens@edtech-partners.example.com"), "Partnership proposal",
"""Dear team,

We develop reading apps for secondary schools and would like to discuss
integrating our catalogue into your library portal for the Occitanie and
PACA regions. Would you have 20 minutes next week?

Kind regards,
Mark Stevens
""", "other", False, None, None, "esidoc", False, "en",
"English partnership proposal from a vendor.", client="gm", html="alt", enc="qp")

M(("Josiane Lafon", "ce.0464739B@ac-toulouse.fr"), "Re: mailinblack",
"""Merci, tout fonctionne maintenant. Bonne fin de journée.
Le secrétariat

> Bonjour, voici le guide pour autoriser nos adresses dans Mailinblack.
""", "other", False, "0464739B", "occ", None, True, "fr",
"Thanks only, quoting a MailInBlack answer: nothing is asked; UAI from the ce.<UAI> sender.",
client="zb", html="alt", enc="qp", reply=True)


# ================================================================ wrapping (headers + transfer encoding)
UAI_RE = re.compile(r"(?<![0-9A-Z])(\d{7}[A-Z])(?![0-9A-Z])")


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(n))


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


def message_id(client, domain):
    if client == "gm":
        return "<CA%s@mail.gmail.com>" % ralnum(40)
    if client == "ol":
        return "<%s$%s$%s@%s>" % (rhex(12), rhex(8), rhex(8), domain)
    if client in ("am", "iph"):
        return "<%s-%s-%s@%s>" % (rhex(8).upper(), rhex(4).upper(), rhex(12).upper(), domain)
    return "<%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(12), domain)


def attachment_bytes(fname, maintype, subtype):
    if subtype == "pdf":
        return ("%%PDF-1.4\n%% %s\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % fname).encode()
    if maintype == "text":
        return ("2024-12-03 02:00:01 transfert demarre\n2024-12-03 02:05:01 erreur 504 timeout\n" if subtype == "plain"
                else "<html><body><form action='http://invoices-paid.example.net/login'>Mot de passe <input></form></body></html>\n").encode()
    return bytes(RNG.randrange(256) for _ in range(600))


def headers_top(m, date, domain):
    frm = m["frm"][1]
    rp = m["kw"].get("rp", "<%s>" % frm)
    auth = m["kw"].get("auth", "pass")
    ip = "203.0.113.%d" % RNG.randrange(2, 250)
    qid = ralnum(15)
    h = [("Return-Path", rp), ("Delivered-To", SUPPORT),
         ("Received", "from mail.%s (mail.%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s for <%s>; %s"
          % (domain, domain, ip, qid, SUPPORT, format_datetime(date + timedelta(seconds=RNG.randrange(5, 40)))))]
    if auth == "pass":
        h.append(("Authentication-Results", "mx1.assistance.example.fr; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (domain, domain, domain)))
    else:
        h.append(("Authentication-Results", "mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; dmarc=fail (p=quarantine) header.from=%s" % (domain, domain)))
    return h


def build(m):
    kw = m["kw"]
    client = kw.get("client", "tb")
    domain = m["frm"][1].split("@")[1]
    date = datetime(2024, 9, 2, 7, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(
        days=RNG.randrange(0, 130), minutes=RNG.randrange(0, 660))
    if date.month >= 11 or (date.month == 10 and date.day > 27):
        date = date.astimezone(timezone(timedelta(hours=1)))
    mid = message_id(client, domain)
    if kw.get("kind") == "dsn":
        return build_dsn(m, date, domain, mid)
    msg = EmailMessage()
    for k, v in headers_top(m, date, domain):
        msg[k] = v
    msg["Message-ID"] = mid
    msg["Date"] = format_datetime(date)
    msg["From"] = formataddr(m["frm"])
    msg["To"] = ", ".join(formataddr(a) for a in kw.get("to", [("", SUPPORT)])) if kw.get("to") else SUPPORT
    if kw.get("cc"):
        msg["Cc"] = ", ".join(formataddr(a) for a in kw["cc"])
    if kw.get("reply_to"):
        msg["Reply-To"] = formataddr(kw["reply_to"])
    msg["Subject"] = m["subject"]
    if kw.get("reply"):
        ref = "<SUP-%06d.%d.%s@assistance.example.fr>" % (RNG.randrange(8000, 10500), int(date.timestamp()) - 86400, rhex(6))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENT_HEADERS[client]:
        msg[k] = v if v is not None else ralnum(30) + "=="
    if client in ("tb", "tb2", "ol"):
        msg["Content-Language"] = "en-US" if m["lang"] == "en" else "fr"
    for k, v in kw.get("headers", []):
        msg[k] = v
    cte = {"8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}[kw.get("enc", "8bit")]
    html = kw.get("html")
    if html == "only":
        msg.set_content(to_html(m["body"]), subtype="html", cte=cte)
    else:
        msg.set_content(m["body"], cte=cte)
        if html == "alt":
            msg.add_alternative(to_html(m["body"]), subtype="html", cte=cte)
    for fname, maintype, subtype in kw.get("attach", []):
        data = attachment_bytes(fname, maintype, subtype)
        if maintype == "text":
            msg.add_attachment(data.decode(), subtype=subtype, filename=fname, cte="base64")
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes(policy=policy.default)


def build_dsn(m, date, domain, mid):
    kw = m["kw"]
    b = "=_dsn_%s" % rhex(16)
    orig_mid = "<SUP-%06d.%d.%s@assistance.example.fr>" % (RNG.randrange(8000, 10500), int(date.timestamp()) - 3600, rhex(6))
    host = "mail." + domain
    text = (
        "This is the mail system at host %s.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        "<%s>: host %s said: %s\n" % (host, kw["rcpt"], host, kw["diag"]))
    lines = [
        "Return-Path: <>",
        "Delivered-To: " + SUPPORT,
        "Received: from %s (%s [198.51.100.%d]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s for <%s>; %s"
        % (host, host, RNG.randrange(2, 250), ralnum(15), SUPPORT, format_datetime(date)),
        "Authentication-Results: mx1.assistance.example.fr; dkim=none; spf=pass smtp.helo=%s; dmarc=none" % host,
        "Message-ID: " + mid,
        "Date: " + format_datetime(date),
        "From: %s <%s>" % m["frm"],
        "To: " + SUPPORT,
        "Subject: " + m["subject"],
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % b,
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--" + b,
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        text,
        "--" + b,
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; " + host,
        "Arrival-Date: " + format_datetime(date - timedelta(minutes=1)),
        "",
        "Final-Recipient: rfc822; " + kw["rcpt"],
        "Action: " + ("delayed" if kw["status"].startswith("4") else "failed"),
        "Status: " + kw["status"],
        "Diagnostic-Code: smtp; " + kw["diag"],
        "",
        "--" + b,
        "Content-Description: Undelivered Message Headers",
        "Content-Type: text/rfc822-headers",
        "",
        "From: Assistance <%s>" % SUPPORT,
        "To: " + kw["rcpt"],
        "Subject: " + kw["orig_subject"],
        "Message-ID: " + orig_mid,
        "Auto-Submitted: auto-replied",
        "",
        "--" + b + "--",
        "",
    ]
    raw = "\n".join(lines)
    # encode non-ASCII subject parts if any (hand-written subjects here are ASCII except orig_subject)
    return raw.encode("utf-8") if all(ord(c) < 128 for c in raw) else _dsn_encode(raw)


def _dsn_encode(raw):
    from email.header import Header
    out = []
    for line in raw.split("\n"):
        if line.startswith("Subject: ") and not line.isascii():
            line = "Subject: " + Header(line[9:], "utf-8").encode()
        out.append(line)
    return "\n".join(out).encode("ascii")


# ================================================================ write
def main():
    random.seed(87)  # the email package draws MIME boundaries from the global generator
    mails = list(MAILS)
    RNG.shuffle(mails)
    labels = []
    for i, m in enumerate(mails, 1):
        name = "h%03d.eml" % i
        data = build(m)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels.append({"file": name, "category": m["cat"], "auto_reply_ok": m["auto"], "uai": m["uai"],
                       "region": m["region"], "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    check()


# ================================================================ checks
def visible_text(msg):
    parts = []
    for h in ("Subject", "From", "To", "Cc", "Reply-To"):
        if msg[h] is not None:
            parts.append(str(msg[h]))
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            c = part.get_content()
            if part.get_content_subtype() == "html":
                c = htmlmod.unescape(re.sub(r"<[^>]+>", " ", c))
            parts.append(c)
        elif part.get_content_type() == "message/delivery-status":
            for sub in part.get_payload():
                parts.append(str(sub))
    return "\n".join(parts)


def all_defects(msg):
    d = list(msg.defects)
    for part in msg.walk():
        d.extend(part.defects)
        for k in part.keys():
            v = part[k]
            d.extend(getattr(v, "defects", ()))
    return d


def check():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f]
    assert len(labels) == 150, len(labels)
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    keys = {"file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"}
    cats = set()
    n_en = 0
    for lab in labels:
        f = lab["file"]
        assert set(lab) == keys, (f, set(lab) ^ keys)
        assert lab["category"] in CATEGORIES, f
        cats.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        n_en += lab["lang"] == "en"
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 10, f
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, f
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        assert not all_defects(msg), (f, all_defects(msg))
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        assert msg["Date"].datetime is not None, f
        text = visible_text(msg)
        up = text.upper()
        squeezed = re.sub(r"[\s]", "", up)
        uai = lab["uai"]
        if uai is not None:
            assert uai_ok(uai), (f, uai)
            assert uai in up or uai in squeezed, (f, uai, "labelled uai not in the mail")
        for code in set(UAI_RE.findall(up)):
            if code == uai:
                continue
            if uai_ok(code):
                assert code in lab["notes"], (f, code, "valid UAI in text not explained in notes")
            else:
                assert "wrong check letter" in lab["notes"] and code in lab["notes"], (f, code, "wrong code not explained")
        if "wrong check letter" in lab["notes"]:
            wrong = [c for c in UAI_RE.findall(lab["notes"]) if not uai_ok(c)]
            assert wrong, (f, "no wrong code in notes")
            for c in wrong:
                assert c in up, (f, c, "wrong code not in mail")
        sender_domain = msg["From"].addresses[0].domain.lower()
        if uai is not None:
            expected = DEPT_REGION[uai[:3]]
        else:
            expected = DOMAIN_REGION.get(sender_domain)
        assert lab["region"] == expected, (f, lab["region"], expected)
    assert cats == set(CATEGORIES), set(CATEGORIES) - cats
    assert 10 <= n_en <= 25, n_en
    print("ok: 150 mails;", {c: sum(l["category"] == c for l in labels) for c in CATEGORIES},
          "en:", n_en, "hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()
