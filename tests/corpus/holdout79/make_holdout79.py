#!/usr/bin/env python3
"""Build the holdout79 blind test corpus: substitute and trainee staff arriving
mid-year (contractuels, stagiaires, remplaçants, AED, gestionnaires on short
contracts) in Île-de-France and Grand Est.

Every mail text below is hand-written; this script only wraps each text in
headers and a transfer encoding, writes h001.eml … h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.
Standard library only, deterministic (fixed seed).
"""
import base64
import html
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(790079)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
IDF, GE = "ile-de-france", "grand-est"
DESK = "Assistance <support@assistance.example.fr>"

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
    "la-reunion": "974", "mayotte": "976",
}
PREFIX_REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        PREFIX_REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": GE, "ac-reims.fr": GE, "ac-strasbourg.fr": GE,
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": IDF, "ac-paris.fr": IDF, "ac-versailles.fr": IDF,
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
    "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}
CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}


def uai_valid(code):
    return (len(code) == 8 and code[:7].isdigit()
            and code[7].upper() == LETTERS[int(code[:7]) % 23])


MAILS = []


def m(cat, ar, uai, region, plat, hard, lang, notes, frm, subj, body, **kw):
    """Record one hand-written mail and its label."""
    MAILS.append(dict(cat=cat, ar=ar, uai=uai, region=region, plat=plat, hard=hard,
                      lang=lang, notes=notes, frm=frm, subj=subj, body=body, kw=kw))

# ---------------------------------------------------------------- password_reset
m("password_reset", True, "0750695Y", IDF, "esidoc", False, "fr",
  "A contract librarian replacing a colleague on maternity leave never received the e-sidoc password; UAI in the body, standard reset path.",
  "Camille Roussel <camille.roussel@ac-paris.fr>",
  "Mot de passe e-sidoc - remplacement au CDI",
  """Bonjour,

Je suis professeure documentaliste contractuelle et je remplace depuis lundi Mme Lefort, en congé maternité, au collège Jean-Baptiste Say (UAI 0750695Y).

Personne au collège ne connaît le mot de passe du compte administrateur e-sidoc : ma collègue le gardait dans un carnet qu'elle a emporté. Pouvez-vous m'indiquer comment le réinitialiser ?

Merci d'avance,

Camille Roussel
Professeure documentaliste (remplaçante)
Collège J.-B. Say - Paris 16e
""", c="zimbra", h="alt")

m("password_reset", True, "0931086A", IDF, "esidoc", True, "fr",
  "Trainee librarian, no accents, 'mdp' and typos; the UAI appears only in the signature.",
  "Yanis Belkacem <yanis.belkacem@ac-creteil.fr>",
  "mdp esidoc",
  """bonjour

je suis prof doc stagiaire depuis la rentree de novembre et on me dit que l identifiant c est un numero d etablissement ?? jai essayé plusieurs trucs ca marche pas et le mdp personne le connait

comment on fait pour en avoir un nouveau svp

merci
yanis

--
Yanis Belkacem
Professeur documentaliste stagiaire
College Paul Eluard - Montreuil
RNE 0931086A
""", c="tb", enc="8bit")

m("password_reset", True, "0941107T", IDF, "espace_acheteur", False, "fr",
  "New gestionnaire on a short contract: Espace Acheteur password expired and the old one unknown; UAI given.",
  "Nathalie Ferreira <nathalie.ferreira@ac-creteil.fr>",
  "Espace acheteur : mot de passe expiré",
  """Bonjour,

Arrivée au lycée Guillaume Budé (0941107T) comme gestionnaire en CDD jusqu'en juin, je dois passer une commande sur l'Espace Acheteur mais le site m'indique que le mot de passe a expiré. Je n'ai évidemment pas l'ancien, mon prédécesseur est parti sans faire de passation.

Pourriez-vous me transmettre un lien de réinitialisation ?

Cordialement,
Nathalie Ferreira
Adjointe gestionnaire (contractuelle)
Lycée Guillaume Budé - Limeil-Brévannes
Tél. 01 45 69 00 00
""", c="outlook", h="alt", enc="qp")

m("password_reset", True, "0781531R", IDF, "esidoc", False, "en",
  "English: a contract librarian in an international section forgot the e-sidoc back-office password; UAI given.",
  "Helen Marsh <helen.marsh@ac-versailles.fr>",
  "Forgotten password for the library portal",
  """Hello,

I started last month as a temporary librarian in the British section of our lycée (school code 0781531R). I was given the e-sidoc login on a post-it but I have since forgotten the password, and after three attempts I'd rather not lock the account.

Could you please send me a reset link, or tell me how to get one?

Many thanks,
Helen Marsh
Library / CDI - British Section
""", c="gmail", h="alt", enc="qp")

m("password_reset", True, "0672111F", GE, "esidoc", False, "fr",
  "Account locked after too many attempts by a substitute librarian; UAI in the body.",
  "Lucas Hoffmann <lucas.hoffmann@ac-strasbourg.fr>",
  "Compte e-sidoc bloqué",
  """Bonjour,

Remplaçant au CDI du collège Lucie Berger (UAI 0672111F) pour trois semaines, j'ai essayé plusieurs mots de passe trouvés dans le classeur de ma collègue et le compte est maintenant bloqué.

Est-il possible de le débloquer ou de recevoir un lien pour en définir un nouveau ?

Merci beaucoup,
Lucas Hoffmann
""", c="tb", enc="8bit")

m("password_reset", True, None, GE, "esidoc", True, "fr",
  "The code 0541196H has a wrong check letter (the digits give 0541196G), so there is no UAI; region from the ac-nancy-metz.fr sender; the no-UAI reset path (head's written request) can be explained automatically.",
  "Sophie Marchal <sophie.marchal1@ac-nancy-metz.fr>",
  "Perte mot de passe portail CDI",
  """Bonjour,

Je suis AED et la principale m'a confié le CDI le temps qu'un documentaliste soit nommé. Je n'ai pas le mot de passe du portail e-sidoc, l'ancien documentaliste est parti en mutation.

Notre numéro d'établissement : 0541196H.

Merci de m'indiquer la marche à suivre.

Sophie Marchal
AED - Collège Jacques Callot
""", c="outlook", enc="qp")

m("password_reset", True, "0920767J", IDF, "esidoc", True, "fr",
  "Negation: not the académie mail password but the e-sidoc one, which the new contract librarian never had.",
  "Inès Dubreuil <ines.dubreuil@ac-versailles.fr>",
  "Re: identifiants",
  """Bonjour,

Je précise car on m'a déjà renvoyée vers la DSI du rectorat : ce n'est pas mon mot de passe de messagerie académique qui pose problème (celui-là fonctionne), c'est le mot de passe du compte administrateur du portail e-sidoc du lycée. On ne me l'a jamais transmis à mon arrivée en janvier.

UAI : 0920767J

Merci,
Inès Dubreuil
Professeure documentaliste contractuelle
Lycée Michelet, Vanves
""", c="gmail", h="alt", enc="b64")

m("password_reset", True, "0510370A", GE, "esidoc", True, "fr",
  "Reply on an earlier subscription ticket (quoted), but the new message clearly asks something else: a lost e-sidoc password.",
  "Julie Perrin <julie.perrin@ac-reims.fr>",
  "RE: [#SUP-011842] Abonnement Cafeyn non visible",
  """Bonjour,

Merci, l'abonnement apparaît bien maintenant.

Par contre autre souci : ma collègue remplaçante (Mme Gomez, arrivée lundi) doit se connecter pendant mon absence et je me rends compte que je ne me souviens plus du mot de passe administrateur, je l'avais enregistré dans le navigateur de l'ancien ordinateur. Pouvez-vous nous envoyer un lien de réinitialisation ? UAI 0510370A.

Julie Perrin
CDI - Lycée Jean Jaurès, Reims

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 10:02
À : Julie Perrin <julie.perrin@ac-reims.fr>
Objet : [#SUP-011842] Abonnement Cafeyn non visible

Bonjour,

Les abonnements commandés sont activés dans un délai de 72 heures. Votre commande du 10 janvier est désormais active.

Cordialement,
L'équipe d'assistance
""", c="outlook", h="alt", enc="qp", irt=True)

m("password_reset", True, "0771892N", IDF, "esidoc", True, "fr",
  "The UAI appears only in the lower-case ce.<UAI>@ac-creteil.fr sender; the secretariat asks for the link on the official address for the new contract librarian.",
  "Secrétariat - Collège Les Tournelles <ce.0771892n@ac-creteil.fr>",
  "Demande de lien de réinitialisation",
  """Bonjour,

Le collège accueille depuis le 6 janvier une professeure documentaliste contractuelle, Mme Aubert. Elle n'a pas accès au compte administrateur du portail documentaire.

Pourriez-vous envoyer le lien de réinitialisation du mot de passe sur la présente adresse de l'établissement ? Nous le lui transmettrons.

Bien cordialement,

Le secrétariat de direction
""", c="zimbra", h="alt")

m("password_reset", True, "0880807Z", GE, "esidoc", False, "fr",
  "Reset link expired before the substitute could use it (teaching all day); asks for a new one.",
  "Maxime Grandjean <maxime.grandjean@ac-nancy-metz.fr>",
  "Lien expiré",
  """Bonjour,

J'ai bien reçu hier le lien pour changer le mot de passe e-sidoc du lycée Louis Lapicque (0880807Z) mais j'étais en remplacement toute la journée et quand je l'ai ouvert ce matin il était expiré.

Pouvez-vous en renvoyer un ? Je le fais dès réception cette fois.

Merci
Maxime Grandjean
""", c="iphone", enc="qp")

m("password_reset", True, "0570550N", GE, "espace_acheteur", False, "fr",
  "Espace Acheteur login unknown: the former gestionnaire used her own address; UAI given.",
  "Aurélie Klein <aurelie.klein@ac-nancy-metz.fr>",
  "Identifiant Espace Acheteur inconnu",
  """Bonjour,

Je viens d'être recrutée en contrat de six mois au service intendance du lycée Robert Schuman de Metz (UAI 0570550N). L'ancienne gestionnaire s'était inscrite sur l'Espace Acheteur avec son adresse personnelle et personne ne sait avec quel identifiant se connecter.

Comment récupérer l'accès ?

Merci par avance,
Aurélie Klein
Service gestion
""", c="outlook", h="only", enc="qp", charset="windows-1252")

m("password_reset", False, "0670422V", GE, "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password, explicitly not the daily maintenance password (transfer_incident); no reset template for this product, so a person answers.",
  "Thomas Weber <t.weber@institution-saint-joseph.example.fr>",
  "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je remplace notre responsable informatique pendant son arrêt maladie. Je n'ai pas le mot de passe du compte administrateur EcoleDirecte de l'établissement (UAI 0670422V).

Attention, je ne parle pas du mot de passe de maintenance du jour (celui-là je sais le demander), mais bien du compte d'administration de la plateforme.

Merci de votre aide,
Thomas Weber
Technicien - Institution Saint-Joseph, Strasbourg
""", c="outlook", h="alt", enc="qp")

m("password_reset", True, None, None, "esidoc", False, "en",
  "English: a trainee from abroad cannot get in after the password expired; personal address and no UAI, so no region.",
  "Emma Doyle <emma.doyle.lib@gmail.com>",
  "Password expired - can't log in",
  """Hi,

I'm doing a six-month library traineeship at a lycée in Strasbourg and my supervisor asked me to update the portal. The site says the password has expired and asks for the old one, which I never had.

How can I get a new password? My supervisor is on a training course this week.

Thanks,
Emma
""", c="gmail", h="alt", enc="b64")

m("password_reset", True, "0911606B", IDF, "esidoc", False, "fr",
  "Very short phone message: lost e-sidoc password, UAI given.",
  "Paul Ngo <paul.ngo@ac-versailles.fr>",
  "mdp",
  """Bjr, mdp esidoc perdu, je suis le remplaçant au CDI. UAI 0911606B. Merci

Envoyé de mon iPhone
""", c="iphone", enc="qp")

m("password_reset", True, "0752979F", IDF, "esidoc", True, "fr",
  "The UAI is written with spaces ('0752 979 F'); the label is the joined code.",
  "Marion Tessier <marion.tessier@ac-paris.fr>",
  "Accès au portail documentaire",
  """Bonjour,

Je suis arrivée au lycée Racine en remplacement de M. Giraud. Je n'ai ni l'identifiant ni le mot de passe du compte e-sidoc. Le numéro RNE indiqué sur le tampon du lycée est : 0752 979 F.

Pouvez-vous m'aider à récupérer l'accès ?

Bien à vous,
Marion Tessier
""", c="apple", enc="qp")

m("password_reset", False, "0100734U", GE, "esidoc", False, "fr",
  "Reply after the automatic answer: the link went to the school's official mailbox, which the new secretary cannot open either; a person must take over.",
  "Claire Mathieu <claire.mathieu@ac-reims.fr>",
  "Re: [#SUP-012077] Mot de passe e-sidoc",
  """Bonjour,

Merci pour la réponse mais la secrétaire est elle aussi nouvelle (contrat depuis janvier) et n'a pas encore les accès à la boîte ce. du collège, la DSI dit qu'il faut compter deux semaines. Je suis bloquée d'ici là.

Y a-t-il une autre solution ?

Claire Mathieu, documentaliste remplaçante, collège Paul Langevin, Romilly (0100734U)

Le 21/01/2025 à 09:14, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> votre établissement (c***@ac-****.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", c="tb", enc="8bit", irt=True)

m("password_reset", False, "0952935Z", IDF, "esidoc", False, "fr",
  "Asks for the password to be sent to a personal Gmail address because her académie mailbox is not yet open: no automatic answer may do that.",
  "Leila Haddou <leila.haddou95@gmail.com>",
  "Besoin du mot de passe du CDI",
  """Bonjour,

Je commence lundi comme documentaliste contractuelle au collège Jules Ferry de Garges (UAI 0952935Z). Je n'ai pas encore mon adresse académique, le rectorat dit 10 jours.

Pouvez-vous m'envoyer directement le mot de passe du portail sur cette adresse Gmail s'il vous plaît ? Sinon je ne peux rien préparer pour la rentrée des vacances.

Merci beaucoup
Leila
""", c="gmail", h="alt", enc="qp")

m("password_reset", True, None, IDF, "esidoc", False, "fr",
  "An AED given the library does not know what the identifier is nor the password; no UAI, region from ac-versailles.fr.",
  "Kevin Martins <kevin.martins@ac-versailles.fr>",
  "identifiant ?",
  """Bonjour,

On m'a demandé de m'occuper du CDI en attendant l'arrivée d'un documentaliste. Sur la page de connexion e-sidoc on me demande un identifiant et un mot de passe, je n'ai ni l'un ni l'autre et je ne sais même pas ce qu'est l'identifiant.

Pouvez-vous m'expliquer ?

Kevin Martins
Assistant d'éducation
""", c="outlook", enc="qp")

m("password_reset", False, "0522999C", GE, "espace_acheteur", True, "fr",
  "Two topics: lost Espace Acheteur password (first) and a copy of last term's invoice (order_billing); one template would answer only half.",
  "Sandrine Collin <sandrine.collin@ac-reims.fr>",
  "Mot de passe + facture",
  """Bonjour,

Nouvelle gestionnaire par intérim au collège Louise Michel de Chaumont (0522999C), j'ai deux demandes :

1) je n'arrive pas à me connecter à l'Espace Acheteur, le mot de passe de ma prédécesseure ne fonctionne plus ;
2) l'agent comptable me réclame un duplicata de la facture de septembre (fournitures), que je ne trouve pas dans les archives.

Merci de votre aide,
Sandrine Collin
""", c="zimbra", h="alt")

m("password_reset", True, "0781593H", IDF, "esidoc", False, "en",
  "English: an IT contractor reports the librarian's e-sidoc account locked and asks for the reset procedure; UAI given.",
  "Daniel Price <d.price@itservices-yvelines.example.com>",
  "Locked account - library portal (0781593H)",
  """Good morning,

I work for the IT contractor that supports the collège in Le Chesnay (UAI 0781593H). The new librarian, who started on a short contract last week, locked the e-sidoc admin account after several failed logins.

Could you tell us how to unlock it or send the reset link to the school's address?

Kind regards,
Daniel Price
Field technician
""", c="outlook", h="alt", enc="qp")

m("password_reset", True, "0681365P", GE, "esidoc", False, "fr",
  "All capitals, no accents: forgotten password; UAI given.",
  "CDI LYCEE SCHWEITZER <cdi.schweitzer@gmail.com>",
  "MOT DE PASSE OUBLIE",
  """BONJOUR
JE SUIS LA REMPLACANTE DE MME MULLER AU CDI DU LYCEE ALBERT SCHWEITZER MULHOUSE
UAI 0681365P
MOT DE PASSE OUBLIE IMPOSSIBLE DE ME CONNECTER
MERCI DE ME RECONTACTER
""", c="gmail", h="alt", enc="qp")

m("password_reset", True, "0912540S", IDF, "esidoc", True, "fr",
  "The UAI is written in lower case ('0912540s'); the label is the upper-case code.",
  "Romain Ledoux <romain.ledoux@ac-versailles.fr>",
  "reinitialisation mdp portail",
  """Bonjour,

stagiaire au lycée de Montgeron, j'ai repris le CDI en janvier. Le mot de passe noté dans la passation ne marche pas. Notre code établissement : 0912540s

Pouvez vous me renvoyer un lien ?

Merci
R. Ledoux
""", c="android", enc="b64")

m("password_reset", True, None, GE, "ticket_portal", False, "fr",
  "New gestionnaire cannot log in to the ticket portal: forgotten password; no UAI, region from ac-reims.fr.",
  "Estelle Noël <estelle.noel@ac-reims.fr>",
  "Portail de tickets : mot de passe oublié",
  """Bonjour,

J'ai été ajoutée au portail de tickets par ma collègue avant son départ mais je ne me souviens plus du mot de passe que j'ai choisi. Le bouton « mot de passe oublié » ne semble rien faire.

Merci de m'indiquer comment faire.

Estelle Noël
Gestionnaire (CDD) - Lycée Val-de-Murigny
""", c="outlook", h="alt", enc="qp")

m("password_reset", True, "0550921C", GE, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail: expired Espace Acheteur password, the old one left with the former buyer.",
  "Frédéric Humbert <frederic.humbert@ac-nancy-metz.fr>",
  "Mot de passe expiré - Espace Acheteur",
  """Bonjour,

Je suis le nouveau gestionnaire du collège Robert Aubry à Ligny-en-Barrois (UAI 0550921C), arrivé en remplacement le 3 février. Sur l'Espace Acheteur, le message « Votre mot de passe a expiré » s'affiche et on me demande l'ancien, que je n'ai pas.

Pouvez-vous réinitialiser l'accès ?

Cordialement,

Frédéric Humbert
Gestionnaire
""", c="outlook", h="only", enc="qp", charset="windows-1252")

# ------------------------------------------------------- missing_noreply_mail
m("missing_noreply_mail", True, "0751779B", IDF, "esidoc", False, "fr",
  "The activation mail for the new librarian's admin account never arrived; no anti-spam product named.",
  "Agathe Simon <agathe.simon@ac-paris.fr>",
  "Mail d'activation non reçu",
  """Bonjour,

Professeure documentaliste stagiaire au collège Georges Rouault (0751779B), j'ai demandé la création de mon accès administrateur jeudi. On m'a dit qu'un mail d'activation allait arriver, mais je n'ai rien reçu.

Merci de regarder,
Agathe Simon
""", c="zimbra", h="alt")

m("missing_noreply_mail", True, "0510268P", GE, "espace_acheteur", False, "fr",
  "The sign-up confirmation from the Espace Acheteur never came, checked junk; no product named.",
  "Manon Petitjean <manon.petitjean@ac-reims.fr>",
  "Pas de mail de confirmation",
  """Bonjour,

Je suis gestionnaire contractuelle au lycée Pierre Bayen de Châlons (0510268P). J'ai rempli le formulaire d'inscription à l'Espace Acheteur lundi, je n'ai toujours pas reçu le mail de confirmation. J'ai vérifié les courriers indésirables, rien non plus.

Cordialement,
Manon Petitjean
""", c="outlook", h="alt", enc="qp")

m("missing_noreply_mail", True, "0941665Z", IDF, "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
  "Christelle Abadie <christelle.abadie@ac-creteil.fr>",
  "Mail nouveau mot de passe jamais reçu",
  """Bonjour,

Le mail « nouveau mot de passe » de l'Espace Acheteur n'arrive jamais. Avant que vous me posiez la question : nous n'avons PAS Mailinblack au lycée, j'ai vérifié avec le référent numérique, et rien dans les spams.

Lycée Louis Armand, Nogent - UAI 0941665Z

Christelle Abadie, adjointe gestionnaire en remplacement
""", c="tb", enc="8bit")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English: a newly hired buyer at a regional council never received the activation mail; non-academic sender, no UAI, so no region.",
  "Oliver Grant <oliver.grant@region-services.example.org>",
  "Activation email never received",
  """Hello,

I joined the purchasing team on a fixed-term contract two weeks ago and registered on the Espace Acheteur on Monday. The activation email has not arrived, and it's not in my junk folder either.

Could you resend it or check that my request went through?

Best regards,
Oliver Grant
Procurement officer (fixed-term)
""", c="outlook", h="alt", enc="qp")

m("missing_noreply_mail", True, "0881974T", GE, "esidoc", True, "fr",
  "Reads like a password problem, but the reset tool works: the new-password mail never arrives, which is missing_noreply_mail.",
  "Pauline Thiébaut <pauline.thiebaut@ac-nancy-metz.fr>",
  "Problème mot de passe ??",
  """Bonjour,

Je ne sais pas si c'est un problème de mot de passe : je clique sur « mot de passe oublié », la page me dit qu'un mail a été envoyé, mais rien n'arrive. J'ai réessayé trois fois depuis hier, même dans les spams rien.

Je suis contractuelle au CDI du collège Jules Ferry d'Épinal (0881974T) depuis les vacances de Noël.

Merci,
Pauline
""", c="gmail", h="alt", enc="qp")

m("missing_noreply_mail", False, "0930476M", IDF, "espace_acheteur", False, "fr",
  "Reply after the junk-folder answer: still nothing after 48 hours, asks for a person; the template was already sent.",
  "Mehdi Saïdi <mehdi.saidi@ac-creteil.fr>",
  "RE: [#SUP-012310] Mail d'activation",
  """Bonjour,

J'ai fait tout ce qui était indiqué (indésirables, expéditeur autorisé), cela fait plus de 48 heures et toujours aucun mail d'activation. Mon contrat se termine fin mars, j'aimerais pouvoir passer les commandes avant.

Merci de transmettre à la personne qui s'occupe de notre région.

Mehdi Saïdi
Gestionnaire - Collège Jean Moulin, Aubervilliers (0930476M)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 3 février 2025 08:47
À : Mehdi Saïdi <mehdi.saidi@ac-creteil.fr>
Objet : [#SUP-012310] Mail d'activation

Bonjour,

Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse no-reply à vos expéditeurs autorisés. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

L'équipe d'assistance
""", c="outlook", h="alt", enc="qp", irt=True)

m("missing_noreply_mail", True, "0102090T", GE, "espace_acheteur", False, "fr",
  "The interim structure administrator never receives the 'account to validate' notifications.",
  "Bertrand Lemoine <bertrand.lemoine@ac-reims.fr>",
  "Notifications de validation",
  """Bonjour,

Désigné administrateur de la structure par intérim (lycée Chrestien de Troyes, 0102090T), je devrais recevoir les notifications lorsqu'un collègue s'inscrit. Deux nouveaux agents se sont inscrits cette semaine et je n'ai reçu aucun message.

Cordialement,
B. Lemoine
""", c="zimbra", h="alt")

m("missing_noreply_mail", True, None, GE, None, False, "fr",
  "Two-line mobile message: activation mail still not received; no UAI, region from ac-strasbourg.fr.",
  "Chloé Bauer <chloe.bauer@ac-strasbourg.fr>",
  "toujours rien",
  """Bonjour, toujours pas reçu le mail d'activation depuis vendredi. C bien normal ?
Chloé

Envoyé depuis Outlook pour Android
""", c="android", enc="b64")

m("missing_noreply_mail", True, None, IDF, "ticket_portal", False, "fr",
  "The ticket portal's mail to set a first password never arrived; no UAI, region from ac-creteil.fr.",
  "Josiane Lambert <josiane.lambert@ac-creteil.fr>",
  "Portail tickets - pas de mail",
  """Bonjour,

Mon collègue m'a invitée sur le portail de tickets avant de partir en formation. Je devais recevoir un mail pour choisir mon mot de passe : rien reçu, ni dans le courrier indésirable.

Josiane Lambert
Secrétaire d'intendance (remplacement)
""", c="outlook", enc="qp")

m("missing_noreply_mail", True, "0950535R", IDF, "esidoc", False, "fr",
  "The account-creation mail for the new administrator never arrived; Thunderbird, 8-bit body.",
  "Hugo Vasseur <hugo.vasseur@ac-versailles.fr>",
  "Création compte administrateur : pas de mail",
  """Bonjour,

Le proviseur a fait la demande pour que je sois administrateur du portail documentaire du lycée Camille Pissarro (UAI 0950535R) : je suis le documentaliste contractuel arrivé en décembre. Le mail de création du compte n'est jamais arrivé.

Pouvez-vous vérifier et le renvoyer ?

Hugo Vasseur
""", c="tb", enc="8bit")

m("missing_noreply_mail", True, "0571966C", GE, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail: suspects a strict filter at the school but names no product; no mail from the no-reply address.",
  "Isabelle Jacquot <isabelle.jacquot@ac-nancy-metz.fr>",
  "Aucun mail de la plateforme",
  """Bonjour,

Depuis mon arrivée au collège de Sarrebourg (0571966C), je ne reçois aucun des mails automatiques de l'Espace Acheteur : ni confirmation, ni alertes. Le technicien pense que notre filtre de messagerie est très strict mais ne sait pas quoi autoriser.

Quelle adresse faut-il ajouter ?

Isabelle Jacquot
Gestionnaire en contrat
""", c="outlook", h="only", enc="qp", charset="windows-1252")

m("missing_noreply_mail", True, "0542943F", GE, "espace_acheteur", False, "fr",
  "Gmail French-style forward of a contract colleague's message: her account was validated but the first-login link never came.",
  "Jean-Marc Didier <jm.didier@ac-nancy-metz.fr>",
  "Fwd: lien de première connexion",
  """Bonjour,

Je vous transfère le message de notre nouvelle collègue, qui n'a toujours rien reçu. Lycée Henri Loritz, UAI 0542943F.

Merci
JM Didier, chef des services administratifs

---------- Message transféré ---------
De : Laura Pierson <laura.pierson@ac-nancy-metz.fr>
Date: mer. 29 janv. 2025 à 16:20
Subject: lien de première connexion
To: Jean-Marc Didier <jm.didier@ac-nancy-metz.fr>

Bonjour Jean-Marc,
ton accès à l'Espace Acheteur a bien validé mon compte mais je n'ai jamais reçu le lien de première connexion. Tu peux voir avec eux ?
Laura
""", c="gmail", h="alt", enc="qp")

m("missing_noreply_mail", True, "0772071H", IDF, "espace_acheteur", False, "en",
  "English: a short-contract buyer at an international lycée receives none of the platform's automatic mails; UAI given.",
  "Sarah Whitfield <sarah.whitfield@ac-creteil.fr>",
  "No emails from the buyer platform",
  """Dear support team,

I am covering the finance office at the Lycée international in Noisiel (0772071H) until April. I registered on the Espace Acheteur, but I never received the confirmation email nor any notification since. I have checked spam and "other" folders.

What sender address should I allow?

Regards,
Sarah Whitfield
""", c="apple", enc="qp")

m("missing_noreply_mail", True, "0551459M", GE, "espace_acheteur", False, "fr",
  "Subscribed to offer alerts after arriving, never receives them; no product named.",
  "Nicolas Renard <nicolas.renard@ac-nancy-metz.fr>",
  "Alertes offres",
  """Bonjour,

Je me suis abonné aux alertes sur les nouvelles offres (papeterie, produits d'entretien) quand j'ai pris le poste au collège de Stenay en janvier (UAI 0551459M). Je n'en ai reçu aucune alors que des offres ont été publiées.

Merci de vérifier,
N. Renard
""", c="zimbra", h="alt")

m("missing_noreply_mail", False, "0670234R", GE, "espace_acheteur", True, "fr",
  "Two topics: the activation mail never arrived (main) and who gives training to new staff (other); a single template answers only half.",
  "Céline Zimmer <celine.zimmer@ac-strasbourg.fr>",
  "Activation + formation ?",
  """Bonjour,

Arrivée le 13 janvier comme secrétaire gestionnaire (contrat jusqu'en août) au lycée Kléber, UAI 0670234R.

- Je n'ai jamais reçu le mail d'activation de mon compte sur l'Espace Acheteur (vérifié les indésirables).
- Et est-ce que vous proposez une formation ou un tutoriel pour les nouveaux arrivants ? Je ne connais pas du tout l'outil et personne ici ne peut me montrer.

Merci !
Céline Zimmer
""", c="gmail", h="alt", enc="b64")

m("missing_noreply_mail", True, "0782919Z", IDF, "espace_acheteur", False, "fr",
  "Since the school's mail moved to a new domain, nothing arrives from the no-reply address; no product named.",
  "Gaëlle Morin <gaelle.morin@lycee-les-pierres-vives.example.fr>",
  "Plus de mails automatiques depuis changement d'adresse",
  """Bonjour,

Notre établissement (lycée Les Pierres Vives, Carrières-sur-Seine, 0782919Z) a changé d'adresses de messagerie pendant les vacances. Depuis, plus rien de la plateforme : ni mails de mot de passe, ni notifications de commande. Je suis nouvelle sur le poste, je ne sais pas ce qu'il faut configurer.

Merci,
Gaëlle Morin
""", c="outlook", h="alt", enc="qp")
# ------------------------------------------------------------ mailinblack_spam
m("mailinblack_spam", True, "0940952Z", IDF, "espace_acheteur", False, "fr",
  "The local authority installed MailInBlack and the Espace Acheteur mails are held; the allow-list guide applies.",
  "Karima Benali <karima.benali@ac-creteil.fr>",
  "Mails bloqués par Mailinblack",
  """Bonjour,

Je suis gestionnaire remplaçante au collège Pierre Brossolette de Villejuif (0940952Z). Le département a installé Mailinblack sur nos boîtes et tous les mails de l'Espace Acheteur restent bloqués : je vois juste des résumés « messages en attente ».

Que dois-je faire exactement pour les laisser passer ?

Merci,
Karima Benali
""", c="outlook", h="alt", enc="qp")

m("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "IT staff of a regional council (non-academic domain, no UAI) ask which senders to allow in MailInBlack for the lycées.",
  "Guillaume Schmitt <guillaume.schmitt@grandest-lycees.example.fr>",
  "Liste blanche Mailinblack - lycées",
  """Bonjour,

Je suis technicien contractuel au service numérique des lycées, arrivé récemment. Plusieurs gestionnaires nouvellement nommés se plaignent que les mails de votre plateforme sont retenus par Mailinblack.

Pouvez-vous me communiquer les adresses et domaines expéditeurs à ajouter en liste blanche ?

Cordialement,
Guillaume Schmitt
Service numérique éducatif
""", c="outlook", h="alt", enc="qp")

m("mailinblack_spam", False, "0931390F", IDF, "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (prove you are not a robot) without naming MailInBlack; a person should confirm before sending the guide.",
  "Samia Toure <samia.toure@ac-creteil.fr>",
  "Message bizarre",
  """Bonjour,

Nouvelle au poste de secrétaire d'intendance (collège Jean Jaurès, Pantin, 0931390F). Quand mes fournisseurs m'écrivent, ils reçoivent un message leur demandant de cliquer sur un lien et de recopier des lettres pour prouver qu'ils ne sont pas des robots. Je suppose que c'est pareil pour vos mails automatiques, je ne reçois pas le code de l'Espace Acheteur.

Est-ce normal ? Qui doit faire quelque chose ?

Samia Toure
""", c="gmail", h="alt", enc="qp")

m("mailinblack_spam", True, "0672630V", GE, "espace_acheteur", False, "en",
  "English: activation links are stuck in the MailinBlack quarantine; UAI given.",
  "Mark Jennings <mark.jennings@ac-strasbourg.fr>",
  "Activation links stuck in MailinBlack quarantine",
  """Hello,

I'm a temporary administrative assistant at the Lycée international des Pontonniers (UAI 0672630V). Our mail goes through MailinBlack and I can see your activation emails sitting in the quarantine, but releasing them doesn't seem to work: the links are then expired.

Is there a way to whitelist you permanently?

Thanks,
Mark
""", c="gmail", h="alt", enc="b64")

m("mailinblack_spam", True, "0682492P", GE, None, False, "fr",
  "Product written 'mail in black', no accents, typos; no platform named.",
  "AED Vie scolaire <vie.scolaire.lycee.colmar@gmail.com>",
  "mail in black",
  """bonjour
chez nous il y a un truc qui s appelle mail in black et qui bloque vos mails je crois, je suis aed et c est moi qui gere la boite pour le moment
lycee a colmar 0682492P
comment on debloque svp
""", c="gmail", h="alt", enc="qp")

m("mailinblack_spam", True, "0921584X", IDF, "espace_acheteur", True, "fr",
  "Reply quoting the junk-folder answer: the IT department now says MailInBlack blocks the mails, so the MailInBlack guide is the right answer.",
  "Victor Lemaire <victor.lemaire@ac-versailles.fr>",
  "Re: [#SUP-012455] Mail de confirmation non reçu",
  """Bonjour,

Rien dans les indésirables. Notre informaticien m'explique aujourd'hui que c'est Mailinblack qui retient le message (il le voit dans la console). Il faut autoriser quoi exactement ?

Victor Lemaire - gestionnaire intérimaire, lycée Jacques Prévert, Boulogne (0921584X)

Le 05/02/2025 à 11:30, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Pensez à vérifier votre dossier de courrier indésirable et à ajouter
> l'expéditeur no-reply à vos contacts.
> L'équipe d'assistance
""", c="tb", enc="8bit", irt=True)

m("mailinblack_spam", True, "0541747F", GE, "espace_acheteur", False, "fr",
  "Forwards the daily MailInBlack quarantine report with a real question; the forwarded part is machine text.",
  "Aline Guerin <aline.guerin@ac-nancy-metz.fr>",
  "TR: Vos messages en attente",
  """Bonjour,

Je reçois ce rapport chaque matin depuis que je suis arrivée (contrat de 4 mois, collège de Toul, 0541747F). Le mail de votre plateforme est dedans. Je ne sais pas si je peux cliquer sans risque, et comment faire pour que ça n'arrive plus.

Aline Guerin

-----Message d'origine-----
De : Mailinblack <no-reply@protect.mailinblack.example.com>
Envoyé : jeudi 6 février 2025 07:00
Objet : Vos messages en attente

Vous avez 3 message(s) en attente d'authentification :
- no-reply@espace-acheteur.example.fr : Confirmez votre adresse
- info@fournitures-pro.example.com : Nouveau catalogue
- noreply@rdv.example.com : Rappel

Pour délivrer un message, cliquez sur « Autoriser ».
""", c="outlook", h="alt", enc="qp")

m("mailinblack_spam", False, "0101501C", GE, "espace_acheteur", True, "fr",
  "Two topics: activation mail held by MailInBlack (main) and a basket that must be validated before the end of the contract (order_billing).",
  "Élodie Chevalier <elodie.chevalier@ac-reims.fr>",
  "Mailinblack et panier",
  """Bonjour,

Je suis en poste pour trois mois au collège de Bar-sur-Aube (UAI 0101501C).

Premier souci : le mail d'activation est bloqué par Mailinblack, je le vois dans la liste mais quand je l'autorise rien ne se passe.
Deuxième chose : ma prédécesseure a laissé un panier de commande en attente, je ne sais pas s'il faut le valider ou le refaire.

Merci de votre retour,
Élodie Chevalier
""", c="zimbra", h="alt")

m("mailinblack_spam", True, None, IDF, None, False, "fr",
  "One line from a phone: blocked by MailInBlack, send the procedure; region from ac-paris.fr.",
  "Stéphane Roy <stephane.roy@ac-paris.fr>",
  "Mailinblack",
  """Vos mails sont bloqués par mailinblack chez nous, vous avez une procédure ? Merci

Envoyé de mon iPhone
""", c="iphone", enc="qp")

m("mailinblack_spam", True, "0772602K", IDF, "espace_acheteur", False, "fr",
  "Checked the junk folder too, but MailInBlack is named: mailinblack_spam.",
  "Anne-Sophie Carré <annesophie.carre@ac-creteil.fr>",
  "Confirmation d'inscription bloquée",
  """Bonjour,

Nouvelle adjointe gestionnaire (contractuelle) au lycée Uruguay-France d'Avon, UAI 0772602K.

J'ai vérifié les indésirables, rien. Le collègue informatique m'a montré que le message était retenu par Mail In Black. Il me dit qu'il faut votre adresse exacte pour l'autoriser.

Merci,
Anne-Sophie Carré
""", c="apple", enc="qp")

m("mailinblack_spam", True, "0510192G", GE, "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals; asks whether to allow the domain or only the address.",
  "Didier Gillet <didier.gillet@ac-reims.fr>",
  "MAILINBLACK : domaine ou adresse ?",
  """Bonjour,

Je remplace le gestionnaire du collège Trois-Fontaines (0510192G). MAILINBLACK bloque les messages de l'Espace Acheteur. Faut-il autoriser tout le domaine expéditeur ou seulement l'adresse no-reply ?

D. Gillet
""", c="zimbra", h="alt")

m("mailinblack_spam", True, "0950602N", IDF, "espace_acheteur", False, "en",
  "English: the IT contractor reports mails held by 'Mailinblack Protect' for the new buyer; UAI given.",
  "Priya Raman <priya.raman@netcare-solutions.example.com>",
  "Mailinblack Protect holding your emails",
  """Hi team,

We manage the mail filtering for a lycée in Cergy (UAI 0950602N). Their new fixed-term buyer isn't receiving anything from your platform; we can see the messages held by Mailinblack Protect as unauthenticated senders.

Please send us your recommended allow-list entries (sender addresses and sending IPs if possible).

Regards,
Priya Raman
NetCare Solutions - Service Desk
""", c="outlook", h="alt", enc="qp")

m("mailinblack_spam", True, "0882682M", GE, "esidoc", True, "fr",
  "A substitute does not know what MailInBlack is and asks; the UAI appears only in the signature.",
  "Rémi Colin <remi.colin@ac-nancy-metz.fr>",
  "C'est quoi ce message Mailinblack ?",
  """Bonjour,

Je suis remplaçant au CDI depuis une semaine. Je reçois des messages de « Mailinblack » qui disent que des mails sont en attente, dont un qui vient de votre portail e-sidoc (le lien pour mon compte je pense). Je ne connais pas du tout cet outil. Est-ce que c'est sûr de cliquer ? Comment faire pour recevoir vos mails directement ?

Merci
--
Rémi Colin
Professeur documentaliste (remplacement)
Collège Louis Pergaud - UAI 0882682M
""", c="tb", enc="8bit")

# ------------------------------------------------------------- account_creation
m("account_creation", True, None, IDF, "espace_acheteur", False, "fr",
  "A new contract buyer asks how to create an Espace Acheteur account: the sign-up answer fits; region from ac-versailles.fr.",
  "Marc-Antoine Petit <marc-antoine.petit@ac-versailles.fr>",
  "Création de compte",
  """Bonjour,

Je viens de prendre un poste de gestionnaire en CDD et je n'ai jamais utilisé l'Espace Acheteur. Comment est-ce que je crée mon compte ? Faut-il une invitation ?

Merci d'avance,
Marc-Antoine Petit
""", c="outlook", h="alt", enc="qp")

m("account_creation", True, "0750499K", IDF, "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: the account waits for the structure administrator (FAQ case).",
  "Fatou Diallo <fatou.diallo@ac-paris.fr>",
  "Inscription en attente ?",
  """Bonjour,

J'ai rempli le formulaire d'inscription il y a trois jours (lycée Paul Valéry, 0750499K) et quand j'essaie de me connecter on me dit « compte en attente de validation ». Je suis contractuelle depuis février. Que dois-je faire ?

Fatou Diallo
""", c="zimbra", h="alt")

m("account_creation", False, "0522010C", GE, "espace_acheteur", False, "fr",
  "A new gestionnaire asks who the structure's administrator is: a look-up, so a person answers.",
  "Patricia Rollin <patricia.rollin@ac-reims.fr>",
  "Qui est l'administrateur de notre structure ?",
  """Bonjour,

Gestionnaire par intérim au collège de Langres (UAI 0522010C), je dois faire valider mon inscription par « l'administrateur de la structure ». Personne ici ne sait qui c'est. Pouvez-vous me dire qui est enregistré comme administrateur ?

Cordialement,
Patricia Rollin
""", c="outlook", enc="qp")

m("account_creation", True, "0931746T", IDF, "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
  "Nadia Chérif <nadia.cherif@ac-creteil.fr>",
  "Pas un oubli de mot de passe",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je suis professeure documentaliste stagiaire au collège Romain Rolland de Clichy-sous-Bois (0931746T) et je voudrais avoir mon propre compte sur le portail, plutôt que d'utiliser celui de ma tutrice.

Comment faire la demande ?

Nadia Chérif
""", c="gmail", h="alt", enc="qp")

m("account_creation", False, "0920860K", IDF, "esidoc", False, "en",
  "English: a new assistant librarian asks whether she can have her own login instead of the shared one: a person answers.",
  "Grace O'Neill <grace.oneill@ac-versailles.fr>",
  "Personal login for the library portal?",
  """Hello,

I joined the CDI of the Lycée international in Rueil (UAI 0920860K) this term as an assistant. At the moment everyone uses the same login. Is it possible to create a separate account for me, with fewer rights, so I can manage loans without touching the settings?

Thank you,
Grace O'Neill
""", c="apple", enc="qp")

m("account_creation", False, "0080997R", GE, "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks; the only administrator was the gestionnaire who left: the region must step in.",
  "Yves Lallement <yves.lallement@ac-reims.fr>",
  "Compte en attente depuis 3 semaines",
  """Bonjour,

Mon compte Espace Acheteur est en attente de validation depuis le 20 janvier. J'ai appris que l'administrateur de la structure était mon prédécesseur, parti à la retraite en décembre. Personne ne peut donc valider.

Lycée Monge, Charleville-Mézières - UAI 0080997R.

Comment débloquer la situation ?

Yves Lallement
Gestionnaire (contractuel)
""", c="tb", enc="8bit")

m("account_creation", False, "0911083H", IDF, "espace_acheteur", False, "fr",
  "The account works but has no ordering rights: rights to open, a person answers.",
  "Sébastien Faure <sebastien.faure@ac-versailles.fr>",
  "Droits de commande",
  """Bonjour,

Je peux me connecter à l'Espace Acheteur mais le bouton « Commander » n'apparaît pas, j'ai l'impression d'avoir un compte en lecture seule. Je suis le nouveau gestionnaire (remplacement long) du collège de Massy, UAI 0911083H.

Pouvez-vous ouvrir les droits de commande ?

Sébastien Faure
""", c="outlook", h="alt", enc="qp")

m("account_creation", False, "0772357U", IDF, "esidoc", False, "fr",
  "The new school's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.",
  "Hélène Brunet <helene.brunet@ac-creteil.fr>",
  "Établissement introuvable dans la liste",
  """Bonjour,

Je suis documentaliste contractuelle dans un collège qui a ouvert à la rentrée à Serris (UAI 0772357U). En voulant ouvrir le compte client, l'établissement n'apparaît pas dans la liste déroulante.

Comment procéder ?

Hélène Brunet
""", c="gmail", h="alt", enc="qp")

m("account_creation", True, "0570360G", GE, "esidoc", False, "fr",
  "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first order.",
  "Olivier Wagner <olivier.wagner@ac-nancy-metz.fr>",
  "Ouverture compte client",
  """Bonjour,

Nouveau gestionnaire au collège de Forbach (UAI 0570360G), je souhaite ouvrir le compte client de l'établissement afin de passer notre première commande de ressources pour le CDI. Quelle est la démarche ?

Cordialement,
Olivier Wagner
""", c="outlook", h="only", enc="qp", charset="windows-1252")

m("account_creation", False, "0682220U", GE, "esidoc", False, "fr",
  "Asks whether an AED may have an account to manage loans: a rights question a person answers.",
  "Lina Meyer <lina.meyer@ac-strasbourg.fr>",
  "Compte pour une AED ?",
  """Bonjour,

Je suis la professeure documentaliste du collège de Guebwiller (0682220U). Une AED vient d'arriver et m'aidera au CDI jusqu'en juin. Peut-elle avoir un compte à son nom sur le portail pour enregistrer les prêts, sans accès à l'administration ?

Merci,
Lina Meyer
""", c="zimbra", h="alt")

m("account_creation", False, "0550746M", GE, "esidoc", True, "fr",
  "Quoted history is an old password ticket, but the new message asks for an account for the substitute: account_creation, and a person must set the rights.",
  "Agnès Poirot <agnes.poirot@ac-nancy-metz.fr>",
  "Re: [#SUP-010944] Mot de passe",
  """Bonjour,

Je reviens vers vous sur un autre sujet : je pars en congé long à partir du 3 mars et une remplaçante arrive. Pourrait-on lui créer un compte administrateur à son nom (Mme Lucie Varin) plutôt que de lui donner le mien ?

Collège Jean Moulin, Verdun (0550746M).

Agnès Poirot

Le 12/11/2024 à 14:05, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe vous a été envoyé.
> Il est valable 12 heures.
""", c="tb", enc="8bit", irt=True)

m("account_creation", True, None, GE, "espace_acheteur", False, "fr",
  "A new buyer asks how to register and what the form's SIRET field expects: sign-up answer; region from ac-strasbourg.fr.",
  "Jérémy Koehler <jeremy.koehler@ac-strasbourg.fr>",
  "inscription espace acheteur - numéro SIRET ?",
  """Bonjour,

Je suis contractuel au service achats d'un lycée depuis 15 jours. Je voudrais m'inscrire sur l'Espace Acheteur mais le formulaire me demande un SIRET et une structure, je ne sais pas quoi mettre. Existe-t-il un guide pour l'inscription ?

Merci
Jérémy Koehler
""", c="gmail", h="alt", enc="qp")

# ------------------------------------------------------ subscription_activation
m("subscription_activation", True, "0941210E", IDF, "esidoc", False, "fr",
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  "Laurent Picard <laurent.picard@ac-creteil.fr>",
  "Europresse pas encore visible",
  """Bonjour,

Commande Europresse validée hier pour le lycée Darius Milhaud (0941210E). Je ne la vois pas encore dans les ressources du portail. Je suis le documentaliste remplaçant et je ne sais pas si c'est normal ou s'il faut faire quelque chose de mon côté.

L. Picard
""", c="outlook", enc="qp")

m("subscription_activation", True, "0951516G", IDF, "esidoc", False, "fr",
  "How to publish a subscribed resource on the portal: activation and publication step.",
  "Sonia Lefebvre <sonia.lefebvre@ac-versailles.fr>",
  "Publier une ressource",
  """Bonjour,

Professeure documentaliste stagiaire au collège de Sarcelles (0951516G). L'abonnement à Universalis est actif d'après ma tutrice mais il n'apparaît pas pour les élèves sur notre portail. Comment publie-t-on une ressource ?

Merci,
Sonia Lefebvre
""", c="gmail", h="alt", enc="b64")

m("subscription_activation", True, "0102961P", GE, "esidoc", True, "fr",
  "Negation: no password problem, login works; the ordered subscription does not show.",
  "Coralie Dupont <coralie.dupont@ac-reims.fr>",
  "Abonnement invisible (pas un souci de connexion)",
  """Bonjour,

Pour être claire : je n'ai pas de problème de mot de passe, je me connecte très bien. Le souci est que l'abonnement Cafeyn commandé avant-hier n'apparaît nulle part.

Je remplace la documentaliste du collège de Saint-André-les-Vergers (0102961P) jusqu'aux vacances d'avril.

Merci,
Coralie Dupont
""", c="zimbra", h="alt")

m("subscription_activation", False, "0511409E", GE, "esidoc", False, "fr",
  "Ordered two weeks ago and still not active: past the 72-hour rule, a person must check the order.",
  "Denis Arnould <denis.arnould@ac-reims.fr>",
  "Abonnement toujours inactif",
  """Bonjour,

L'abonnement commandé le 27 janvier pour le lycée de Sézanne (0511409E) n'est toujours pas actif, deux semaines après. Je suis arrivé en remplacement entre-temps et je n'ai pas d'historique. Pouvez-vous regarder où en est la commande ?

Denis Arnould
""", c="outlook", h="alt", enc="qp")

m("subscription_activation", True, "0672115K", GE, "esidoc", False, "en",
  "English: subscription ordered two days ago, not visible to pupils yet; UAI given.",
  "Rachel Evans <rachel.evans@ac-strasbourg.fr>",
  "New subscription not showing",
  """Hi,

Our school (UAI 0672115K) ordered a subscription to an online encyclopaedia on Tuesday. Pupils can't see it on the portal yet. I'm the new contract librarian, so I'm not sure whether I need to switch something on.

Best,
Rachel Evans
""", c="gmail", h="alt", enc="qp")

m("subscription_activation", True, "0930168C", IDF, "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Principal - Collège Lenain de Tillemont <ce.0930168c@ac-creteil.fr>",
  "Disponibilité de l'abonnement",
  """Bonjour,

Notre nouvelle documentaliste contractuelle m'informe que l'abonnement commandé hier n'est pas encore accessible. Pouvez-vous m'indiquer sous quel délai il le sera ? Nous souhaitons l'utiliser pour un projet avec les 3e la semaine prochaine.

Cordialement,

M. Garnier
Principal
""", c="zimbra", h="alt")

m("subscription_activation", True, "0681043P", GE, "esidoc", False, "fr",
  "Short: please activate the subscription, order validated yesterday.",
  "CDI Lycée Lambert <cdi.lambert@ac-strasbourg.fr>",
  "activation abonnement",
  """Bonjour, merci d'activer l'abonnement commandé hier (lycée Lambert, 0681043P). Bonne journée
""", c="android", enc="b64")

m("subscription_activation", True, "0910296C", IDF, "esidoc", False, "fr",
  "A substitute cannot find a resource her predecessor ordered two days ago: within the activation window.",
  "Amandine Roche <amandine.roche@ac-versailles.fr>",
  "Ressource introuvable",
  """Bonjour,

Ma collègue a commandé le Monde diplomatique numérique lundi avant de partir en congé. Je la remplace au lycée d'Étampes (UAI 0910296C) et je ne trouve pas la ressource dans le bloc « Ressources numériques ».

Est-ce qu'il faut attendre ?

Amandine Roche
""", c="apple", enc="qp")

m("subscription_activation", True, "0082125S", GE, "esidoc", False, "fr",
  "Renewed subscription still shown as expired; renewal ordered yesterday.",
  "Benoît Fontaine <benoit.fontaine@ac-reims.fr>",
  "Abonnement marqué expiré",
  """Bonjour,

Le renouvellement de notre abonnement a été commandé hier mais « Mes abonnements » l'affiche toujours comme expiré. Collège de Sedan, 0082125S.

Merci,
Benoît Fontaine, documentaliste contractuel
""", c="outlook", enc="qp")

m("subscription_activation", False, "0521537N", GE, "esidoc", True, "fr",
  "The order was placed by the predecessor months ago and nobody knows whether it was validated: a person must check before any activation answer.",
  "Mélanie Roux <melanie.roux@ac-reims.fr>",
  "Abonnement commandé par ma prédécesseure ?",
  """Bonjour,

Je suis arrivée en janvier au CDI du collège de Saint-Dizier (0521537N). D'après les notes de ma prédécesseure, elle aurait commandé un abonnement en novembre, mais je ne le vois pas dans le portail et je ne sais pas si la commande a été validée par la gestion.

Pouvez-vous vérifier ?

Mélanie Roux
""", c="gmail", h="alt", enc="qp")
# ------------------------------------------------ head_of_establishment_request
m("head_of_establishment_request", False, "0750188X", IDF, "esidoc", False, "fr",
  "The principal, from the ce.<UAI> address, asks to change the e-sidoc administrator contact to the new contract librarian.",
  "Principale - Collège Maurice Ravel <ce.0750188x@ac-paris.fr>",
  "Changement d'adresse de contact - compte administrateur e-sidoc",
  """Madame, Monsieur,

Je soussignée, Mme Brigitte Lacoste, principale du collège Maurice Ravel (UAI 0750188X), vous demande de remplacer l'adresse de contact du compte administrateur de notre portail e-sidoc. M. Antoine Besson, professeur documentaliste contractuel, a pris ses fonctions le 2 décembre en remplacement de Mme Vial.

Nouvelle adresse de contact : antoine.besson@ac-paris.fr

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

B. Lacoste
Principale
""", c="zimbra", h="alt")

m("head_of_establishment_request", False, "0782910P", IDF, "espace_acheteur", False, "fr",
  "The proviseur designates the interim gestionnaire as structure administrator on the Espace Acheteur and asks to close the former one's access.",
  "Proviseur - Lycée Jeanne d'Albret <ce.0782910p@ac-versailles.fr>",
  "Désignation d'un nouvel administrateur de structure",
  """Bonjour,

En qualité de proviseur du lycée Jeanne d'Albret à Saint-Germain-en-Laye (UAI 0782910P), je désigne Mme Carole Vidal, gestionnaire par intérim depuis le 15 janvier, comme administratrice de notre structure sur l'Espace Acheteur.

Je vous remercie de clôturer les accès de M. Paul Renaud, qui a quitté l'établissement.

Cordialement,

Jean-Luc Moreau
Proviseur
""", c="outlook", h="alt", enc="qp")

m("head_of_establishment_request", False, "0912343C", IDF, "espace_acheteur", False, "fr",
  "Written delegation: the principal authorises the contract gestionnaire to validate orders until the end of her contract.",
  "Principal Collège Les Goussons <ce.0912343c@ac-versailles.fr>",
  "Délégation - validation des commandes",
  """Bonjour,

Par la présente, j'autorise Mme Sabrina Lopes, adjointe gestionnaire contractuelle, à valider les commandes de l'établissement sur l'Espace Acheteur jusqu'au 4 juillet 2025, date de fin de son contrat.

Collège Les Goussons, Grigny - UAI 0912343C.

Le principal,
Hervé Bonnet
""", c="outlook", enc="qp", att=[("delegation_signee.pdf", "pdf")])

m("head_of_establishment_request", False, "0941851B", IDF, "esidoc", False, "en",
  "English: the head of an international school names the new contract librarian as portal administrator and asks to remove the former one.",
  "Head of School <ce.0941851b@ac-creteil.fr>",
  "Change of library portal administrator",
  """Dear Sir or Madam,

As head of the school (UAI 0941851B), I am writing to ask that the administrator account of our library portal be transferred to Mr James Holloway, who joined us on a fixed-term contract this month, and that the former librarian's access be removed.

His address is james.holloway@ac-creteil.fr.

Yours faithfully,
Catherine Ward
Head of School
""", c="outlook", h="alt", enc="qp")

m("head_of_establishment_request", False, "0100148G", GE, "esidoc", False, "fr",
  "A directrice d'école asks to reset the admin password so that the departed substitute loses access, link to the school's address.",
  "Ecole élémentaire Jules Ferry <ce.0100148g@ac-reims.fr>",
  "Demande de la directrice",
  """Bonjour,

Je suis directrice de l'école élémentaire Jules Ferry de Troyes (0100148G). La collègue remplaçante qui gérait la BCD est partie vendredi et connaissait le mot de passe du portail. Je vous demande de le réinitialiser et d'envoyer le lien sur l'adresse de l'école.

Merci,
Mme Hamel, directrice
""", c="zimbra", h="alt")

m("head_of_establishment_request", False, "0571896B", GE, "espace_acheteur", True, "fr",
  "The body gives 0571896C (wrong check letter; the digits give 0571896B) but the ce.<UAI>@ac-nancy-metz.fr sender carries the valid UAI, which is the label.",
  "Proviseur - Lycée Fabert <ce.0571896B@ac-nancy-metz.fr>",
  "Autorisation - nouvel administrateur",
  """Bonjour,

Je vous confirme par écrit que M. Kevin Dos Santos, recruté comme gestionnaire contractuel, doit devenir administrateur de notre structure (UAI 0571896C) sur l'Espace Acheteur, en remplacement de Mme Thiry.

Le proviseur,
Alain Becker
""", c="outlook", enc="qp")

m("head_of_establishment_request", False, "0521041Z", GE, "esidoc", True, "fr",
  "The librarian relays the principal's signed letter (PDF) with the principal in copy: the head's written request, relayed; staff must check the letter and the sender.",
  "Morgane Laurent <morgane.laurent@ac-reims.fr>",
  "Courrier de Mme la Principale - accès e-sidoc",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de Mme la Principale du collège de Joinville (UAI 0521041Z) demandant la réinitialisation du compte administrateur e-sidoc à mon nom. Je suis la professeure documentaliste contractuelle arrivée le 6 janvier. Mme la Principale est en copie de ce message.

Cordialement,
Morgane Laurent
""", c="gmail", h="alt", enc="qp", cc="Principale <ce.0521041z@ac-reims.fr>",
  att=[("courrier_principale_signe.pdf", "pdf")])

m("head_of_establishment_request", False, "0880933L", GE, "esidoc", False, "fr",
  "The principal confirms from his phone, quoting the librarian's request (Apple quote style), that the reset may be done.",
  "Philippe Mangin <philippe.mangin@ac-nancy-metz.fr>",
  "Re: Demande de réinitialisation",
  """Bonjour,

Je confirme la demande de Mme Durand. Vous pouvez réinitialiser le mot de passe.

P. Mangin
Principal du collège de Remiremont

Envoyé de mon iPhone

> Le 4 févr. 2025 à 10:12, Océane Durand <oceane.durand@ac-nancy-metz.fr> a écrit :
>
> Bonjour,
> Je suis la documentaliste remplaçante du collège (0880933L). Pourriez-vous réinitialiser le mot de passe administrateur du portail ? M. le Principal confirmera en répondant à ce message.
> Océane Durand
""", c="iphone", enc="qp", irt=True)

m("head_of_establishment_request", False, "0772666E", IDF, "esidoc", True, "fr",
  "Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is free mail, asking to move the admin account there: a probable spoof, still a head request for staff to refuse.",
  "Principal Collège Les Hyverneaux <ce.0772666e@ac-creteil.fr>",
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le principal du collège (UAI 0772666E). Suite au départ de notre documentaliste, merci de modifier immédiatement l'adresse de contact du compte administrateur et de la remplacer par principal.hyverneaux@gmail.com, et de m'envoyer le nouveau mot de passe sur cette adresse.

C'est urgent, merci de traiter aujourd'hui.

Le principal
""", c="webmail", enc="qp", auth="fail", reply_to="principal.hyverneaux@gmail.com")

m("head_of_establishment_request", False, "0510130P", GE, "esidoc", False, "fr",
  "Zimbra reply ('Mail original' quote) in which the proviseur gives the written request the desk asked for.",
  "Proviseur Lycée Saint-Exupéry <ce.0510130p@ac-reims.fr>",
  "Re: [#SUP-012501] Réinitialisation compte e-sidoc",
  """Bonjour,

Comme demandé, je confirme par écrit que le mot de passe administrateur du portail documentaire peut être réinitialisé au bénéfice de M. Ruiz, documentaliste contractuel.

Le proviseur,
F. Thomas

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Anthony Ruiz" <anthony.ruiz@ac-reims.fr>
Envoyé: Lundi 10 Février 2025 09:31:02
Objet: [#SUP-012501] Réinitialisation compte e-sidoc

Bonjour,
Pour des raisons de sécurité, la réinitialisation doit être demandée par écrit par le chef d'établissement (UAI 0510130P).
""", c="zimbra", h="alt", irt=True, date="2025-02-11 08:47")

m("head_of_establishment_request", False, "0920704R", IDF, "espace_acheteur", False, "fr",
  "The acting principal (herself interim) asks in writing to replace the structure administrator's address.",
  "Direction Collège Henri Sellier <ce.0920704r@ac-versailles.fr>",
  "Demande de modification de l'administrateur",
  """Bonjour,

Principale adjointe faisant fonction de principale depuis le 20 janvier, je vous demande de remplacer l'adresse de l'administrateur de notre structure sur l'Espace Acheteur (collège Henri Sellier, Suresnes, UAI 0920704R) par celle de notre nouvelle gestionnaire : lea.fournier@ac-versailles.fr.

Cordialement,
Valérie Guyot
Principale par intérim
""", c="outlook", h="alt", enc="qp")

m("head_of_establishment_request", False, "0882807Y", GE, "esidoc", True, "fr",
  "Cité scolaire: the lycée 0882807Y is the account concerned, the collège code 0881974T is only mentioned for context; the proviseur asks to switch the administrator.",
  "Proviseur Cité scolaire Claude Gellée <ce.0882807y@ac-nancy-metz.fr>",
  "Cité scolaire - administrateur portail du lycée",
  """Bonjour,

Je dirige la cité scolaire Claude Gellée. Le portail du collège (0881974T) n'est pas concerné. Pour le portail documentaire du lycée, UAI 0882807Y, je vous demande de transférer le compte administrateur à Mme Pauline Thiébaut, contractuelle, qui assure désormais les deux CDI, et de supprimer l'accès de l'ancien titulaire.

Le proviseur,
G. Marchand
""", c="outlook", enc="qp")

m("head_of_establishment_request", False, "0952938C", IDF, "espace_acheteur", False, "fr",
  "The proviseur authorises in writing an order above the threshold prepared by the contract gestionnaire.",
  "Proviseur Lycée Van Gogh <ce.0952938c@ac-versailles.fr>",
  "Autorisation de commande",
  """Bonjour,

J'autorise la validation du panier préparé par notre gestionnaire contractuelle, M. Olivier Tran (mobilier du CDI, environ 8 400 euros TTC), au nom du lycée Van Gogh d'Ermont, UAI 0952938C.

Le proviseur,
N. Benhamou
""", c="zimbra", h="alt")

# ---------------------------------------------------------------- order_billing
m("order_billing", False, "0922633M", IDF, "esidoc", False, "fr",
  "A contract gestionnaire needs a formal quote (devis) for the bon d'engagement.",
  "Armelle Gauthier <armelle.gauthier@ac-versailles.fr>",
  "Demande de devis",
  """Bonjour,

Je suis gestionnaire en CDD au collège de Gennevilliers (0922633M). L'agent comptable me demande un devis pour établir le bon d'engagement avant la commande des abonnements du CDI. Pouvez-vous nous en envoyer un ?

Merci,
Armelle Gauthier
""", c="outlook", h="alt", enc="qp")

m("order_billing", False, "0780568U", IDF, "espace_acheteur", False, "fr",
  "A new gestionnaire who does not know Chorus asks where the invoice is: not on Chorus yet.",
  "Bruno Caron <bruno.caron@ac-versailles.fr>",
  "Facture introuvable sur Chorus",
  """Bonjour,

Arrivé en remplacement au lycée de Mantes (0780568U), je ne connais pas encore bien Chorus Pro. L'agent comptable me dit que la facture de la commande du 12 décembre n'y est pas. Pouvez-vous vérifier qu'elle a bien été déposée ?

Bruno Caron
""", c="tb", enc="8bit")

m("order_billing", False, "0540221X", GE, "esidoc", False, "fr",
  "The predecessor's saved basket disappeared (baskets are kept 15 days).",
  "Émilie François <emilie.francois@ac-nancy-metz.fr>",
  "Panier disparu",
  """Bonjour,

Ma collègue avait préparé un panier avant son départ en décembre. Je suis arrivée le 13 janvier et le panier n'existe plus. Est-il possible de le récupérer ? Collège de Lunéville, 0540221X.

Émilie François
""", c="gmail", h="alt", enc="qp")

m("order_billing", False, None, None, "esidoc", False, "en",
  "English Outlook reply ('From: / Sent:' block) asking to address the invoice to the accounting office; no UAI, non-academic sender.",
  "Laura Bennett <laura.bennett@ecole-bilingue-est.example.org>",
  "RE: Your order",
  """Hello,

Could the invoice be addressed to our accounting office rather than to the library? I'm new here and the previous librarian had it sent to her name, which is now causing delays.

Accounting office, Ecole Bilingue de l'Est, 12 rue des Tanneurs, Strasbourg.

Thanks,
Laura

From: Assistance <support@assistance.example.fr>
Sent: Monday, February 3, 2025 9:15 AM
To: Laura Bennett <laura.bennett@ecole-bilingue-est.example.org>
Subject: Your order

Hello,
Your order has been validated. The invoice will follow.
""", c="outlook", h="alt", enc="qp", irt=True)

m("order_billing", False, "0081163W", GE, "espace_acheteur", False, "fr",
  "Asks whether payment by mandat administratif is accepted and for bank details.",
  "Sylvie Hardy <sylvie.hardy@ac-reims.fr>",
  "Moyen de paiement",
  """Bonjour,

Gestionnaire arrivée récemment au lycée de Rethel (0081163W), je voudrais savoir si le paiement par mandat administratif est accepté et obtenir votre RIB pour l'agence comptable.

Cordialement,
Sylvie Hardy
""", c="zimbra", h="alt")

m("order_billing", False, "0680350L", GE, "esidoc", False, "fr",
  "HTML-only Outlook (windows-1252 with the euro sign): the invoice amount differs from the quote.",
  "Jean-Philippe Haas <jean-philippe.haas@ac-strasbourg.fr>",
  "Écart entre devis et facture",
  """Bonjour,

La facture reçue pour le lycée Blaise Pascal de Colmar (UAI 0680350L) s'élève à 1 284,00 € alors que le devis validé par mon prédécesseur était de 1 164,00 €. Je suis le nouveau gestionnaire, pouvez-vous m'expliquer l'écart ?

Cordialement,
J.-P. Haas
""", c="outlook", h="only", enc="qp", charset="windows-1252")

m("order_billing", False, "0550820T", GE, "esidoc", False, "fr",
  "Uploading the bon d'engagement fails at order validation; PDF attached.",
  "Karine Lefèvre <karine.lefevre@ac-nancy-metz.fr>",
  "Bon d'engagement refusé",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec le message « format non accepté ». Je vous joins le fichier. Collège de Commercy (0550820T), je suis la gestionnaire remplaçante.

Karine Lefèvre
""", c="outlook", enc="qp", att=[("BE_2025_014.pdf", "pdf")])

m("order_billing", False, "0522273N", GE, "espace_acheteur", True, "fr",
  "Two topics: a duplicated invoice to cancel (main) and a market document missing from 'Mes Marchés' (contract_documents).",
  "Fabienne Marty <fabienne.marty@ac-reims.fr>",
  "Facture en double + document manquant",
  """Bonjour,

Je suis en intérim sur la gestion du collège de Wassy (0522273N).

1. Nous avons reçu deux fois la même facture (même numéro, deux envois). Pouvez-vous annuler le doublon ?
2. Par ailleurs je ne trouve pas la convention du marché fournitures dans « Mes Marchés ».

Merci,
F. Marty
""", c="gmail", h="alt", enc="qp")

m("order_billing", False, "0542696M", GE, "espace_acheteur", False, "fr",
  "A new gestionnaire does not know which code service to give for the Chorus invoice.",
  "Thierry Lambert <thierry.lambert@ac-nancy-metz.fr>",
  "Code service Chorus ?",
  """Bonjour,

Pour la facturation sur Chorus, on me demande un « code service » et un numéro d'engagement. Je débute (contrat depuis janvier, lycée de Pont-à-Mousson, 0542696M) et je ne sais pas lesquels indiquer pour vos factures.

Merci de votre aide,
Thierry Lambert
""", c="outlook", h="alt", enc="qp")

m("order_billing", False, None, IDF, "espace_acheteur", False, "fr",
  "The order stays 'en attente de validation' and the new buyer asks who validates it; no UAI, region from ac-creteil.fr.",
  "Rachid Amrani <rachid.amrani@ac-creteil.fr>",
  "commande bloquée en attente",
  """Bonjour,

J'ai passé ma première commande mardi, elle est toujours « en attente de validation ». Qui doit la valider ? Le chef d'établissement ? l'agent comptable ? Je suis contractuel depuis 3 semaines, désolé si la question est bête.

Rachid
""", c="android", enc="b64")

# ----------------------------------------------------------- contract_documents
m("contract_documents", False, "0572152E", GE, "espace_acheteur", False, "fr",
  "The new gestionnaire cannot see the market documents in 'Mes Marchés'.",
  "Nathalie Schaeffer <nathalie.schaeffer@ac-nancy-metz.fr>",
  "Documents du marché non visibles",
  """Bonjour,

Dans « Mes Marchés », la liste des marchés s'affiche mais quand j'ouvre le marché produits d'entretien, la partie documents est vide. Je suis arrivée en février au collège de Thionville (0572152E).

Cordialement,
Nathalie Schaeffer
""", c="outlook", h="alt", enc="qp")

m("contract_documents", False, "0082768R", GE, "espace_acheteur", False, "fr",
  "The membership convention cannot be found; the agent comptable needs it.",
  "Laetitia Noirot <laetitia.noirot@ac-reims.fr>",
  "Convention d'adhésion",
  """Bonjour,

L'agent comptable me réclame la convention d'adhésion de l'établissement (lycée de Givet, 0082768R). Je suis nouvelle et je ne la trouve ni dans les dossiers ni sur la plateforme. Où peut-on la consulter ?

Laetitia Noirot
""", c="zimbra", h="alt")

m("contract_documents", False, "0552882J", GE, "espace_acheteur", False, "fr",
  "Amendment no. 3 of a market is missing from the documents.",
  "Christophe Aubry <christophe.aubry@ac-nancy-metz.fr>",
  "Avenant n°3 absent",
  """Bonjour,

L'avenant n°3 du marché restauration (révision des prix) est annoncé dans le courrier joint mais n'apparaît pas dans les documents du marché. Collège de Bar-le-Duc, 0552882J.

C. Aubry, gestionnaire contractuel
""", c="outlook", enc="qp", att=[("courrier_avenant3.pdf", "pdf")])

m("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "A town hall's new buyer cannot find the CCAP of a market; non-academic sender, no UAI.",
  "Service achats Mairie <achats@mairie-villiers-le-sec.example.fr>",
  "CCAP introuvable",
  """Bonjour,

Je remplace ma collègue au service achats de la mairie jusqu'à l'été. Je cherche le CCAP du marché fournitures scolaires pour les écoles, je ne le vois pas dans les documents. Pouvez-vous me l'indiquer ?

Cordialement,
Eric Daniel
""", c="outlook", h="alt", enc="qp")

m("contract_documents", False, "0081216D", GE, "espace_acheteur", False, "en",
  "English: the framework agreement PDF does not open in the contract documents; UAI given.",
  "Tom Fischer <tom.fischer@ac-reims.fr>",
  "Framework agreement document won't open",
  """Hello,

I'm covering the bursar's office at a collège in the Ardennes (UAI 0081216D). In the contract documents, the framework agreement file only shows an error ("document not found"). Could you check it?

Thank you,
Tom Fischer
""", c="gmail", h="alt", enc="qp")

m("contract_documents", False, None, IDF, "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the document is still missing after the region's answer; region from ac-versailles.fr.",
  "Ophélie Garcia <ophelie.garcia@ac-versailles.fr>",
  "Re: [#SUP-012198] Pièces du marché",
  """Bonjour,

Merci pour votre réponse mais je ne vois toujours pas l'acte d'engagement dans les pièces du marché, même après déconnexion.

Ophélie Garcia

Le jeu. 30 janv. 2025 à 15:42, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le document a été republié, il devrait être visible.
> Cordialement
""", c="gmail", h="alt", enc="qp", irt=True)

m("contract_documents", False, "0753709Z", IDF, "espace_acheteur", True, "fr",
  "Thinks her rights are the problem ('mes droits'), but what she lacks is access to the market documents her colleague sees: contract_documents, close to account_creation.",
  "Justine Marchand <justine.marchand@ac-paris.fr>",
  "Je ne vois pas les mêmes choses que ma collègue",
  """Bonjour,

Ma collègue titulaire voit les conventions et les pièces des marchés dans son espace ; moi, contractuelle arrivée en janvier au lycée Turgot (0753709Z), j'ai les marchés mais aucun document. C'est sans doute un problème de droits sur mon compte ?

Justine Marchand
""", c="zimbra", h="alt")

# ------------------------------------------------------------ transfer_incident
m("transfer_incident", False, "0787337B", IDF, "ecoledirecte", False, "fr",
  "EcoleDirecte transfers stopped when the secretary left; the new one does not know the procedure.",
  "Secrétariat Institution Notre-Dame <secretariat@nd-versailles.example.fr>",
  "Transferts EcoleDirecte arrêtés",
  """Bonjour,

Je suis la nouvelle secrétaire (CDD) de l'Institution Notre-Dame (0787337B). Les parents nous disent que les notes ne sont plus à jour sur EcoleDirecte depuis le départ de ma collègue il y a dix jours. Je ne sais pas comment les transferts fonctionnent.

Pouvez-vous nous aider ?

Anaïs Royer
""", c="outlook", h="alt", enc="qp")

m("transfer_incident", False, "0924235D", IDF, "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password to restart the transfer: transfer_incident per the taxonomy, not password_reset.",
  "Damien Olivier <d.olivier@stjean-colombes.example.fr>",
  "mot de passe du jour",
  """Bonjour,

Le logiciel me demande le « mot de passe de maintenance du jour » pour relancer le transfert vers EcoleDirecte. Je remplace le responsable informatique, je ne sais pas où le trouver. Établissement Saint-Jean, UAI 0924235D.

Merci
Damien Olivier
""", c="tb", enc="8bit")

m("transfer_incident", False, "0933153X", IDF, "ecoledirecte", False, "fr",
  "The licence must be regenerated after the new server installed by the contractor.",
  "Karim Bensaid <karim.bensaid@ecole-sainte-marie93.example.fr>",
  "Licence à régénérer",
  """Bonjour,

Notre prestataire a remplacé le serveur pendant les vacances. Depuis, le logiciel affiche « licence invalide » et aucun transfert ne part. Ensemble scolaire Sainte-Marie, UAI 0933153X.

Pouvez-vous régénérer la licence ?

Karim Bensaid, technicien (mission temporaire)
""", c="outlook", enc="qp", att=[("capture_licence.png", "png")])

m("transfer_incident", False, "0676026L", GE, "ecoledirecte", False, "en",
  "English: an IT contractor reports that the synchronisation to EcoleDirecte fails with a connection error; UAI given.",
  "Alex Morgan <alex.morgan@edutech-services.example.com>",
  "EcoleDirecte sync failing since Monday",
  """Hello,

We've just taken over IT support for a private school in Strasbourg (UAI 0676026L). Since Monday the nightly synchronisation to EcoleDirecte fails with "connection refused". Nothing changed on the firewall as far as we know.

Could someone look into it?

Alex Morgan
EduTech Services
""", c="outlook", h="alt", enc="qp")

m("transfer_incident", False, "0683510W", GE, "ecoledirecte", False, "fr",
  "Last transfer five days old; parents no longer see the grades.",
  "Corinne Muller <c.muller@college-saint-andre68.example.fr>",
  "Notes non visibles par les parents",
  """Bonjour,

Le dernier transfert date de vendredi dernier, depuis les parents ne voient plus les notes sur EcoleDirecte. Je suis l'assistante de direction remplaçante, collège Saint-André (0683510W).

Merci de votre aide,
Corinne Muller
""", c="gmail", h="alt", enc="qp")

m("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "New proxy installed by a new technician: the HTTP transfer test fails; no UAI, non-academic sender.",
  "Informatique ISM <informatique@ism-metz.example.fr>",
  "Transfert en échec - test de connexion",
  """Bonjour,

Nouveau technicien sur site, j'ai mis en place un proxy la semaine dernière. Le diagnostic des transferts échoue à l'étape « test de connexion ». Quels paramètres HTTP/ports faut-il autoriser ?

Cordialement,
Service informatique
""", c="tb", enc="8bit")

m("transfer_incident", False, "0549241B", GE, "ecoledirecte", False, "fr",
  "The antivirus installed by the new contractor quarantines the transfer tool, so transfers no longer run.",
  "Pierre Gérard <pierre.gerard@ensemble-saint-sigisbert.example.fr>",
  "Antivirus et transferts",
  """Bonjour,

Depuis l'installation d'un nouvel antivirus par notre prestataire (nous avons changé de société en janvier), l'outil de transfert est mis en quarantaine et les transferts ne partent plus. Ensemble Saint-Sigisbert, Nancy - UAI 0549241B.

Quels fichiers faut-il exclure ?

Pierre Gérard
""", c="outlook", h="only", enc="qp", charset="windows-1252")

m("transfer_incident", False, "0517458E", GE, "ecoledirecte", False, "fr",
  "The export to EcoleDirecte stops with an error code; screenshot attached.",
  "Valentin Henry <valentin.henry@saint-joseph-reims.example.fr>",
  "Erreur lors du transfert",
  """Bonjour,

Remplaçant du responsable vie scolaire, j'ai lancé le transfert comme indiqué dans la procédure et j'obtiens une erreur (capture jointe). Lycée Saint-Joseph, Reims, UAI 0517458E.

Valentin Henry
""", c="apple", enc="qp", att=[("erreur_transfert.png", "png")])
# -------------------------------------------------------------------- automated
m("automated", False, None, IDF, None, False, "fr",
  "Exchange out-of-office in French (Auto-Submitted, X-Auto-Response-Suppress) naming the substitute; region from ac-creteil.fr.",
  "Marie-Claude Royer <marie-claude.royer@ac-creteil.fr>",
  "Réponse automatique : [#SUP-012388] Mot de passe e-sidoc",
  """Bonjour,

Je suis absente jusqu'au 28 février 2025 (congé). Pendant mon absence, le CDI est tenu par M. Julien Faure, professeur documentaliste remplaçant : julien.faure@ac-creteil.fr.

Cordialement,
Marie-Claude Royer
""", c="outlook", enc="qp",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, irt=True)

m("automated", False, None, GE, None, False, "fr",
  "Académie webmail vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); region from ac-strasbourg.fr.",
  "Anne Rietsch <anne.rietsch@ac-strasbourg.fr>",
  "Absence",
  """Bonjour,
Mon contrat au lycée s'est terminé le 31 janvier. Pour toute question concernant la gestion, merci d'écrire au secrétariat de l'établissement.
Cordialement
""", c="zimbra", hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"}, irt=True)

m("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  "Jack Bennett <jack.bennett.teach@gmail.com>",
  "Re: Your request [#SUP-012420]",
  """Thanks for your email. I'm no longer working as a language assistant at the lycée; my contract ended in January. Please contact the school office directly.

Jack
""", c="gmail", h="alt", enc="qp", hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, irt=True)

m("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, null Return-Path): the departed contract worker's address no longer exists.",
  "Mail Delivery System <MAILER-DAEMON@mx.lycee-condorcet-limay.example.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.lycee-condorcet-limay.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

For further assistance, please send mail to postmaster.

                   The mail system

<m.vasseur@lycee-condorcet-limay.example.fr>: user unknown
""", kind="report", report="delivery-status",
  status="""Reporting-MTA: dns; mx.lycee-condorcet-limay.example.fr
Arrival-Date: Tue, 11 Feb 2025 09:02:11 +0100

Final-Recipient: rfc822; m.vasseur@lycee-condorcet-limay.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown
""",
  orig="""From: Assistance <support@assistance.example.fr>
To: m.vasseur@lycee-condorcet-limay.example.fr
Subject: [#SUP-012467] Activation de votre compte
Date: Tue, 11 Feb 2025 09:02:10 +0100
Message-ID: <SUP-012467.1739260930.a1b2@assistance.example.fr>
Auto-Submitted: auto-replied
""", hdr={"Auto-Submitted": "auto-replied"}, date="2025-02-11 09:02")

m("automated", False, None, GE, None, False, "fr",
  "Exchange non-delivery report in French ('Non remis :'): the mailbox of a contract worker whose contract ended is disabled; region from the ac-nancy-metz.fr reporting domain.",
  "Postmaster <postmaster@ac-nancy-metz.fr>",
  "Non remis : [#SUP-012503] Votre demande",
  """Votre message n'a pas pu être remis à l'adresse suivante :

lucie.varin@ac-nancy-metz.fr
La boîte aux lettres du destinataire a été désactivée.

Le message d'origine est joint (en-têtes uniquement).
""", kind="report", report="delivery-status",
  status="""Reporting-MTA: dns; mx.ac-nancy-metz.fr

Final-Recipient: rfc822; lucie.varin@ac-nancy-metz.fr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled
""",
  orig="""From: Assistance <support@assistance.example.fr>
To: lucie.varin@ac-nancy-metz.fr
Subject: [#SUP-012503] Votre demande
Date: Wed, 12 Feb 2025 14:20:00 +0100
Message-ID: <SUP-012503.1739366400.c3d4@assistance.example.fr>
""", hdr={"Auto-Submitted": "auto-replied"}, date="2025-02-12 14:21")

m("automated", False, None, IDF, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-versailles.fr.",
  "Sébastien Faure <sebastien.faure@ac-versailles.fr>",
  "Lu : [#SUP-012377] Droits de commande",
  """Votre message

  À : Sébastien Faure
  Objet : [#SUP-012377] Droits de commande
  Envoyé : 06/02/2025 10:14

a été lu le 06/02/2025 11:02.
""", kind="report", report="disposition-notification",
  status="""Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822; sebastien.faure@ac-versailles.fr
Original-Message-ID: <SUP-012377.1738833240.e5f6@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""", orig=None, date="2025-02-06 11:02")

m("automated", False, None, None, "espace_acheteur", True, "fr",
  "A MailInBlack authentication challenge sent back to the desk by a school's protected mailbox: machine-written, never answered, although MailInBlack is named.",
  "Collège Gustave Monod - Gestion <gestion@college-gmonod.example.fr>",
  "Authentification requise pour délivrer votre message",
  """Bonjour,

Le destinataire de votre message est protégé par Mailinblack.

Pour que votre message « [#SUP-012512] Confirmez votre adresse - Espace Acheteur » soit délivré, merci de vous authentifier en cliquant sur le lien ci-dessous :
https://protect.mailinblack.example.com/auth?id=7f3e2c

Cette opération n'est à réaliser qu'une seule fois.

Ceci est un message automatique.
""", c="mib", h="alt", enc="qp", hdr={"Auto-Submitted": "auto-replied", "X-Mailinblack": "challenge"})

m("automated", False, None, None, "esidoc", False, "fr",
  "Marketing newsletter for librarians: List-Id, List-Unsubscribe, Precedence: bulk.",
  "La lettre du CDI <newsletter@lettre-cdi.example.fr>",
  "Nouveautés de février : webinaires de prise en main pour les nouveaux arrivants",
  """Vous êtes nouveau au CDI ? Ce mois-ci :

- webinaire « Premiers pas sur votre portail documentaire » le 18 février ;
- fiche pratique : préparer une passation avant un congé ;
- sélection de ressources sur l'éducation aux médias.

Vous recevez cette lettre car vous êtes inscrit(e) à notre liste de diffusion.
Se désinscrire : https://lettre-cdi.example.fr/desinscription
""", c="newsletter", h="alt", enc="qp",
  hdr={"List-Id": "Lettre du CDI <lettre.lettre-cdi.example.fr>",
       "List-Unsubscribe": "<https://lettre-cdi.example.fr/desinscription?u=4471>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

m("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply Espace Acheteur notification to the desk: an account waits for validation (Auto-Submitted: auto-generated).",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Compte en attente de validation",
  """Bonjour,

Un nouvel utilisateur demande l'accès à la structure « Lycée Marcel Pagnol - Athis-Mons » :
Demandeur : Sabrina Lopes (contractuelle)
Date : 11/02/2025 16:05

Aucun administrateur n'est actif pour cette structure. Cette demande est transmise à l'assistance.

Message automatique, merci de ne pas répondre.
""", c="notif", h="alt", enc="qp", hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}, date="2025-02-11 16:05")

m("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification that a ticket was updated (Auto-Submitted: auto-generated).",
  "Portail tickets <notifications@tickets.example.fr>",
  "[Ticket 48213] Mise à jour : transfert EcoleDirecte",
  """Le ticket 48213 a été mis à jour par l'éditeur.

Statut : En cours -> Résolu
Commentaire : licence régénérée, transferts relancés.

Pour voir le ticket, connectez-vous au portail.
Ce courriel est généré automatiquement.
""", c="notif", enc="qp", hdr={"Auto-Submitted": "auto-generated"})

m("automated", False, None, GE, None, True, "fr",
  "Out-of-office sent by a client-side rule without any automation header; only the wording shows it is automatic. Region from ac-reims.fr.",
  "Mathilde Perrot <mathilde.perrot@ac-reims.fr>",
  "RE: [#SUP-012444] Abonnement",
  """Bonjour,

Ceci est une réponse automatique. Mon remplacement au CDI du collège s'est terminé le 7 février. Je ne consulte plus cette boîte. Merci de vous adresser à la direction de l'établissement.

M. Perrot
""", c="outlook", enc="qp", irt=True)

m("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'completed' notification for a convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and wording show it is automatic.",
  "Signature électronique <no-reply@esign.example.fr>",
  "Document signé : Convention d'adhésion 2025",
  """Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 - Lycée Marie Marvingt ».

Signataires :
- Le proviseur, le 10/02/2025
- L'organisme, le 11/02/2025

Vous pouvez télécharger le document signé depuis votre espace.
""", c="notif", h="alt", enc="qp", date="2025-02-11 17:12")

m("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  "noreply-dmarc-support@google.example.com",
  "Report domain: assistance.example.fr Submitter: google.example.com Report-ID: 1827364554",
  """This is an aggregate report from google.example.com.
""", c="notif", enc="7bit", att=[("google.example.com!assistance.example.fr!1739145600!1739231999.zip", "zip")])

m("automated", False, None, IDF, "esidoc", True, "fr",
  "A contract librarian's real question about an e-sidoc password, posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-versailles.fr.",
  "Bastien Lopez <bastien.lopez@ac-versailles.fr>",
  "[docs-78] mot de passe portail perdu, comment avez-vous fait ?",
  """Bonjour à toutes et tous,

Contractuel depuis janvier, je n'ai jamais eu le mot de passe du portail de mon collège. Certains d'entre vous ont-ils déjà eu ce cas ? Qui faut-il contacter ?

Merci !
Bastien
""", c="tb", enc="8bit",
  hdr={"List-Id": "Documentalistes des Yvelines <docs-78.listes.ac-versailles.fr>", "Precedence": "list",
       "List-Post": "<mailto:docs-78@listes.ac-versailles.fr>"})

m("automated", False, None, None, None, False, "en",
  "Delay warning from a relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  "Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>",
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<gestion@ensemble-scolaire-est.example.fr>: connect to mx.ensemble-scolaire-est.example.fr: Connection timed out
""", kind="report", report="delivery-status",
  status="""Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; gestion@ensemble-scolaire-est.example.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect timed out
""",
  orig="""From: Assistance <support@assistance.example.fr>
To: gestion@ensemble-scolaire-est.example.fr
Subject: [#SUP-012530] Votre demande de devis
Date: Thu, 13 Feb 2025 06:00:00 +0100
""", hdr={"Auto-Submitted": "auto-replied"}, date="2025-02-13 10:00")

m("automated", False, None, GE, None, False, "fr",
  "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-nancy-metz.fr.",
  "Assistance DSI Rectorat <assistance-dsi@ac-nancy-metz.fr>",
  "[DSI-88121] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence DSI-88121. Elle sera traitée par nos équipes dans les meilleurs délais.

Merci de ne pas répondre à ce message.

Plateforme d'assistance de la DSI
""", c="notif", enc="qp", hdr={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-dsi@ac-nancy-metz.fr"}, irt=True)

m("automated", False, None, GE, None, False, "en",
  "English Exchange 'Automatic reply:' from a contract teacher whose contract ended; region from ac-strasbourg.fr.",
  "Kate Sullivan <kate.sullivan@ac-strasbourg.fr>",
  "Automatic reply: [#SUP-012498] Subscription not showing",
  """Hello,

My contract at the school ended on 31 January and this mailbox is no longer monitored. For library matters please contact the school office.

Best wishes,
Kate Sullivan
""", c="outlook", h="alt", enc="qp",
  hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}, irt=True)

m("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text, no multipart/report and no Auto-Submitted: only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  "Mail Delivery System <Mailer-Daemon@mail.cfa-metz.example.fr>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  stagiaire.cdi2024@cfa-metz.example.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-012455] Mail de confirmation non recu
""", c="raw", enc="7bit", rp="<>")

m("automated", False, None, IDF, "esidoc", False, "fr",
  "Thunderbird vacation reply with Auto-Submitted that mentions passwords and the portal; region from ac-paris.fr.",
  "Gilles Aubin <gilles.aubin@ac-paris.fr>",
  "Absent : Re: [#SUP-012480] Mot de passe e-sidoc",
  """Message automatique : je suis en stage de formation des néo-titulaires du 10 au 14 février. Pour le mot de passe du portail, voyez avec ma remplaçante au CDI, Mme Tessier.
""", c="tb", enc="8bit", hdr={"Auto-Submitted": "auto-replied"}, irt=True)

m("automated", False, None, None, None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  "Helen Marsh <helen.marsh@lyceeinternational.example.org>",
  "Return Receipt (displayed) - [#SUP-012391] Forgotten password",
  """This is a Return Receipt for the mail that you sent to helen.marsh@lyceeinternational.example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", kind="report", report="disposition-notification",
  status="""Reporting-UA: Thunderbird 115.15.0
Final-Recipient: rfc822;helen.marsh@lyceeinternational.example.org
Original-Message-ID: <SUP-012391.1738760000.aa11@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""", orig=None)
# ------------------------------------------------------------------------ other
m("other", False, None, None, None, True, "fr",
  "Phishing aimed at new staff ('boîte pleine, confirmez votre mot de passe'); the look-alike domain ac-creteil-messagerie.com is not an académie domain, so no region.",
  "Service Messagerie <support@ac-creteil-messagerie.com>",
  "Nouveaux personnels : validez votre messagerie",
  """Cher(e) nouvel(le) agent,

Votre boîte aux lettres académique a atteint 98 % de son quota. Pour éviter la suppression de vos messages, confirmez votre identifiant et votre mot de passe sous 24 heures :

https://ac-creteil-messagerie.com/validation

Service messagerie
""", c="webmail", h="only", enc="qp", auth="fail")

m("other", False, None, IDF, None, True, "fr",
  "A contract teacher asks about his own employment contract and first salary: sent to the wrong desk; the word 'contrat' does not make it contract_documents. Region from ac-versailles.fr.",
  "Florian Dumas <florian.dumas@ac-versailles.fr>",
  "Mon contrat et mon salaire",
  """Bonjour,

Je suis professeur contractuel depuis le 6 janvier et je n'ai toujours pas reçu mon contrat de travail signé, ni mon premier salaire. On m'a donné cette adresse au secrétariat en me disant que c'était « le support ». Pouvez-vous me dire où en est mon dossier ?

Florian Dumas
""", c="gmail", h="alt", enc="qp")

m("other", False, None, IDF, "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-paris.fr.",
  "Camille Roussel <camille.roussel@ac-paris.fr>",
  "Re: [#SUP-012341] Mot de passe e-sidoc - remplacement au CDI",
  """Merci beaucoup, ça marche ! J'ai pu changer le mot de passe et je l'ai noté dans le classeur de passation cette fois.

Bonne journée,
Camille

Le 14/01/2025 à 10:22, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement. Il est valable 12 heures.
""", c="zimbra", h="alt", irt=True)

m("other", False, None, GE, None, False, "fr",
  "'Bien reçu, merci' from a phone: nothing to do. Region from ac-reims.fr.",
  "Claire Mathieu <claire.mathieu@ac-reims.fr>",
  "Re: [#SUP-012077] Mot de passe e-sidoc",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", c="iphone", enc="qp", irt=True)

m("other", False, None, None, None, False, "en",
  "English partnership pitch from an edtech start-up targeting onboarding of new school staff.",
  "Jessica Lin <jessica@onboardedu.example.io>",
  "Partnership idea: onboarding kits for new school staff",
  """Hi there,

I'm the co-founder of OnboardEdu. We help schools onboard substitute and fixed-term staff with short video walkthroughs of the tools they'll use. Would your team be open to a 20-minute call to explore a partnership?

Best,
Jessica Lin
Co-founder, OnboardEdu
""", c="gmail", h="alt", enc="qp")

m("other", False, None, IDF, None, False, "fr",
  "A trainee librarian asks for media-literacy teaching resources: unrelated to the services. Region from ac-creteil.fr.",
  "Louise Perret <louise.perret@ac-creteil.fr>",
  "Ressources EMI pour stagiaire",
  """Bonjour,

Professeure documentaliste stagiaire, je prépare une séquence d'EMI pour des 6e sur les fausses informations. Auriez-vous des ressources ou des séquences types à me conseiller ?

Merci !
Louise Perret
""", c="outlook", enc="qp")

m("other", False, None, None, None, False, "fr",
  "Unsolicited application for an AED post with a CV: wrong address, other.",
  "Ilyes Ait Ali <ilyes.aitali@outlook.fr>",
  "Candidature AED",
  """Madame, Monsieur,

Étudiant en licence de sciences de l'éducation, je souhaiterais travailler comme assistant d'éducation dans un établissement d'Île-de-France. Vous trouverez mon CV en pièce jointe.

Cordialement,
Ilyes Ait Ali
""", c="outlook", h="alt", enc="qp", att=[("CV_Ilyes_Ait_Ali.pdf", "pdf")])

m("other", False, None, GE, "espace_acheteur", False, "fr",
  "A new gestionnaire asks whether there is a training session for newcomers on the Espace Acheteur: a how-to question with no category of its own. Region from ac-strasbourg.fr.",
  "Aurore Kuntz <aurore.kuntz@ac-strasbourg.fr>",
  "Formation pour les nouveaux arrivants ?",
  """Bonjour,

Je prends mon poste de gestionnaire lundi (remplacement jusqu'en juin) et je n'ai jamais utilisé l'Espace Acheteur. Organisez-vous des formations ou des visios de prise en main pour les nouveaux ? Je n'ai encore aucun problème précis, je veux juste éviter les erreurs.

Aurore Kuntz
""", c="gmail", h="alt", enc="qp")

m("other", False, None, None, "espace_acheteur", False, "fr",
  "GDPR erasure request from a departing contract gestionnaire: other (human review), not account_creation.",
  "Maëlle Briand <maelle.briand@laposte.example.net>",
  "Suppression de mes données",
  """Bonjour,

Mon contrat de gestionnaire au lycée s'est terminé le 31 janvier. Conformément au RGPD, je vous demande de supprimer mon compte personnel sur l'Espace Acheteur et les données qui me concernent.

Maëlle Briand
""", c="webmail", enc="qp")

m("other", False, None, GE, None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-reims.fr.",
  "Gérald Masson <gerald.masson@ac-reims.fr>",
  "Toujours pas de réponse !!!",
  """Bonjour,

Cela fait DEUX semaines que j'ai écrit et toujours rien. Quand on est remplaçant on n'a pas le temps d'attendre, mon contrat se termine dans un mois. C'est inadmissible.

G. Masson
""", c="outlook", enc="qp")

m("other", False, None, IDF, "ticket_portal", False, "fr",
  "How to share a ticket with a new colleague on the ticket portal: a how-to question with no category of its own. Region from ac-paris.fr.",
  "Noémie Caron <noemie.caron@ac-paris.fr>",
  "Partager un ticket avec ma remplaçante",
  """Bonjour,

Je pars en congé la semaine prochaine. Comment ajouter ma remplaçante sur les tickets ouverts dans le portail de tickets pour qu'elle puisse suivre les réponses ?

Noémie Caron
""", c="zimbra", h="alt")

m("other", False, None, None, "ecoledirecte", True, "fr",
  "Thanks for fixing the transfers: mentions EcoleDirecte transfers but asks nothing, so not transfer_incident.",
  "Anaïs Royer <secretariat@nd-versailles.example.fr>",
  "RE: Transferts EcoleDirecte arrêtés",
  """Bonjour,

Merci pour votre aide au téléphone, les transferts fonctionnent de nouveau et les parents voient les notes. J'ai noté la procédure pour la prochaine fois.

Bonne journée,
Anaïs Royer
""", c="outlook", h="alt", enc="qp", irt=True)

m("other", False, None, IDF, None, True, "fr",
  "A newcomer asks what a UAI/RNE is and where to find her school's: vocabulary question, nothing to reset or create yet. Region from ac-paris.fr.",
  "Salomé Henry <salome.henry@ac-paris.fr>",
  "C'est quoi le numéro UAI ?",
  """Bonjour,

Question sans doute basique : on me parle de « numéro UAI » et de « RNE » pour tous les outils. C'est la même chose ? Où est-ce que je trouve celui de mon collège ? Je suis AED et je viens d'arriver.

Merci,
Salomé Henry
""", c="gmail", h="alt", enc="b64")

m("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with an attachment from an unknown sender: phishing, not order_billing.",
  "Service Recouvrement <recouvrement@factures-urgent.example.biz>",
  "Facture impayée n° 2025-0219 - relance avant poursuites",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement sous 48 heures, le dossier sera transmis au contentieux.

Service recouvrement
""", c="webmail", enc="qp", auth="fail", att=[("Facture_2025-0219.pdf.html", "html")])

m("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Ryan Cole <ryan.cole@seo-growth.example.net>",
  "Boost your website ranking in 30 days",
  """Hello,

I noticed your website isn't ranking on the first page for important keywords. We can get you there in 30 days, guaranteed. Reply YES for a free audit.

Ryan
""", c="webmail", enc="7bit")

m("other", False, None, GE, None, False, "fr",
  "Personal message sent to the desk by address autocomplete. Region from ac-nancy-metz.fr.",
  "Julien Mercier <julien.mercier@ac-nancy-metz.fr>",
  "pot de départ vendredi",
  """Coucou,

Tu viens au pot de départ de Martine vendredi à 16h30 en salle des profs ? Elle finit son remplacement, on lui offre un livre. Dis-moi si tu participes (5 €).

Julien
""", c="tb", enc="8bit")

m("other", False, None, None, "ecoledirecte", True, "fr",
  "A parent cannot log in to EcoleDirecte to see her son's grades: not a user of the desk (the school handles parent accounts), so other rather than password_reset.",
  "Sandra Petit <sandra.petit77@gmail.com>",
  "connexion ecoledirecte parent",
  """Bonjour je n arrive plus a me connecter a ecoledirecte pour voir les notes de mon fils, l ecole me dit que c est le nouveau secretaire qui s en occupe mais il ne sait pas. Pouvez vous me redonner mes codes ?
Merci
""", c="android", enc="b64")

# =========================================================================
# Wrapping: headers, HTML alternative, transfer encoding. No mail text below.
# =========================================================================
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")
TZ = timezone(timedelta(hours=1))
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082")
ZIP = b"PK\x05\x06" + b"\x00" * 18
HTMLATT = b"<html><body><form action='https://factures-urgent.example.biz/login'></form></body></html>"
ATT = {"pdf": ("application", "pdf", PDF), "png": ("image", "png", PNG),
       "zip": ("application", "zip", ZIP), "html": ("text", "html", HTMLATT)}


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def addr_of(frm):
    return re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm.strip()


def msgid(client, domain):
    if client in ("outlook", "android"):
        return "<%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (
            ("PR1P264MB" + hexid(28)).upper(), ("PR1P264MB" + hexid(4)).upper())
    if client == "gmail":
        return "<CA+%s@mail.gmail.com>" % base64.b64encode(bytes(RNG.randrange(256) for _ in range(33))).decode().replace("/", "_").replace("+", "-")
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randrange(10**8, 10**9), RNG.randrange(10**5, 10**6), RNG.randrange(10**12, 10**13), domain)
    if client in ("apple", "iphone"):
        u = hexid(32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)
    return "<%s.%s@%s>" % (hexid(12), hexid(8), domain)


CLIENT_HEADERS = {
    "outlook": [("Thread-Topic", None), ("Thread-Index", "idx"), ("Accept-Language", "fr-FR, en-US"),
                ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")],
    "android": [("X-Mailer", "Outlook for Android")],
    "gmail": [],
    "tb": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "fr")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22C161)")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.9_GA_4711 (ZimbraWebClient - FF134 (Win)/10.0.9_GA_4711)"),
               ("X-Originating-IP", "[10.%d.%d.%d]")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "mib": [("X-Mailer", "Mailinblack Protect")],
    "notif": [], "newsletter": [("X-Mailer", "Sendinblue-like mailer 3.1")], "raw": [],
}


def relay_for(domain, client):
    if client in ("outlook", "android"):
        return "PAUP264CU%03d.outbound.protection.outlook.com" % RNG.randrange(1, 999)
    if client == "gmail" or domain == "gmail.com":
        return "mail-wr1-f%d.google.com" % RNG.randrange(10, 99)
    return "smtp%d.%s" % (RNG.randrange(1, 6), domain)


def date_for(mail):
    if "date" in mail["kw"]:
        d = datetime.strptime(mail["kw"]["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    else:
        day = RNG.randrange(10, 15)
        hour = RNG.randrange(7, 19) if mail["cat"] != "automated" else RNG.randrange(0, 24)
        d = datetime(2025, 2, day, hour, RNG.randrange(60), RNG.randrange(60), tzinfo=TZ)
    return d


def top_headers(mail, when):
    kw = mail["kw"]
    frm = mail["frm"]
    addr = addr_of(frm)
    domain = addr.split("@")[1].lower()
    client = kw.get("c", "raw")
    relay = relay_for(domain, client)
    rp = "<>" if kw.get("kind") == "report" else kw.get("rp", "<%s>" % addr)
    ip = "%d.%d.%d.%d" % (RNG.choice([192, 198, 203]), RNG.choice([0, 51, 0]), RNG.choice([2, 100, 113]), RNG.randrange(2, 250))
    stamp = format_datetime(when + timedelta(seconds=RNG.randrange(2, 40)))
    if kw.get("auth") == "fail":
        auth = ("mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; "
                "dmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    else:
        auth = ("mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s; "
                "spf=pass smtp.mailfrom=%s; dmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    h = [("Return-Path", rp), ("Delivered-To", "support@assistance.example.fr"),
         ("Received", "from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s for <support@assistance.example.fr>; %s"
          % (relay, relay, ip, hexid(15).upper(), stamp)),
         ("Authentication-Results", auth),
         ("From", frm), ("To", DESK)]
    if kw.get("cc"):
        h.append(("Cc", kw["cc"]))
    if kw.get("reply_to"):
        h.append(("Reply-To", kw["reply_to"]))
    h += [("Subject", mail["subj"]), ("Date", format_datetime(when)), ("Message-ID", msgid(client, domain))]
    if kw.get("irt"):
        ref = re.search(r"#?(SUP-\d+)", mail["subj"])
        rid = "<%s.%d.%s@assistance.example.fr>" % (ref.group(1) if ref else "SUP-0" + str(RNG.randrange(11000, 12600)),
                                                   RNG.randrange(1737000000, 1739000000), hexid(6))
        h += [("In-Reply-To", rid), ("References", rid)]
    for name, value in CLIENT_HEADERS.get(client, []):
        if value is None:
            value = re.sub(r"^(RE|Re|TR|Fwd)\s*:\s*", "", mail["subj"])
        elif value == "idx":
            value = base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()
        elif "%d" in value:
            value = value % (RNG.randrange(256), RNG.randrange(256), RNG.randrange(256))
        h.append((name, value))
    for name, value in kw.get("hdr", {}).items():
        h.append((name, value))
    return h


def to_html(text, client, charset):
    paras, quote = [], []
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(html.escape(line.lstrip("> ").rstrip(), quote=False))
            continue
        if quote:
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">%s</blockquote>" % "<br>\n".join(quote))
            quote = []
        out.append(html.escape(line, quote=False) if line.strip() else "")
    if quote:
        out.append("<blockquote>%s</blockquote>" % "<br>\n".join(quote))
    if client == "outlook":
        body = "\n".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % (l or "&nbsp;") for l in out)
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>\n"
                "</head><body lang=\"FR\"><div class=\"WordSection1\">\n%s\n</div></body></html>\n" % (charset, body))
    if client == "gmail":
        return "<div dir=\"ltr\">%s</div>\n" % "".join("<div>%s</div>" % (l or "<br>") for l in out)
    return "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt\">\n%s\n</div></body></html>\n" % "<br>\n".join(out)


def build_report(mail, when):
    kw = mail["kw"]
    hm = EmailMessage(policy=policy.default)
    for name, value in top_headers(mail, when):
        hm[name] = value
    head = hm.as_bytes(policy=policy.default).rstrip(b"\n")
    b = "=_rep_" + hexid(16)
    ctype = "message/delivery-status" if kw["report"] == "delivery-status" else "message/disposition-notification"
    parts = ["This is a MIME-encapsulated message.", "",
             "--" + b, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
             "Content-Description: Notification", "", mail["body"].rstrip("\n"), "",
             "--" + b, "Content-Type: " + ctype, "", kw["status"].rstrip("\n"), ""]
    if kw.get("orig"):
        parts += ["--" + b, "Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers",
                  "", kw["orig"].rstrip("\n"), ""]
    parts += ["--" + b + "--", ""]
    mime = ("\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=%s;\n boundary=\"%s\"\n\n"
            % (kw["report"], b))
    return head + mime.encode() + "\n".join(parts).encode("utf-8")


def build(mail, when):
    kw = mail["kw"]
    if kw.get("kind") == "report":
        return build_report(mail, when)
    client = kw.get("c", "raw")
    charset = kw.get("charset", "utf-8")
    enc = kw.get("enc", "quoted-printable")
    enc = {"qp": "quoted-printable", "b64": "base64"}.get(enc, enc)
    html_mode = kw.get("h")
    msg = EmailMessage(policy=policy.default)
    for name, value in top_headers(mail, when):
        msg[name] = value
    hcte = "quoted-printable" if enc in ("8bit", "7bit") else enc
    if html_mode == "only":
        msg.set_content(to_html(mail["body"], client, charset), subtype="html", charset=charset, cte=hcte)
    else:
        msg.set_content(mail["body"], charset=charset, cte=enc)
        if html_mode == "alt":
            msg.add_alternative(to_html(mail["body"], client, charset), subtype="html", charset=charset, cte=hcte)
    for fname, kind in kw.get("att", []):
        maintype, subtype, data = ATT[kind]
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():
        if part.is_multipart():  # fixed boundaries keep the output deterministic
            part.set_boundary("=_%s_%s" % (client, hexid(24)))
    return msg.as_bytes(policy=policy.default)


def label(mail, fname):
    return {"file": fname, "category": mail["cat"], "auto_reply_ok": mail["ar"], "uai": mail["uai"],
            "region": mail["region"], "platform": mail["plat"], "hard": mail["hard"],
            "lang": mail["lang"], "notes": mail["notes"]}


def write_all():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        mail = MAILS[i]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(build(mail, date_for(mail)))
        labels.append(label(mail, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


# =========================================================================
# Checks
# =========================================================================
def visible_text(msg):
    chunks = [str(msg.get(h, "")) for h in ("Subject", "From", "To", "Cc", "Reply-To")]
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_filename():
            continue
        try:
            content = part.get_content()
        except Exception:  # noqa: BLE001 - a report block without a body
            continue
        if not isinstance(content, str):
            continue
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        chunks.append(content)
    return "\n".join(chunks)


def region_expected(uai, sender):
    if uai:
        return PREFIX_REGION.get(uai[:3])
    domain = sender.rsplit("@", 1)[-1].lower().rstrip(">")
    return DOMAIN_REGION.get(domain)


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150, len(labels)
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    assert [lab["file"] for lab in labels] == files
    regions = set(REGION_DEPTS)
    en = 0
    for lab in labels:
        f = lab["file"]
        assert list(lab) == keys, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["region"] is None or lab["region"] in regions, f
        assert lab["lang"] in ("fr", "en"), f
        en += lab["lang"] == "en"
        assert isinstance(lab["notes"], str) and lab["notes"].strip() and "\n" not in lab["notes"], f
        assert lab["uai"] is None or (lab["uai"] == lab["uai"].upper() and uai_valid(lab["uai"])), f
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            for name, value in part.items():
                assert not getattr(value, "defects", None), (f, name, value.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        assert msg["Date"].datetime is not None, f
        text = visible_text(msg)
        flat = re.sub(r"\s+", "", text).lower()
        if lab["uai"]:
            assert lab["uai"].lower() in flat, (f, lab["uai"])
        notes = lab["notes"]
        for code in UAI_RE.findall(text):
            if uai_valid(code):
                assert code.upper() == lab["uai"] or code.upper() in notes.upper(), (f, code)
            else:
                assert "wrong check letter" in notes and code in notes, (f, code)
        if "wrong check letter" in notes:
            bad = [c for c in UAI_RE.findall(notes) if not uai_valid(c)]
            assert bad, f
            for c in bad:
                assert c.lower() in flat, (f, c)
                fixed = c[:7] + LETTERS[int(c[:7]) % 23]
                assert fixed != c.upper() and fixed in notes, (f, c)
        sender = msg["From"].addresses[0].addr_spec
        assert lab["region"] == region_expected(lab["uai"], sender), (f, lab["region"], region_expected(lab["uai"], sender))
    cats = {lab["category"] for lab in labels}
    assert cats == set(CATEGORIES), set(CATEGORIES) - cats
    assert 10 <= en <= 25, en
    return labels


if __name__ == "__main__":
    write_all()
    labs = check()
    counts = {}
    for lab in labs:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print("ok: %d mails, %d English, %d hard" % (len(labs), sum(l["lang"] == "en" for l in labs),
                                                 sum(l["hard"] for l in labs)))
    for c in CATEGORIES:
        print("  %-30s %d" % (c, counts.get(c, 0)))
