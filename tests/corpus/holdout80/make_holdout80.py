#!/usr/bin/env python3
"""Write the holdout80 blind test corpus: 150 hand-written support mails + labels.

Theme: people who paste what their screen says (error messages, HTTP error
pages, browser warnings, captcha problems, URLs, ERR_ codes, platform text),
mostly from Auvergne-Rhone-Alpes and Bourgogne-Franche-Comte.

Standard library only, deterministic (fixed seed). Run: python3 make_holdout80.py
"""
import datetime
import html as htmlmod
import json
import os
import random
import re
import struct
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(80)
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
A = "auvergne-rhone-alpes"
B = "bourgogne-franche-comte"
CATS = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
        "subscription_activation", "head_of_establishment_request", "order_billing",
        "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
REGION_DEPS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56", "centre-val-de-loire": "18 28 36 37 41 45",
    "corse": "620 720", "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80", "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85", "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
    "guadeloupe": "971", "martinique": "972", "guyane": "973", "la-reunion": "974", "mayotte": "976",
}
DEP2REG = {}
for _r, _ds in REGION_DEPS.items():
    for _d in _ds.split():
        DEP2REG[_d if len(_d) == 3 else "0" + _d] = _r
DOMAIN2REG = {
    "ac-clermont.fr": A, "ac-grenoble.fr": A, "ac-lyon.fr": A,
    "ac-besancon.fr": B, "ac-dijon.fr": B, "ac-rennes.fr": "bretagne",
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


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(frm, subj, body, cat, auto, uai, reg, plat, notes, **kw):
    """One hand-written mail. kw: lang, hard, client, cte, html, att, hdr, auth, irt, robot."""
    MAILS.append(dict(frm=frm, subj=subj, body=body, cat=cat, auto=auto, uai=uai,
                      reg=reg, plat=plat, notes=notes, **kw))

# ---------------------------------------------------------------- password_reset
M("Sandrine Perrot <sandrine.perrot@ac-lyon.fr>", "Connexion e-sidoc impossible",
"""Bonjour,

Depuis ce matin je n'arrive plus à entrer dans l'administration du portail
e-sidoc du CDI. Quand je valide, la page se recharge et affiche en rouge :

« Identifiant ou mot de passe incorrect. Il vous reste 2 tentative(s). »

Je n'ose plus réessayer. Notre identifiant est 0693490U. Je pense que le mot
de passe a été changé par ma collègue avant son départ en juin.

Pouvez-vous me renvoyer un lien pour le réinitialiser ?

Merci d'avance,
Sandrine Perrot
Professeure documentaliste
Collège Louis Aragon - Givors
""", "password_reset", True, "0693490U", A, "esidoc",
"Lost e-sidoc administration password after a colleague changed it; pasted login error, UAI in the body.",
client="tb")

M("Kevin Brun <kevin.brun@ac-grenoble.fr>", "compte bloqué espace acheteur",
"""bonjour

je suis gestionnaire au lycee du Gresivaudan, impossible de me connecter a l espace acheteur, voici le message :

"Votre compte est verrouillé suite à 5 tentatives infructueuses. Réessayez dans 30 minutes ou contactez votre administrateur."

j ai attendu 1h, toujours pareil. j ai du me tromper de mdp plusieurs fois, je ne m en souviens plus du tout.
uai 0383502A

merci
Kevin
""", "password_reset", True, "0383502A", A, "espace_acheteur",
"Account locked after failed attempts and the password is forgotten; written without accents, UAI given.",
client="gm")

M("Secretariat College Jean Rostand <ce.0213152M@ac-dijon.fr>", "Lien expiré",
"""Bonjour,

La documentaliste nous a demandé de cliquer sur le lien de réinitialisation
du mot de passe e-sidoc, reçu sur la boîte du collège. Le lien ouvre une page
qui dit :

    Le lien de réinitialisation a expiré ou a déjà été utilisé.
    Veuillez effectuer une nouvelle demande.

Nous avons refait la demande hier soir mais le nouveau lien donne le même
message ce matin. Pouvez-vous nous en renvoyer un valide ?

Cordialement,
Le secrétariat
""", "password_reset", True, "0213152M", B, "esidoc",
"Reset link expired; the UAI appears only in the ce.<UAI>@ac-dijon.fr sender address of the secretariat.",
hard=True, client="ol")

M("Daniel Hughes <d.hughes@ac-grenoble.fr>", "e-sidoc admin login: Invalid credentials (AUTH-401)",
"""Hello,

I look after the IT at the international section of Lycée Europole, Grenoble
(school code 0383545X). Our librarian cannot log in to the e-sidoc back office
any more. The page returns:

  Error: Invalid credentials (code AUTH-401)

We have tried the "Forgot password" link but we are not sure which address is
registered for the admin account. Could you send a reset link, or tell us
which address it will go to?

Thanks,
Daniel Hughes
IT support - Lycée Europole
""", "password_reset", True, "0383545X", A, "esidoc",
"English; the librarian's e-sidoc admin password no longer works, reset link wanted.",
lang="en", client="ol")

M("Mathilde Fayolle <mathilde.fayolle@ac-clermont.fr>", "Pas un souci de captcha",
"""Bonjour,

Je précise tout de suite : ce n'est pas le captcha qui bloque (je coche bien
« Je ne suis pas un robot » et les images passent), c'est mon mot de passe
qui est refusé. Message affiché juste après :

« Mot de passe incorrect »

Je ne l'ai pas utilisé depuis mars et je crois que je l'ai tout simplement
oublié. Collège Jules Ferry, UAI 0631830X.

Merci de me dire comment le récupérer.

Mathilde Fayolle
Documentaliste
""", "password_reset", True, "0631830X", A, "esidoc",
"Negation: the captcha is not the problem, the forgotten password is.",
hard=True, client="tb")

M("Olivier Mounier <olivier.mounier@ac-lyon.fr>", "Reinitialisation mot de passe - code 0423516K",
"""Bonjour,

Je n'arrive pas à réinitialiser le mot de passe du portail. Quand je saisis
notre identifiant 0423516K sur la page "Mot de passe oublié", j'obtiens :

"Identifiant inconnu. Vérifiez la saisie de votre code établissement."

Pourtant c'est bien le code écrit sur nos courriers. Pouvez-vous regarder ?

Olivier Mounier
Professeur documentaliste, collège Jean Dasté - Saint-Étienne
""", "password_reset", False, None, A, "esidoc",
"Code typed as 0423516K has a wrong check letter (the digits give 0423516U), so no UAI and no address on file to target; region from ac-lyon.fr; a person must check.",
hard=True, client="tb")

M("Nathalie Guillemin <n.guillemin@ac-dijon.fr>", "Erreur 401 sur l'Espace Acheteur",
"""Bonjour,

En voulant me connecter à l'Espace Acheteur, j'ai une page blanche avec :

401 - Authentification requise
Vos identifiants n'ont pas pu être vérifiés.

Je pense que c'est mon mot de passe qui a expiré (on m'avait prévenue qu'il
fallait le changer tous les 6 mois). Pouvez-vous me le réinitialiser ?

Notre UAI : 071 3193 K (collège Saint-Exupéry, Chalon-sur-Saône)

Bien à vous,
Nathalie Guillemin
Adjointe gestionnaire
""", "password_reset", True, "0713193K", B, "espace_acheteur",
"Expired password after a 401 page; the UAI is written with spaces (071 3193 K).",
hard=True, client="zm")

M("=?utf-8?q?B=C3=A9atrice_Lamy?= <beatrice.lamy@orange.fr>", "identifiant oublié",
"""Bonjour,

Je suis secrétaire-gestionnaire au lycée agricole de Châteaufarine. Sur la page de
connexion, l'écran dit « Identifiant inconnu » quand je tape mon adresse
mail. Je crois que l'identifiant n'est pas mon adresse mais un code ?
Je ne le connais pas, ni le mot de passe d'ailleurs.

Le code de l'établissement est 0252991R si ça aide.

Merci
Béatrice Lamy
""", "password_reset", True, "0252991R", B, "espace_acheteur",
"Does not know the identifier (the UAI) nor the password; classic reset path, UAI given.",
client="ap")

M("Julie Chassagne <julie.chassagne@ac-clermont.fr>", "acces admin portail",
"""Bonjour,

Je n'arrive plus à accéder à la partie gestion de notre portail :
https://0153133z.esidoc.fr/administration/login?erreur=identifiants

Le message est « Identifiants invalides ». J'ai fait plusieurs essais avec
les mots de passe que j'utilise d'habitude, rien à faire.
Est-il possible d'avoir un nouveau mot de passe ?

Merci beaucoup,
Julie Chassagne
CDI - Aurillac
""", "password_reset", True, "0153133Z", A, "esidoc",
"The UAI appears only inside the portal URL, in lower case (0153133z.esidoc.fr).",
hard=True, client="zm")

M("Mark Thompson <mark.thompson@bibliotech-services.com>", "Password expired on the support portal",
"""Hi,

When I log in to the support ticket portal I get:

  "Your password has expired. Please choose a new password."

but when I click "Change password" the page says "Current password is
incorrect" - I honestly do not remember the old one. Could you reset it so I
can set a new one? Login is my email address above.

Regards,
Mark Thompson
Bibliotech Services Ltd
""", "password_reset", True, None, None, "ticket_portal",
"English; expired and forgotten password on the ticket portal; non-academic sender, no UAI.",
lang="en", client="gm")

M("Florence Rey <florence.rey@ac-grenoble.fr>", "mot de passe + facture",
"""Bonjour,

Deux choses :
1) Je n'ai plus mon mot de passe pour l'Espace Acheteur, la page affiche
"Session expirée, veuillez vous reconnecter" puis "Mot de passe erroné".
Pouvez-vous me le réinitialiser ?
2) Une fois connectée, je dois récupérer la facture de septembre pour
l'agent comptable, je ne la trouve pas dans le menu. Pouvez-vous me
l'envoyer en PDF ?

Cité scolaire Berthollet, UAI 0743638C

Merci !
Florence Rey
Gestionnaire
""", "password_reset", False, "0743638C", A, "espace_acheteur",
"Two topics: password reset (first) and a copy of an invoice (order_billing); the reset template answers only half.",
hard=True, client="tb")

M("Aurelie Vial <aurelie.vial@ac-lyon.fr>", "RE: [#SUP-007812] Abonnement Europresse pas visible",
"""Bonjour,

Merci, Europresse est bien visible maintenant.
Par contre autre problème : je ne peux plus me connecter à l'admin, j'ai
« Mot de passe incorrect » alors que je n'ai rien changé. Je l'ai peut-être
mal noté. Pouvez-vous m'envoyer un lien de réinitialisation ?

Aurélie Vial
Documentaliste - collège du Tonkin, 0691702A

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 8 octobre 2024 15:12
À : Aurelie Vial <aurelie.vial@ac-lyon.fr>
Objet : [#SUP-007812] Abonnement Europresse pas visible

Bonjour,

Votre abonnement Europresse a été activé. Il peut s'écouler jusqu'à 72 h
avant que la ressource apparaisse dans votre portail.

Cordialement,
L'équipe d'assistance
""", "password_reset", True, "0691702A", A, "esidoc",
"Reply on a subscription ticket (quoted Outlook history) that now clearly asks for a password reset.",
hard=True, client="ol", irt="SUP-007812")

M("Pascal Dumas <p.dumas@ensemble-scolaire-lassalle.fr>", "EcoleDirecte - connexion administrateur refusée",
"""Bonjour,

Sur la page de connexion EcoleDirecte (espace établissement), j'ai le message :

  Identifiant ou mot de passe invalide (code 505)

Je suis le responsable informatique de l'établissement (UAI 0693498C) et je
n'ai plus le mot de passe du compte administrateur depuis le changement de
direction. Comment faire ?

Pascal Dumas
Ensemble scolaire La Salle - Lyon
""", "password_reset", False, "0693498C", A, "ecoledirecte",
"Lost EcoleDirecte administrator password; no reset template for this product, a person answers.",
client="ol")

M("Christelle Favre <christelle.favre@ac-grenoble.fr>", "Compte bloqué LOCKED_ACCOUNT",
"""Bonjour,

Voici le message que j'ai à l'écran en voulant me connecter au portail du CDI :

Compte bloqué. Trop de tentatives de connexion.
Code : LOCKED_ACCOUNT

Je ne retrouve pas mon mot de passe. Pouvez-vous débloquer le compte et me
permettre d'en choisir un nouveau ?

Christelle Favre
Professeure documentaliste
Collège de Maurienne - 0731748D
""", "password_reset", True, "0731748D", A, "esidoc",
"Locked account and forgotten password, pasted error code, UAI in the signature line.",
client="zm")

M("laurent p <laurentp.89@gmail.com>", "mdp perdu",
"""bjr
mdp perdu pour l espace acheteur, j arrive sur
https://espace-acheteur.example.fr/login?error=bad_credentials
a chaque fois. college de Joigny 0891011R. vous pouvez m envoyer un nouveau mdp svp
merci
""", "password_reset", True, "0891011R", B, "espace_acheteur",
"Terse, abbreviated: lost password, error URL pasted; the reset goes to the address on file, not to this gmail.",
client="gm")

M("Emma Clarke <emma.clarke@ac-besancon.fr>", "Forgotten password link no longer valid",
"""Good morning,

I am the English-speaking assistant librarian at Lycée Pasteur in Besançon
(0253071C). I clicked the link in the password reset email and I get:

  "This link is no longer valid. Please request a new password."

I requested a new one twice. Could you reset the password for our e-sidoc
admin account, please?

Kind regards,
Emma Clarke
""", "password_reset", True, "0253071C", B, "esidoc",
"English; reset link invalid, asks for a new password reset.",
lang="en", client="ap")

M("=?utf-8?q?G=C3=A9rard_Millet?= <gerard.millet@ac-dijon.fr>", "Erreur 410 lien mot de passe",
"""Bonjour,

Le mail pour changer le mot de passe est bien arrivé, mais le bouton mène à
une page :

Erreur 410 - Gone
Ce lien n'est plus valide.

Je l'ai ouvert moins d'une heure après réception. Pourriez-vous me renvoyer
un lien ?

Gérard Millet
Collège Les Courlis - Nevers
UAI : 0583217G
""", "password_reset", True, "0583217G", B, "esidoc",
"The reset mail arrived but its link shows 'Erreur 410'; a new reset link answers it.",
client="ol")

M("Agnes Pernot <agnes.pernot@ac-dijon.fr>", "nouveau mot de passe refusé",
"""Bonjour,

Je précise que le mail de réinitialisation arrive bien (ce n'est pas un
problème d'indésirables ni de MailInBlack, on n'a rien de ce genre au
collège). J'ai choisi un nouveau mot de passe, la page a affiché « Votre mot
de passe a été modifié », mais quand je me connecte :

« Identifiant ou mot de passe incorrect »

J'ai refait la manip trois fois. Collège Victor Hugo, 0712289C.

Agnès Pernot, gestionnaire
""", "password_reset", False, "0712289C", B, "espace_acheteur",
"Names MailInBlack only to rule it out; the reset already ran three times and still fails, so the reset template would not help.",
hard=True, client="tb")

M("Marion Berthet <marion.berthet@ac-lyon.fr>", "Mot de passe e-sidoc",
"""Bonjour
Mot de passe oublié pour l'admin e-sidoc du collège, 0011453Z. Le site me dit "identifiants incorrects". Pouvez vous m'envoyer un lien ?
Merci

Envoyé de mon iPhone
""", "password_reset", True, "0011453Z", A, "esidoc",
"Short mail from a phone: forgotten e-sidoc password, UAI given.",
client="ip")

M("Secretariat Lycee Courbet <secretariat.courbet@lycee-courbet-belfort.fr>", "Session expirée puis mot de passe inconnu",
"""Bonjour,

En voulant commander sur l'Espace Acheteur, le site a affiché

« Votre session a expiré, veuillez vous reconnecter »

et depuis nous ne pouvons plus nous reconnecter : l'ancien gestionnaire
avait gardé le mot de passe pour lui et il est parti à la retraite. Comment
en obtenir un nouveau ?

Cordialement,

--
Secrétariat d'intendance
Lycée Gustave Courbet
2 rue Hirn - 90000 Belfort
RNE 0901356K
""", "password_reset", True, "0901356K", B, "espace_acheteur",
"Password lost when the former gestionnaire retired; the UAI (called RNE) appears only in the signature.",
hard=True, client="ol", cte="base64")

M("Jessica Morel <jessica.morel@ac-lyon.fr>", "Je ne suis pas un robot... et adresse inconnue",
"""Bonjour,

Sur la page « mot de passe oublié », je coche « Je ne suis pas un robot »,
je tape l'adresse du CDI et j'obtiens :

« Adresse e-mail inconnue. Aucun compte ne correspond à cette adresse. »

Je ne sais pas quelle adresse avait été donnée à la création du compte. Le
lycée, c'est Albert Camus à Firminy, UAI 0422907G.

Comment récupérer l'accès ?

Jessica Morel
""", "password_reset", True, "0422907G", A, "esidoc",
"Forgotten password, the typed address is not on file: the rule sends the link to the establishment's official address.",
client="gm")

M("Camille Roche <camille.roche.doc@gmail.com>", "perte mot de passe portail CDI",
"""Bonjour,

Je remplace la documentaliste du collège Les Gentianes jusqu'en décembre.
Sur l'admin du portail j'ai le message : "Erreur d'authentification -
vérifiez votre identifiant et votre mot de passe". La collègue ne m'a laissé
aucun code.
Pouvez-vous m'aider à récupérer l'accès ?

Camille Roche
""", "password_reset", True, None, None, "esidoc",
"Replacement teacher from a personal address, no UAI: the automatic answer explains the head-of-establishment procedure.",
client="gm")

M("=?utf-8?q?St=C3=A9phanie_Aubert?= <stephanie.aubert@ac-clermont.fr>", "changement de collège - mot de passe",
"""Bonjour,

J'ai été mutée à la rentrée du collège Jean Racine de Montluçon (0033007C)
au collège Lucie Aubrac de Clermont-Ferrand (0631481T). C'est pour ce
dernier que je n'ai pas le mot de passe du portail : l'écran affiche
« Identifiant ou mot de passe incorrect » avec les codes qu'on m'a donnés.

Merci de m'envoyer un lien de réinitialisation pour 0631481T.

Stéphanie Aubert
""", "password_reset", True, "0631481T", A, "esidoc",
"Two UAIs: the old school 0033007C and the new one 0631481T, which the reset is about.",
hard=True, client="tb")

M("Remi Jacquet <remi.jacquet@ac-besancon.fr>", "Accès refusé au portail - mot de passe",
"""Bonjour,

Message affiché : « Accès refusé. Votre mot de passe ne respecte plus la
politique de sécurité, veuillez le réinitialiser. »

Le bouton « réinitialiser » me renvoie sur la page d'accueil. Pouvez-vous me
faire parvenir un lien ? Collège Pergaud, Pontarlier, 0251768L.

Rémi Jacquet
""", "password_reset", True, "0251768L", B, "esidoc",
"Password must be reset after a policy change; the reset link from the desk answers it.",
client="tb")
# ---------------------------------------------------------------- missing_noreply_mail
M("Fabienne Reynaud <fabienne.reynaud@ac-grenoble.fr>", "mail d'activation jamais reçu",
"""Bonjour,

J'ai créé mon compte sur l'Espace Acheteur lundi. L'écran disait :

« Un e-mail d'activation vous a été envoyé à l'adresse indiquée. Cliquez sur
le lien qu'il contient pour activer votre compte. »

Rien reçu depuis, ni dans la boîte de réception ni ailleurs.
Lycée Montplaisir, Valence - 0261172H

Merci de votre aide,
Fabienne Reynaud
""", "missing_noreply_mail", True, "0261172H", A, "espace_acheteur",
"The activation mail announced on screen never arrived; no anti-spam product named.",
client="tb")

M("Hannah Weber <hannah.weber@ac-grenoble.fr>", "Confirmation email never arrived",
"""Hello,

After registering on the e-sidoc portal the page said "A confirmation email has
been sent to your address". It has been two days and nothing arrived. I checked
the spam folder too.

Could you resend it?

Thanks,
Hannah Weber
Librarian
""", "missing_noreply_mail", True, None, A, "esidoc",
"English; confirmation mail never arrived; no UAI, region from the ac-grenoble.fr address.",
lang="en", client="gm")

M("Thierry Bonnot <thierry.bonnot@ac-dijon.fr>", "Pas de mail de confirmation (pas de MailInBlack chez nous)",
"""Bonjour,

Avant que vous me parliez de MailInBlack : nous ne l'avons PAS au lycée, j'ai
vérifié avec la DANE et la DSI, les mails passent par la messagerie académique
sans filtre supplémentaire.

Le problème : après inscription, le site indique « Vous allez recevoir un
e-mail de confirmation » et rien n'arrive, ni pour moi ni pour ma collègue.

Lycée Stephen Liégeard, Brochon - 0213287J

Thierry Bonnot, DDFPT
""", "missing_noreply_mail", True, "0213287J", B, "espace_acheteur",
"Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
hard=True, client="tb")

M("Isabelle Marechal <isabelle.marechal@ac-besancon.fr>", "mot de passe oublié : rien ne vient",
"""Bonjour,

J'ai cliqué sur « Mot de passe oublié », saisi notre identifiant, et la page
m'a répondu :

« Si votre adresse est connue, vous recevrez un e-mail dans quelques minutes. »

C'était il y a 3 jours. Aucun mail, même dans les indésirables. Le mot de passe
en lui-même, je peux le changer sans problème si je reçois ce mail.

Isabelle Maréchal - CDI collège Pasteur, Lons-le-Saunier (0393888P)
""", "missing_noreply_mail", True, "0393888P", B, "esidoc",
"Reads like a password problem, but the reset tool works: the new-password mail never arrives.",
hard=True, client="zm")

M("Marches publics - Mairie de Tournus <marches@mairie-tournus.fr>", "Plus de notifications de commandes",
"""Bonjour,

Depuis une quinzaine de jours nous ne recevons plus les notifications
« Nouvelle commande à valider » envoyées par no-reply de l'Espace Acheteur.
Les commandes apparaissent bien quand on se connecte, mais plus aucun mail.
Rien dans les courriers indésirables.

Cordialement,
Service marchés publics
""", "missing_noreply_mail", True, None, None, "espace_acheteur",
"Notifications from the no-reply sender stopped; municipal sender, no UAI, no académie domain.",
client="gm")

M("=?utf-8?q?Val=C3=A9rie_Collomb?= <valerie.collomb@ac-grenoble.fr>", "RE: [#SUP-008140] Mail d'activation non reçu",
"""Bonjour,

J'ai suivi vos conseils (indésirables, ajout de l'expéditeur aux contacts),
mais toujours rien après 48 h. Pouvez-vous transmettre à quelqu'un qui
peut vérifier de votre côté ?

Valérie Collomb
Collège Le Bugey - 0731340K

Le lun. 14 oct. 2024 à 09:31, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Le message d'activation est envoyé par une adresse no-reply. Vérifiez
> votre dossier de courrier indésirable et ajoutez l'expéditeur à vos
> contacts. Sans nouvelles de votre part sous 48 h, nous reviendrons vers
> vous.
>
> L'équipe d'assistance
""", "missing_noreply_mail", False, "0731340K", A, "esidoc",
"Reply after the junk-folder answer: still nothing after 48 h, a person must follow up.",
client="gm", irt="SUP-008140")

M("Jean-Marc Tixier <jean-marc.tixier@ac-clermont.fr>", "Accusé de réception du portail",
"""Bonjour,

J'ai déposé une demande sur le portail d'assistance mercredi. L'écran a
affiché :
« Votre demande a bien été enregistrée. Un accusé de réception vous sera
envoyé par e-mail. »
Je n'ai rien reçu. La demande existe-t-elle vraiment ?

Jean-Marc Tixier
""", "missing_noreply_mail", True, None, A, "ticket_portal",
"Acknowledgement mail from the ticket portal never arrived; no UAI, region from ac-clermont.fr.",
client="zm")

M("Sylvie Grandclement <sylvie.grandclement@ac-besancon.fr>", "Document à signer : mail non reçu",
"""Bonjour,

On m'a indiqué sur la plateforme de signature :

« Vous allez recevoir un e-mail vous invitant à signer le document. »

Je n'ai jamais rien reçu. Il s'agit de la convention de notre lycée,
0703169P (Lycée Belin, Vesoul). J'ai regardé dans les spams.

Sylvie Grandclément, adjointe gestionnaire
""", "missing_noreply_mail", True, "0703169P", B, "esignature",
"The signing invitation mail never arrived; no anti-spam product named.",
client="tb")

M("Christophe Lebeau <christophe.lebeau@ac-dijon.fr>", "mail d'activation supprimé",
"""Bonjour,

Le mail d'activation de mon compte e-sidoc est parti dans les
« Courrier indésirable » et a été supprimé automatiquement avant que je le
voie. Quand je clique sur « Renvoyer l'e-mail », j'obtiens :

« Trop de demandes. Réessayez plus tard. »

Pouvez-vous me le renvoyer ? Collège Les Loges, Cosne - 0582568B

Christophe Lebeau
""", "missing_noreply_mail", True, "0582568B", B, "esidoc",
"Activation mail lost in the junk folder, resend blocked on screen; no anti-spam product named.",
client="ol")

M("Directrice Ecole Les Tilleuls <ecole.tilleuls.bourg@wanadoo.fr>", "Activation BCD",
"""Bonjour,

Je suis la directrice de l'école élémentaire Les Tilleuls à Bourg-en-Bresse
(0011973P). J'ai inscrit l'école pour le portail de la BCD il y a une
semaine, l'écran disait qu'un mail d'activation allait arriver. Rien.
Pouvez-vous vérifier l'adresse et le renvoyer ?

Merci
Mme Duclos
""", "missing_noreply_mail", True, "0011973P", A, "esidoc",
"Written by the school's head, but she only reports a missing activation mail: not a head-of-establishment request.",
hard=True, client="ap")

M("Oliver Grant <o.grant@fournitures-alpines.com>", "Verification code email not received",
"""Hello,

I am trying to register as a supplier contact on the buyer space. The page
says "Enter the 6-digit code we sent to your email" but no email comes
through. I tried "Resend code" three times.

Best regards,
Oliver Grant
Fournitures Alpines
""", "missing_noreply_mail", True, None, None, "espace_acheteur",
"English; verification-code mail never arrives; company sender, no UAI.",
lang="en", client="ol")

M("Marie-Laure Vernet <marie-laure.vernet@ac-clermont.fr>", "mail de confirmation",
"""Bonjour,
je n'ai jamais reçu le mail de confirmation d'inscription au portail du CDI
(page affichée : "Inscription enregistrée, consultez votre messagerie").
notre code est 0432748d, collège de Brioude.
Bonne journée
ML Vernet
""", "missing_noreply_mail", True, "0432748D", A, "esidoc",
"UAI written in lower case (0432748d); the sign-up confirmation mail never came.",
hard=True, client="zm")

M("Sebastien Carron <sebastien.carron@ac-grenoble.fr>", "Filtre Vade : mails du support ?",
"""Bonjour,

Nous utilisons le filtre Vade de l'académie, pas MailInBlack. Depuis la
rentrée les mails « Réinitialisation de votre mot de passe » de la
plateforme n'arrivent plus à la boîte du CDI (lycée Baudelaire, Annecy,
0741149X). La page indique pourtant « E-mail envoyé ».

Pouvez-vous vérifier l'adresse d'envoi pour qu'on la déclare ?

Sébastien Carron, assistant informatique
""", "missing_noreply_mail", True, "0741149X", A, "esidoc",
"An anti-spam filter is named but it is not MailInBlack: missing_noreply_mail rules apply.",
hard=True, client="tb")

M("Anne Girardot <anne.girardot@ac-besancon.fr>", "Lien de connexion non reçu",
"""Bonjour,

La page du portail affiche : « Un lien de connexion vous a été envoyé par
e-mail. Il est valable 15 minutes. »

Je ne l'ai jamais reçu. Collège Saint-Exupéry, Belfort, UAI 0903076E.

Anne Girardot
""", "missing_noreply_mail", True, "0903076E", B, "esidoc",
"HTML-only Outlook mail: the login-link mail never arrived.",
client="ol", html="only")

M("Pierre Chauvet <pierre.chauvet@ac-clermont.fr>", "activation + tarif",
"""Bonjour,

1. Je n'ai pas reçu le mail d'activation pour mon compte (la page a dit
« mail envoyé » il y a 4 jours).
2. Pouvez-vous aussi m'indiquer le tarif de l'abonnement pour un lycée de
1200 élèves ? Il nous faut un devis avant décembre.

Lycée Blaise Pascal - 0633075A

Pierre Chauvet
""", "missing_noreply_mail", False, "0633075A", A, "esidoc",
"Two topics: missing activation mail (first) and a quote request (order_billing): a person must answer both.",
hard=True, client="tb")

M("Delphine Maillard <delphine.maillard@ac-dijon.fr>", "Renvoyer le mail ne marche pas",
"""Bonjour,
J'ai cliqué sur "Renvoyer le mail" pour mon compte EcoleDirecte (espace
personnel), message affiché : « E-mail renvoyé. Pensez à vérifier vos
courriers indésirables. » Toujours rien, après plusieurs essais.
Collège Jean Moulin, Montceau, 0712095S
Merci
""", "missing_noreply_mail", True, "0712095S", B, "ecoledirecte",
"The resent account mail never arrives; no anti-spam product named.",
client="gm")

# ---------------------------------------------------------------- mailinblack_spam
M("Helene Barbier <helene.barbier@ac-lyon.fr>", "Message Mailinblack en attente",
"""Bonjour,

Je reçois ceci dans ma boîte :

« Mailinblack : 1 message en attente dans votre espace Mails indésirables.
Expéditeur : no-reply@esidoc.example.fr - Objet : Activez votre compte »

Je n'arrive pas à le libérer, le bouton me dit que je n'ai pas les droits.
Comment récupérer ce mail ?

Hélène Barbier, CDI lycée Ampère, 0691947S
""", "mailinblack_spam", True, "0691947S", A, "esidoc",
"Activation mail held in MailInBlack quarantine, the notification is pasted.",
client="ol")

M("Richard Moore <richard.moore@ac-dijon.fr>", "MailInBlack holding your no-reply mails",
"""Hi,

Our schools in the Côte-d'Or pilot use MailInBlack. Several staff say your
no-reply messages (password and activation mails) are sitting in the
MailInBlack quarantine as "unauthenticated sender". Which sender addresses
should we add to the allow list?

Richard Moore
Network technician
""", "mailinblack_spam", True, None, B, None,
"English; IT staff asks which senders to allow in MailInBlack; no UAI, region from ac-dijon.fr.",
lang="en", client="ol")

M("Corinne Faure <corinne.faure@ac-grenoble.fr>", "Mail en attente d'authentification",
"""Bonjour,

Quand je demande le mail de confirmation, je ne le reçois pas, mais je
vois dans une page de notre messagerie :

« Message en attente - l'expéditeur doit confirmer qu'il n'est pas un robot
avant que son message vous soit délivré. »

Je suppose que vos mails automatiques ne peuvent pas répondre à ce genre de
vérification ? Que faut-il faire ?

Corinne Faure - Collège Jean Zay, Romans - 0263200M
""", "mailinblack_spam", False, "0263200M", A, "espace_acheteur",
"The sender-authentication challenge (prove you are not a robot) is described without naming MailInBlack: a person should confirm the product.",
hard=True, client="zm")

M("Gilles Thevenon <gilles.thevenon@ac-lyon.fr>", "Mail d'activation bloqué",
"""Bonjour,

Nos mails entrants portent la mention « Protégé par Mailinblack ». Le mail
d'activation du compte Espace Acheteur de notre gestionnaire est bloqué,
elle ne le voit que dans l'espace Mailinblack et ne peut pas l'ouvrir.

Lycée Jean Monnet, Saint-Étienne - 0422494H

Gilles Thevenon, RUPN
""", "mailinblack_spam", True, "0422494H", A, "espace_acheteur",
"MailInBlack named and blocking the activation mail.",
client="ol")

M("=?utf-8?q?No=C3=ABlle_Chevalier?= <noelle.chevalier@ac-dijon.fr>", "Mailinblack + commande",
"""Bonjour,

D'une part, Mailinblack bloque toutes les notifications de la plateforme
(« expéditeur non authentifié »), donc je ne vois jamais les validations.
D'autre part, la commande du 3 octobre est indiquée « en attente de
paiement » alors que le mandat a été émis. Pouvez-vous regarder ?

Noëlle Chevalier - lycée Fourier, Auxerre, 0892342M
""", "mailinblack_spam", False, "0892342M", B, "espace_acheteur",
"Two topics: notifications blocked by MailInBlack (first) and an order payment status (order_billing).",
hard=True, client="tb")

M("Yannick Roussel <yannick.roussel@ac-grenoble.fr>", "quarantaine Mailinblack",
"""Bonjour,

Le message « Réinitialisation de votre mot de passe » a été placé en
quarantaine par Mailinblack (capture ci-jointe). Il y a un captcha à
remplir pour l'expéditeur, ce que votre robot ne fera pas j'imagine.

Collège Le Grésivaudan - 0382735S

Yannick
""", "mailinblack_spam", True, "0382735S", A, "esidoc",
"Reset mail held in MailInBlack quarantine; screenshot attached.",
client="zm", att=("capture_mailinblack.png", "png"))

M("Sarah Mitchell <sarah.mitchell@ac-dijon.fr>", "Mailinblack captcha on your emails",
"""Hello,

Our school (0211759Y) uses Mailinblack. Your password email is stuck with
the status:

  "Your email is awaiting validation. The sender must confirm they are human."

Could you tell me how to release it or whitelist you?

Sarah Mitchell
English teacher / e-sidoc co-admin
""", "mailinblack_spam", True, "0211759Y", B, "esidoc",
"English; MailInBlack holds the password mail pending the sender captcha.",
lang="en", client="gm")

M("Laetitia Mugnier <laetitia.mugnier@ac-grenoble.fr>", "RE: [#SUP-008377] Mot de passe perdu",
"""Bonjour,

J'ai compris pourquoi je ne recevais pas le lien : il est bloqué par
MailInBlack. Je le vois dans le récapitulatif quotidien de Mailinblack mais
je ne peux pas le débloquer moi-même.

Laetitia Mugnier
CDI - collège de Bourg-Saint-Maurice, 0733597N

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 17 octobre 2024 10:02
Objet : [#SUP-008377] Mot de passe perdu

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse du compte
administrateur. Il est valable 12 heures.
L'équipe d'assistance
""", "mailinblack_spam", True, "0733597N", A, "esidoc",
"Reply on a password ticket (quoted): the new message says the reset link is blocked by MailInBlack.",
hard=True, client="ol", irt="SUP-008377")

M("Bruno Vuillemin <bruno.vuillemin@ac-besancon.fr>", "mails bloques par Mail in black",
"""bonjour,
les mails de votre plateforme restent bloques dans Mail in black au college
(Morteau). il faut les autoriser un par un. on peut faire quelque chose ?
code college 0251689A
bruno
""", "mailinblack_spam", True, "0251689A", B, "esidoc",
"MailInBlack (spelled 'Mail in black') blocks the platform's mail; written without accents.",
client="tb")

M("College Jean Zay <ce.0632842x@ac-clermont.fr>", "Message bloqué par Mailinblack",
"""Bonjour,

Les messages de l'Espace Acheteur arrivent dans Mailinblack avec la mention :
« Ce message n'a pas été délivré car l'expéditeur ne s'est pas authentifié. »

Merci de nous indiquer la marche à suivre pour les recevoir.

Le secrétariat
""", "mailinblack_spam", True, "0632842X", A, "espace_acheteur",
"UAI only in the lower-case ce.<UAI>@ac-clermont.fr sender address; MailInBlack named.",
hard=True, client="zm", cte="base64")

M("Karine Poulet <karine.poulet@ac-besancon.fr>", "convention à signer retenue par Mailinblack",
"""Bonjour,

L'espace Mailinblack indique : « Expéditeur non authentifié - message
retenu ». Il s'agit du mail de la plateforme de signature pour notre
convention. Je ne peux pas l'ouvrir.

Lycée Édouard Belin, 0703772V
""", "mailinblack_spam", True, "0703772V", B, "esignature",
"The e-signature invitation is held by MailInBlack.",
client="ap")

M("Service informatique lycees <dsi-lycees@paysdusavoy-numerique.fr>", "Liste des expéditeurs à autoriser dans Mailinblack",
"""Bonjour,

Nous gérons la messagerie de plusieurs lycées de Savoie qui passent par
Mailinblack. Vos mails automatiques restent en attente (« Authentification
demandée à l'expéditeur »). Pouvez-vous nous transmettre la liste des
adresses et domaines d'envoi à mettre en liste blanche ?

Cordialement,
Service informatique
""", "mailinblack_spam", True, None, None, None,
"IT department asks for MailInBlack allow-list addresses; no UAI, non-academic domain.",
client="ol")

M("Martine Gaudry <martine.gaudry@ac-dijon.fr>", "Pas reçu le mail - Mailinblack ?",
"""Bonjour,
La collègue informaticienne me dit que le mail d'activation a été « challengé »
par Mailinblack et est toujours en attente. Collège de Decize, 0581406N.
Merci de votre aide
Martine Gaudry

Envoyé de mon iPad
""", "mailinblack_spam", True, "0581406N", B, "esidoc",
"MailInBlack challenged the activation mail.",
client="ip")
# ---------------------------------------------------------------- account_creation
M("Lucie Morin <lucie.morin@ac-dijon.fr>", "compte en attente de validation",
"""Bonjour,

Je viens de créer mon compte sur l'Espace Acheteur, et l'écran indique :
« Votre compte est en attente de validation par l'administrateur de votre
structure. »
Qu'est-ce que cela veut dire, dois-je faire quelque chose ?

Lucie Morin, collège Hilaire de Chardonnet, 0713499T
""", "account_creation", True, "0713499T", B, "espace_acheteur",
"New account waiting for validation, created yesterday; the standard explanation answers it.",
client="tb")

M("Eric Blanchard <eric.blanchard@ac-grenoble.fr>", "UAI non reconnu à l'inscription",
"""Bonjour,

En créant le compte client de notre établissement, le formulaire refuse
notre code : « Ce code UAI n'est pas reconnu. Contactez le support. »
Le code est 0383411B (EREA de Seyssinet). Pouvez-vous l'ajouter ?

Éric Blanchard, gestionnaire
""", "account_creation", False, "0383411B", A, "espace_acheteur",
"The establishment's UAI is not in the sign-up list: a person (sales team) must add it.",
client="ol")

M("Rachel Evans <rachel.evans@ac-grenoble.fr>", "New librarian - account needed",
"""Dear support,

I have just started as the teacher-librarian at Cité scolaire internationale
Europole annex (0743455D). When I try to log in the page says "No account
found for this email". Could you please create an admin account for me, or
tell me how to request one?

Best,
Rachel Evans
""", "account_creation", True, "0743455D", A, "esidoc",
"English; a new librarian wants an account; the request procedure answers it.",
lang="en", client="gm")

M("Valentin Cros <valentin.cros@ac-clermont.fr>", "Pas perdu mon mot de passe : pas de compte",
"""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte. Quand je
fais « mot de passe oublié » la page dit :

« Aucun compte n'est associé à cette adresse. »

Je suis le nouveau documentaliste du collège de Mauriac (0152105G), comment
créer mon accès ?

Valentin Cros
""", "account_creation", True, "0152105G", A, "esidoc",
"Negation: not a lost password, he never had an account.",
hard=True, client="tb")

M("Audrey Pichon <audrey.pichon@ac-besancon.fr>", "Qui est l'administrateur ?",
"""Bonjour,
Sur la page on me dit : « Contactez l'administrateur de votre établissement
pour obtenir vos accès. » Je ne sais pas qui c'est ! Pouvez-vous me dire
qui est l'administrateur pour le lycée Lumière de Luxeuil (0701710D) ?
Merci
Audrey Pichon
""", "account_creation", False, "0701710D", B, "espace_acheteur",
"Asks who the structure's administrator is: needs a look-up, a person answers.",
client="gm")

M("Hugo Lacroix <hugo.lacroix@ac-grenoble.fr>", "403 quand je valide une commande",
"""Bonjour,

Quand je clique sur « Valider la commande » j'ai la page :

403 - Accès refusé
Vous n'avez pas les droits nécessaires pour effectuer cette action.

Je peux consulter le catalogue mais pas valider. Pouvez-vous m'ouvrir les
droits de validation ? Lycée Camille Vernet, Valence, 0261437W.

Hugo Lacroix, adjoint gestionnaire
""", "account_creation", False, "0261437W", A, "espace_acheteur",
"A 403 on order validation is a rights question (rights to open), not an order problem; a person grants rights.",
hard=True, client="ol")

M("Sonia Benali <sonia.benali@ac-clermont.fr>", "creation compte gestionnaire",
"""Bonjour,
Nouvelle gestionnaire au collège Émile Guillaumin (0032951S), je souhaite un
compte sur l'espace acheteur. Le lien « Créer un compte » de la page
d'accueil m'affiche « Formulaire indisponible, merci de réessayer ». Comment
faire ?
Sonia Benali
""", "account_creation", True, "0032951S", A, "espace_acheteur",
"New gestionnaire asks for an account; the sign-up procedure answers it.",
client="zm")

M("Service achats Ville de Dole <achats@ville-dole.fr>", "Inscription : SIRET déjà enregistré",
"""Bonjour,

En remplissant le formulaire d'inscription, nous avons le message :
« Ce numéro SIRET est déjà associé à un compte. »
Personne chez nous ne sait qui a créé ce compte. Pouvez-vous nous dire à qui
il appartient et nous ajouter ?

Service achats
""", "account_creation", False, None, None, "espace_acheteur",
"The buyer's structure already has an account nobody knows; a person must look it up.",
client="ol")

M("Claire Dubief <claire.dubief@ac-besancon.fr>", "champ obligatoire code UAI",
"""Bonjour,

Le formulaire de création de compte affiche « Champ obligatoire : code UAI »
et je ne connais pas ce code. Où le trouver ? Je suis au collège Jules Grévy
à Poligny.

Claire Dubief
""", "account_creation", True, None, B, "espace_acheteur",
"Creating an account, does not know the UAI; no UAI given, region from ac-besancon.fr.",
client="gm")

M("Antoine Girard <antoine.girard@ac-grenoble.fr>", "compte pour le CDI",
"""Bonjour,

Pouvez-vous créer un compte d'administration du portail pour le CDI du
collège Jean Moulin d'Albertville ? Le code sur notre tampon est 0731305K.
La page d'inscription répond « Établissement introuvable ».

Antoine Girard
""", "account_creation", False, None, A, "esidoc",
"Code 0731305K has a wrong check letter (the digits give 0731305X), which explains 'Établissement introuvable'; no UAI, region from ac-grenoble.fr.",
hard=True, client="tb")

M("Sophie Pelletier <sophie.pelletier@ac-lyon.fr>", "Second compte documentaliste",
"""Bonjour,

Nous sommes deux documentalistes au lycée Simone Weil (0423211M). Ma
collègue a un compte, moi non : l'écran me dit « Accès réservé aux
utilisateurs enregistrés ». Pouvez-vous créer mon compte ?

Sophie Pelletier
""", "account_creation", True, "0423211M", A, "esidoc",
"Second librarian needs her own account.",
client="ol")

M("=?utf-8?q?Fran=C3=A7oise_Picard?= <francoise.picard@ac-dijon.fr>", "En attente depuis 3 semaines",
"""Bonjour,

Mon compte affiche toujours « Statut : En attente de validation » depuis
trois semaines. L'administratrice de l'établissement est partie à la
retraite en juillet, personne ne peut valider. Lycée Parc des Chaumes,
Avallon - 0893105S.

Françoise Picard
""", "account_creation", False, "0893105S", B, "espace_acheteur",
"Waiting for validation for three weeks, administrator retired: a person must step in.",
client="zm")

# ---------------------------------------------------------------- subscription_activation
M("Julien Teyssier <julien.teyssier@ac-grenoble.fr>", "Europresse : ressource non incluse",
"""Bonjour,

Nous avons commandé Europresse avant-hier. En cliquant sur la ressource
dans le portail j'obtiens :

« Cette ressource n'est pas incluse dans votre abonnement. »

Est-ce normal ? Collège de Privas, 0073012L.

Julien Teyssier
""", "subscription_activation", True, "0073012L", A, "esidoc",
"Ordered two days ago, resource not yet active: the 72-hour rule answers it.",
client="tb")

M("Laura Bennett <laura.bennett@ac-grenoble.fr>", "Subscription not active yet",
"""Hello,

We ordered the digital newspaper pack yesterday. Clicking on it gives:

  "Resource unavailable - your subscription is not active."

Is there a delay? Lycée Baudelaire annex, 0743063C.

Thank you,
Laura Bennett
""", "subscription_activation", True, "0743063C", A, "esidoc",
"English; subscription ordered yesterday not yet active.",
lang="en", client="ap")

M("Jacques Brocard <jacques.brocard@ac-dijon.fr>", "Abonnement inactif depuis 3 semaines",
"""Bonjour,

Commande passée le 20 septembre (bon de commande transmis), et le portail
indique toujours :

« Abonnement inactif - contactez votre fournisseur »

Trois semaines, ça commence à faire long. Collège Gaston Roupnel, 0211375F.

Jacques Brocard
""", "subscription_activation", False, "0211375F", B, "esidoc",
"Ordered three weeks ago, still inactive: past the 72-hour rule, a person must check the order.",
client="ol")

M("Manon Reynier <manon.reynier@ac-clermont.fr>", "je suis connectée mais la ressource n'apparait pas",
"""Bonjour,

Ce n'est pas un souci de mot de passe, je suis bien connectée à l'admin.
Mais la ressource « Lumni Pro » commandée lundi n'apparaît nulle part, ni
dans la liste, ni côté élèves.

Collège de Thiers, 0633482T

Manon
""", "subscription_activation", True, "0633482T", A, "esidoc",
"Negation: not a password problem; a resource ordered Monday is not visible yet.",
hard=True, client="gm")

M("Celine Jeunet <celine.jeunet@ac-besancon.fr>", "Publier la ressource pour les élèves",
"""Bonjour,

Nous avons bien notre nouvel abonnement (il apparaît dans « Mes ressources »
avec la mention « Actif - non publié »). Comment le publier sur le portail
pour que les élèves le voient ?

Céline Jeunet, CDI collège Louis Pasteur, Arbois (0391423K)
""", "subscription_activation", True, "0391423K", B, "esidoc",
"Active resource to publish on the portal: covered by the standard answer.",
client="tb")

M("Nicolas Fournier <nicolas.fournier@ac-grenoble.fr>", "Erreur 404 sur le nouveau module",
"""Bonjour,

Le module « Parcours lecture » commandé jeudi apparaît dans le menu, mais
en cliquant dessus :

Erreur 404 - La page demandée n'existe pas.
https://0731305x.esidoc.fr/modules/parcours-lecture

Collège Jean Moulin, Albertville.

Nicolas Fournier
""", "subscription_activation", True, "0731305X", A, "esidoc",
"Newly ordered module not yet available (404); the UAI appears only in the portal URL in lower case.",
hard=True, client="zm")

M("Elodie Martin <elodie.martin@ac-lyon.fr>", "option Marchés non visible",
"""Bonjour,
on a souscrit l'option « Suivi des marchés » hier sur l'espace acheteur,
l'onglet n'apparaît toujours pas. Normal ? 0013034T
Elodie
""", "subscription_activation", True, "0013034T", A, "espace_acheteur",
"Service ordered yesterday not yet visible.",
client="gm")

M("Principal College Jules Valles <ce.0432484s@ac-clermont.fr>", "Date de disponibilité de l'abonnement",
"""Madame, Monsieur,

Nous avons validé la commande de l'abonnement numérique la semaine
dernière. À ce jour, le portail affiche « Bientôt disponible ». Pouvez-vous
me préciser la date à laquelle nos élèves pourront y accéder ?

Cordialement,

M. Rochette
Principal
""", "subscription_activation", True, "0432484S", A, "esidoc",
"Written by the principal from the ce. address, but he only asks when the subscription will be available: not a head request.",
hard=True, client="ol")

M("Patricia Ollier <patricia.ollier@ac-grenoble.fr>", "Abonnement expiré alors que renouvelé",
"""Bonjour,

En ouvrant BDthèque : « Accès refusé - Abonnement expiré le 31/08/2024 ».
Or nous avons renouvelé en juillet, facture payée. Lycée du Diois, Die,
0262618E.

Patricia Ollier
""", "subscription_activation", False, "0262618E", A, "esidoc",
"Renewed in July but shown as expired: well past 72 h, a person must check.",
client="ol", html="only")

M("Thomas Reid <thomas.reid@ac-besancon.fr>", "Resource shows 'Coming soon'",
"""Hi,

Our new resource "Storyplay'r" (ordered Tuesday) shows a grey tile with
"Coming soon" on the pupils' portal. When will it be live?

Lycée Condorcet, Belfort - 0901644Y

Thomas
""", "subscription_activation", True, "0901644Y", B, "esidoc",
"English; resource ordered two days ago not live yet.",
lang="en", client="gm", cte="base64")

M("Nadine Boyer <nadine.boyer@ac-dijon.fr>", "Cafeyn : pas accès",
"""Bonjour,

Le lien Cafeyn sur notre portail affiche « Votre établissement n'a pas
accès à ce service ». L'abonnement a été commandé lundi.

Nadine Boyer - 0583763A

Envoyé de mon iPhone
""", "subscription_activation", True, "0583763A", B, "esidoc",
"Cafeyn ordered Monday not yet accessible.",
client="ip")

M("Romain Vuillet <romain.vuillet@ac-besancon.fr>", "Nouvel abonnement invisible",
"""Bonjour,

Nous avons souscrit mercredi l'abonnement « Presse jeunesse ». Rien dans la
liste des ressources, et la recherche affiche « Aucun résultat ».

Bien à vous,

Romain Vuillet
Professeur documentaliste
Lycée Henri Fertet - Gray
0702478N
""", "subscription_activation", True, "0702478N", B, "esidoc",
"Subscription ordered two days ago not visible; UAI only in the signature.",
hard=True, client="ap")

# ---------------------------------------------------------------- head_of_establishment_request
M("Principal College Gilbert Dru <ce.0692003C@ac-lyon.fr>", "Demande de réinitialisation - compte administrateur",
"""Madame, Monsieur,

Je soussigné, M. Fabre, principal du collège Gilbert Dru (0692003C),
demande la réinitialisation du mot de passe du compte administrateur
e-sidoc de l'établissement ainsi que le remplacement de l'adresse de
contact par celle de notre nouvelle documentaliste,
emilie.sage@ac-lyon.fr. Lors de la modification en ligne, le site affiche
« Adresse de contact invalide ».

Cordialement,
J. Fabre, principal
""", "head_of_establishment_request", False, "0692003C", A, "esidoc",
"The principal asks in writing, from the ce.<UAI> address, for an admin password reset and a new contact address.",
client="ol")

M("Proviseur Lycee Mounier <ce.0383375M@ac-grenoble.fr>", "Changement d'administrateur Espace Acheteur",
"""Bonjour,

En tant que proviseur du lycée Emmanuel Mounier, je vous demande de
transférer le rôle d'administrateur de notre compte Espace Acheteur de
M. Durand (muté) à Mme Lefort, adjointe gestionnaire. La page
« Gérer les administrateurs » m'affiche « Action réservée au support ».

Cordialement,
Le proviseur, A. Chabert
""", "head_of_establishment_request", False, "0383375M", A, "espace_acheteur",
"The proviseur asks for a change of administrator.",
client="zm")

M("Head Teacher Ecole Internationale <ce.0743067G@ac-grenoble.fr>", "Authorisation of order",
"""Dear Sir or Madam,

As head of the school, I hereby authorise the order of 12 digital
subscriptions placed by our bursar on the buyer space (basket reference
PAN-4471). The basket page shows "Awaiting authorisation from the head of
establishment".

Yours faithfully,
Dr. Helen Carter
Head Teacher
""", "head_of_establishment_request", False, "0743067G", A, "espace_acheteur",
"English; the head authorises an order in writing from the ce.<UAI> address.",
lang="en", client="ol")

M("Directrice Ecole Jean Mace <ecole.jeanmace.macon@ac-dijon.fr>", "Autorisation de réinitialisation (courrier joint)",
"""Bonjour,

Veuillez trouver ci-joint ma demande signée de réinitialisation du mot de
passe administrateur du portail de la BCD de l'école Jean Macé (0712314E).
Le portail affiche « Compte administrateur désactivé ».

Cordialement,
Mme Ravier, directrice
""", "head_of_establishment_request", False, "0712314E", B, "esidoc",
"The school's director sends a signed request (PDF) to reset the administrator password.",
client="ol", att=("demande_reinitialisation.pdf", "pdf"))

M("Proviseur Lycee Emile Duclaux <ce.0151231G@ac-clermont.fr>", "URGENT changement adresse administrateur",
"""Bonjour,

Je suis le proviseur du lycée Émile Duclaux. Merci de remplacer
IMMÉDIATEMENT l'adresse du compte administrateur e-sidoc par
proviseur.duclaux@gmail.com et de m'envoyer le nouveau mot de passe à
cette adresse. Le site me dit « Adresse non autorisée », c'est urgent.

Le proviseur
""", "head_of_establishment_request", False, "0151231G", A, "esidoc",
"Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and a free-mail Reply-To asks for the password: probable spoof, for staff to refuse.",
hard=True, client="gm", auth="fail", hdr={"Reply-To": "proviseur.duclaux@gmail.com"})

M("Principal College Pergaud <ce.0253352H@ac-besancon.fr>", "Demande du chef d'établissement - administrateur",
"""Madame, Monsieur,

Je vous prie de bien vouloir désigner Mme Cuenot comme administratrice du
compte de notre établissement (UAI 0253352D) sur l'Espace Acheteur, en
remplacement de M. Jeannin. Le message affiché lors de ma tentative :
« Seul le support peut modifier l'administrateur principal. »

Le principal, P. Bourgeois
""", "head_of_establishment_request", False, "0253352H", B, "espace_acheteur",
"The body gives 0253352D (wrong check letter) but the sender address ce.0253352H@ac-besancon.fr carries the valid UAI, which is the label.",
hard=True, client="tb")

M("Principal College Les Cordeliers <ce.0073959R@ac-grenoble.fr>", "Demande de réinitialisation administrateur",
"""Bonjour,

La page d'aide du portail indique : « Seul le chef d'établissement peut
demander la réinitialisation du compte administrateur. Merci d'envoyer
votre demande depuis l'adresse officielle de l'établissement. »

C'est donc ce que je fais : merci de réinitialiser le compte administrateur
de notre portail, notre documentaliste étant en congé longue maladie.

Le principal, B. Faure
""", "head_of_establishment_request", False, "0073959R", A, "esidoc",
"Principal quotes the platform's instruction and requests the admin reset from the official address.",
client="zm")

M("Corinne Laval <corinne.laval.directrice@gmail.com>", "autorisation commande ecole",
"""Bonjour,

Je suis directrice de l'école primaire des Tilleuls à Feurs (0423719P).
Le panier préparé par l'enseignante affiche « En attente de validation par
la direction ». J'autorise cette commande (livres pour la BCD, 642 euros).

Corinne Laval
""", "head_of_establishment_request", False, "0423719P", A, "espace_acheteur",
"The school director authorises an order in writing (from a personal address, so staff must check).",
client="gm")

M("Principal College Restif <ce.0893363X@ac-dijon.fr>", "RE: [#SUP-008551] Pas de mail de confirmation",
"""Bonjour,

Suite à nos échanges, et puisque Mme Perrin n'a plus accès à sa boîte,
je vous demande officiellement de changer l'administrateur du compte
e-sidoc : le nouvel administrateur sera M. Lambert, professeur
documentaliste.

Le principal,
D. Moreau

> Bonjour,
> Le mail de confirmation est envoyé par une adresse no-reply. Pensez à
> vérifier vos courriers indésirables.
> L'équipe d'assistance
""", "head_of_establishment_request", False, "0893363X", B, "esidoc",
"Reply on a missing-mail ticket (quoted), but the principal now formally asks to change the administrator.",
hard=True, client="tb", irt="SUP-008551")

M("Principale College Jean Mace <ce.0262960B@ac-grenoble.fr>", "Compte administrateur EcoleDirecte",
"""Bonjour,

En qualité de principale, je demande la réinitialisation du mot de passe
du compte administrateur EcoleDirecte de l'établissement. Écran affiché :
« Compte administrateur suspendu - contactez votre support ».

Cordialement,
Mme Gauthier, principale
Collège Jean Macé - Portes-lès-Valence
""", "head_of_establishment_request", False, "0262960B", A, "ecoledirecte",
"The principal asks in writing for the EcoleDirecte administrator password reset.",
client="zm")

M("Proviseur Lycee Le Castel <ce.0212507L@ac-dijon.fr>", "Désignation d'un nouvel administrateur",
"""Bonjour,

Je soussigné, proviseur du lycée Le Castel à Dijon, autorise Mme Aline
Renaud, professeure documentaliste, à devenir administratrice de notre
portail e-sidoc. L'ancien compte affiche « Utilisateur inactif ».

Le proviseur,
G. Petitjean
""", "head_of_establishment_request", False, "0212507L", B, "esidoc",
"The proviseur authorises a new administrator in writing.",
client="ol", cte="base64")

M("=?utf-8?q?Proviseure_Lyc=C3=A9e_Victor_B=C3=A9rard?= <ce.0391614T@ac-besancon.fr>", "Changement adresse de contact (erreur 550)",
"""Bonjour,

Vos mails à l'adresse de contact de notre compte reviennent en erreur :

« 550 5.1.1 <cdi.berard@ac-besancon.fr>: Recipient address rejected: User
unknown »

Cette adresse a été supprimée. En tant que proviseure, je vous demande de
la remplacer par l'adresse officielle du lycée et de réinitialiser le mot de
passe administrateur.

Mme Jacquemin, proviseure
""", "head_of_establishment_request", False, "0391614T", B, "esidoc",
"A person (the proviseure) pasting a bounce error into her own request to change the contact address: not automated.",
hard=True, client="ol")
# ---------------------------------------------------------------- order_billing
M("Agnes Rollet <agnes.rollet@ac-lyon.fr>", "Rejet Chorus Pro - numéro d'engagement",
"""Bonjour,

Votre facture a été rejetée dans Chorus Pro avec le motif :

« Rejet : Numéro d'engagement absent ou invalide (code REJ_ENG_02) »

Notre numéro d'engagement pour cette commande est EJ 2024-0457. Pouvez-vous
redéposer la facture avec ce numéro ?

Agnès Rollet, gestionnaire
Collège Lamartine, Belley - 0013296C
""", "order_billing", False, "0013296C", A, "espace_acheteur",
"Invoice rejected in Chorus Pro; the engagement number must be added.",
client="ol")

M("=?utf-8?q?J=C3=A9r=C3=B4me_Besson?= <jerome.besson@ac-clermont.fr>", "Télécharger le devis : erreur 500",
"""Bonjour,

Pour le renouvellement e-sidoc, le bouton « Télécharger le devis » renvoie :

500 - Internal Server Error
The server encountered an unexpected condition.

Il me faut ce devis pour le bon d'engagement avant le conseil
d'administration. Pouvez-vous me l'envoyer par mail ?

Jérôme Besson - collège de Cusset, 0032154A
""", "order_billing", False, "0032154A", A, "esidoc",
"Needs a quote (devis) for the renewal; the download fails with an error 500.",
client="tb")

M("Procurement - Town of Annemasse <procurement@annemasse-agglo.fr>", "Basket cannot be validated",
"""Hello,

When validating our basket on the buyer space, we get:

  "Your basket could not be validated: payment method not allowed for
  this buyer profile."

We pay by administrative transfer (mandat administratif). How can we
select it?

Regards,
Procurement team
""", "order_billing", False, None, None, "espace_acheteur",
"English; basket validation and payment means.",
lang="en", client="ol")

M("Catherine Vincent <catherine.vincent@ac-grenoble.fr>", "bon d'engagement",
"""Bonjour,
Vous trouverez ci-joint le bon d'engagement n° 2024-118 pour l'abonnement
du CDI. La page de commande indiquait « En attente du bon d'engagement ».
Cordialement
Catherine Vincent, collège d'Annonay, 0071314R
""", "order_billing", False, "0071314R", A, "esidoc",
"Sends the bon d'engagement for an order, PDF attached.",
client="zm", att=("BE_2024-118.pdf", "pdf"))

M("Philippe Serre <philippe.serre@ac-clermont.fr>", "facture payée deux fois",
"""Bonjour,

La facture FA-24-10877 apparaît deux fois dans « Mes factures » avec le
statut « Payée » et nous avons bien été débités deux fois (mandats du 2 et
du 9 octobre). Pouvez-vous procéder au remboursement ou établir un avoir ?

Philippe Serre
Agent comptable - lycée de Saint-Flour, 0152786X
""", "order_billing", False, "0152786X", A, "espace_acheteur",
"Invoice paid twice: refund or credit note needed.",
client="zm")

M("Gaelle Rousset <gaelle.rousset@ac-clermont.fr>", "montant facture + convention",
"""Bonjour,

La facture d'octobre indique 1 240 EUR alors que le devis signé était de
1 040 EUR. Pouvez-vous corriger ?

Autre point : la convention de l'UGAP n'apparaît pas dans « Mes marchés »
(page vide : « Aucun document »).

Gaëlle Rousset - Lycée Charles et Adrien Dupuy, Le Puy (0433058R)
""", "order_billing", False, "0433058R", A, "espace_acheteur",
"Two topics: wrong invoice amount (first) and a convention missing from 'Mes marchés' (contract_documents).",
hard=True, client="gm")

M("Lionel Faure <lionel.faure@ac-lyon.fr>", "Carte bancaire indisponible",
"""Bonjour,
au moment de payer j'ai : « Mode de paiement : carte bancaire indisponible
pour les établissements publics ». On fait comment pour payer alors ? Par
virement ? Il faut une facture ?
Lionel, gestionnaire collège de Tarare 0692379L
""", "order_billing", False, "0692379L", A, "espace_acheteur",
"Payment means question at checkout.",
client="gm")

M("Isabelle Perret <isabelle.perret@ac-dijon.fr>", "Commande refusée par le valideur ?",
"""Bonjour,

Ma commande n° CMD-2024-08812 a le statut « Refusée par le valideur » sans
autre explication. Personne chez nous ne l'a refusée. Pouvez-vous vérifier
et la remettre en validation ?

Isabelle Perret - Lycée Hippolyte Fontaine, Dijon - 0212123U
""", "order_billing", False, "0212123U", B, "espace_acheteur",
"Order validation status wrong; a person must check the order.",
client="ol")

M("Comptabilite OGEC Saint-Joseph <compta@stjoseph-dole.fr>", "Facture Chorus : SIRET",
"""Bonjour,

Pouvez-vous établir la facture de l'abonnement sur Chorus Pro avec notre
SIRET ? Le dépôt indique « Destinataire introuvable dans l'annuaire
Chorus ». Établissement : Institution Saint-Joseph, Dole (UAI 0392456H).

Service comptabilité
""", "order_billing", False, "0392456H", B, "esidoc",
"Invoice to be issued on Chorus Pro; recipient error pasted.",
client="ap")

M("Cabinet Fidal Experts <facturation@fidal-experts-dijon.fr>", "Duplicata de facture",
"""Bonjour,

Dans le cadre de la clôture des comptes de notre client (collège privé de
Beaune), merci de nous transmettre un duplicata de la facture de décembre.
Le lien envoyé affiche « Document expiré ».

Cordialement,
Service facturation
""", "order_billing", False, None, None, "espace_acheteur",
"Accounting firm asks for an invoice copy; no UAI, non-academic sender.",
client="ol")

M("Nora Haddad <nora.haddad@ac-lyon.fr>", "C'est la facture, pas l'abonnement",
"""Bonjour,

Ce n'est pas un problème d'abonnement (la ressource marche très bien), c'est
la facture : dans « Mes factures » il y a « Facture en cours de
génération » depuis le 15 septembre et l'agent comptable la réclame.

Nora Haddad, collège Jean Monnet, Lyon 8e, 0693940H
""", "order_billing", False, "0693940H", A, "esidoc",
"Negation: not the subscription, the invoice is missing.",
hard=True, client="tb")

M("Jean-Pierre Vachet <jean-pierre.vachet@ac-besancon.fr>", "RE: [#SUP-008902] Devis renouvellement",
"""Bonjour,

Le devis reçu porte sur 3 ans alors que notre CA n'a voté qu'un an. Pouvez-
vous le refaire sur 12 mois ? Merci.

JP Vachet, gestionnaire lycée Les Haberges, Vesoul

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-008902] Devis renouvellement

Bonjour,
Veuillez trouver ci-joint le devis demandé.
L'équipe d'assistance
""", "order_billing", False, None, B, "esidoc",
"Reply on a quote ticket: asks for a corrected quote; no UAI, region from ac-besancon.fr.",
client="ol", irt="SUP-008902")

# ---------------------------------------------------------------- contract_documents
M("Commande publique Departement <commande.publique@loire-departement.fr>", "Aucun document disponible",
"""Bonjour,

Dans « Mes marchés », en ouvrant le marché 2024-FOURN-17, l'écran affiche :
« Aucun document disponible pour ce marché. »
Le CCAP et le bordereau de prix y étaient le mois dernier.

Cordialement,
Service de la commande publique
""", "contract_documents", False, None, None, "espace_acheteur",
"Market documents no longer visible; departmental council sender, no UAI.",
client="ol")

M("Cedric Morand <cedric.morand@ac-grenoble.fr>", "403 sur la convention",
"""Bonjour,

En cliquant sur la convention d'adhésion (PDF) j'obtiens :

403 Forbidden
You don't have permission to access this resource.

Lycée Louis Armand, Chambéry - 0733783R

Cédric Morand, gestionnaire
""", "contract_documents", False, "0733783R", A, "espace_acheteur",
"Cannot open the membership convention: 403 pasted.",
client="ol")

M("Andrew Collins <a.collins@ac-lyon.fr>", "Amendment not listed",
"""Hello,

Amendment No. 2 to our framework agreement is not listed under "My
contracts". The page only shows the initial agreement and Amendment No. 1.
Could you check?

Andrew Collins, bursar's office, Cité scolaire internationale de Lyon
""", "contract_documents", False, None, A, "espace_acheteur",
"English; an amendment is missing from the contracts page; region from ac-lyon.fr.",
lang="en", client="ol")

M("Maryse Colin <maryse.colin@ac-grenoble.fr>", "Avenant en cours de génération",
"""Bonjour,
L'avenant n°3 affiche depuis une semaine « Le document est en cours de
génération, réessayez plus tard ». Pouvez-vous nous l'envoyer ?
Maryse Colin - collège de Montélimar 0263111R
""", "contract_documents", False, "0263111R", A, "espace_acheteur",
"Amendment document stuck in generation.",
client="zm")

M("Benoit Lacour <benoit.lacour@ac-lyon.fr>", "Convention signée mais absente",
"""Bonjour,

La convention a bien été signée électroniquement (j'ai reçu « Le document a
été signé par toutes les parties »), mais elle n'apparaît pas dans « Mes
documents » de l'Espace Acheteur. Où la trouver ?

Benoît Lacour, lycée Jean Puy, Roanne (0421491T)
""", "contract_documents", False, "0421491T", A, "espace_acheteur",
"Mentions the e-signature but the problem is a signed convention not visible in the documents.",
hard=True, client="tb")

M("Fanny Delorme <fanny.delorme@ac-dijon.fr>", "CCTP impossible à télécharger",
"""Bonjour,

Le téléchargement du CCTP échoue dans Chrome : « Échec - Interdit » puis
ERR_FAILED dans la barre de téléchargement. Même chose sous Firefox.

Fanny Delorme, collège de Chagny, 0712257T
""", "contract_documents", False, "0712257T", B, "espace_acheteur",
"Cannot download a market document (CCTP); browser errors pasted.",
client="gm")

M("Olivier Lambert <olivier.lambert@ac-besancon.fr>", "Liste des avenants vide",
"""Bonjour,

La page « Avenants » de notre marché s'affiche vide (juste le titre) depuis
la mise à jour. Nous avons pourtant signé deux avenants en 2024.

Olivier Lambert - 0253116B
""", "contract_documents", False, "0253116B", B, "espace_acheteur",
"Amendments list empty since the update.",
client="ol", cte="base64")

M("Stephane Gros <stephane.gros@ac-clermont.fr>", "Document introuvable",
"""Bonjour,
En ouvrant l'acte d'engagement du marché « Fournitures CDI » :
« Document introuvable (réf. DOC-NF-404) ». Pourriez-vous le remettre en
ligne ?
Stéphane Gros, collège de Riom 0631519J
""", "contract_documents", False, "0631519J", A, "espace_acheteur",
"Market document not found.",
client="ap")

M("Annick Berger <annick.berger@ac-dijon.fr>", "Convention + facture",
"""Bonjour,

La convention 2024-2025 n'apparaît pas dans nos documents (« Aucune
convention en cours »). Au passage, pouvez-vous aussi m'envoyer la
dernière facture ?

Annick Berger - Lycée Romain Rolland, Clamecy (0581666W)
""", "contract_documents", False, "0581666W", B, "espace_acheteur",
"Two topics: missing convention (first) and an invoice copy (order_billing).",
hard=True, client="tb")

# ---------------------------------------------------------------- transfer_incident
M("Frederic Arnaud <frederic.arnaud@ac-lyon.fr>", "Erreur de synchronisation EcoleDirecte",
"""Bonjour,

Le transfert des données vers EcoleDirecte échoue chaque nuit :

Erreur lors de la synchronisation : délai d'attente dépassé (code SYNC-408)
Dernière synchronisation réussie : 02/10/2024 02:14

Collège Jean Jaurès, Villeurbanne - 0691496B

Frédéric Arnaud, RUPN
""", "transfer_incident", False, "0691496B", A, "ecoledirecte",
"Nightly data synchronisation fails; error pasted.",
client="tb")

M("Secretariat Lycee Lamartine <ce.0711687y@ac-dijon.fr>", "Licence expirée",
"""Bonjour,

Au lancement de l'outil de transfert : « Licence expirée - veuillez
régénérer votre licence pour poursuivre le transfert. »
Pouvez-vous nous envoyer une nouvelle licence ?

Le secrétariat
""", "transfer_incident", False, "0711687Y", B, "ecoledirecte",
"Transfer licence to regenerate; UAI only in the lower-case ce.<UAI> sender address.",
hard=True, client="ol")

M("Michel Bouchard <michel.bouchard@ac-grenoble.fr>", "mot de passe de maintenance du jour",
"""Bonjour,

Pour lancer la réindexation, l'écran demande : « Saisissez le mot de passe
de maintenance du jour ». Pouvez-vous me le communiquer ?

Michel Bouchard - collège de Voiron, 0381644F
""", "transfer_incident", False, "0381644F", A, "ecoledirecte",
"Asks for the daily maintenance password: transfer_incident, not password_reset.",
hard=True, client="zm")

M("Liam O'Connor <liam.oconnor@ac-grenoble.fr>", "Pupil accounts import: HTTP 502",
"""Hi,

The nightly import of pupil accounts from the school management software
into e-sidoc fails with:

  Transfer failed: HTTP 502 Bad Gateway (import-annuaire)

Last success: 30/09. School code 0383350K.

Liam O'Connor, IT
""", "transfer_incident", False, "0383350K", A, "esidoc",
"English; the school-management data import into e-sidoc fails.",
lang="en", client="gm")

M("Nathalie Bailly <nathalie.bailly@ac-dijon.fr>", "Import SIECLE rejeté",
"""Bonjour,
L'import du fichier élèves est refusé : « Import SIECLE : fichier rejeté,
format non reconnu (ligne 1) ». Le fichier vient de l'export habituel.
Collège de Tonnerre, 0893292V
""", "transfer_incident", False, "0893292V", B, "ecoledirecte",
"School-management data import rejected.",
client="zm")

M("Vincent Roux <vincent.roux@ac-lyon.fr>", "ERR_TRANSFER_0x80072EE2",
"""Bonjour,

Le module de transfert affiche :
ERR_TRANSFER_0x80072EE2 - Le délai d'attente de l'opération a expiré.
Aucune donnée n'est remontée depuis lundi (notes et absences).

Vincent Roux, lycée de Bourg, 0011539T
""", "transfer_incident", False, "0011539T", A, "ecoledirecte",
"Data transfer failing with a timeout code.",
client="ol")

M("Alex Informatique <contact.alexinfo@gmail.com>", "synchro bloquée",
"""Bonjour,
Prestataire informatique d'un collège privé de la Drôme : la synchro vers
EcoleDirecte reste bloquée à « Transfert en cours... 0 % » depuis hier.
Que faut-il vérifier ?
Alex
""", "transfer_incident", False, None, None, "ecoledirecte",
"IT contractor reports a stuck synchronisation; free-mail sender, no UAI.",
client="gm")

M("Brigitte Monnier <brigitte.monnier@ac-clermont.fr>", "ce n'est pas le mot de passe, c'est la synchro",
"""Bonjour,

Ce n'est pas mon mot de passe qui pose problème (je me connecte très bien),
c'est la synchronisation des notes qui ne fonctionne plus :
« Échec du transfert : 37 enregistrements rejetés ».

Collège de Riom, 0633071W

Brigitte Monnier
""", "transfer_incident", False, "0633071W", A, "ecoledirecte",
"Negation: not the password, the grades synchronisation fails.",
hard=True, client="tb")

M("Paul Girod <paul.girod@ac-grenoble.fr>", "synchro + mot de passe",
"""Bonjour,

1) La synchronisation échoue : « Erreur 500 lors de l'envoi du lot 3/12 ».
2) J'ai aussi oublié le mot de passe de mon compte personnel.

Lycée du Mont-Blanc, 0742825U
Paul Girod
""", "transfer_incident", False, "0742825U", A, "ecoledirecte",
"Two topics: failing synchronisation (first) and a forgotten password.",
hard=True, client="gm")

M("Anne-Sophie Loiseau <anne-sophie.loiseau@ac-besancon.fr>", "Régénérer la licence de transfert",
"""Bonjour,

Après le changement de serveur, l'outil affiche « Licence invalide pour ce
poste (empreinte différente) ». Merci de régénérer notre licence.

Anne-Sophie Loiseau, collège de Champagnole, 0392615F
""", "transfer_incident", False, "0392615F", B, "ecoledirecte",
"Transfer licence to regenerate after a server change.",
client="tb")

M("Didier Fontaine <didier.fontaine@ac-dijon.fr>", "transfert impossible 0213287K",
"""Bonjour,

Le transfert des données de notre lycée (0213287K) échoue :
« Établissement non reconnu par le serveur de transfert ».

Didier Fontaine
""", "transfer_incident", False, None, B, "ecoledirecte",
"Code 0213287K has a wrong check letter (the digits give 0213287J), so no UAI; region from ac-dijon.fr.",
hard=True, client="ol")
# ---------------------------------------------------------------- automated
M("Sandrine Perrot <sandrine.perrot@ac-lyon.fr>", "Réponse automatique : [#SUP-009012] Connexion e-sidoc impossible",
"""Bonjour,

Je suis absente du 21 octobre au 4 novembre inclus (vacances de la
Toussaint). Votre message ne sera pas transféré.

Sandrine Perrot
""", "automated", False, None, A, None,
"Out-of-office (Auto-Submitted: auto-replied); region from the ac-lyon.fr sender.",
client="ol", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("Emma Clarke <emma.clarke@ac-besancon.fr>", "Out of office: Forgotten password link no longer valid",
"""Thank you for your email. I am away until Monday 4 November with limited
access to email. For urgent matters please contact the school office.

Emma
""", "automated", False, None, B, None,
"English Gmail vacation responder; region from ac-besancon.fr.",
lang="en", client="gm", hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

M("Mail Delivery System <MAILER-DAEMON@mx.lycee-courbet-belfort.fr>", "Undelivered Mail Returned to Sender",
"""This is the mail system at host mx.lycee-courbet-belfort.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<intendance.courbet@lycee-courbet-belfort.fr>: host 127.0.0.1[127.0.0.1]
    said: 550 5.1.1 <intendance.courbet@lycee-courbet-belfort.fr>: Recipient
    address rejected: User unknown in virtual mailbox table
""", "automated", False, None, None, None,
"Postfix bounce (multipart/report, null Return-Path).",
lang="en", client="robot", report="delivery", hdr={"Auto-Submitted": "auto-replied"})

M("Mail Delivery System <Mailer-Daemon@smtp.mairie-tournus.fr>", "Mail delivery failed: returning message to sender",
"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  marches@mairie-tournus.fr
    Mailbox quota exceeded
""", "automated", False, None, None, None,
"Exim bounce in plain text: only the null Return-Path and the Mailer-Daemon sender show it.",
lang="en", client="robot", hard=True)

M("=?utf-8?q?Mailinblack_-_Coll=C3=A8ge_Jean_Zay?= <noreply@auth.mailinblack.com>", "Authentification requise pour votre message",
"""Bonjour,

Vous avez écrit à une adresse protégée par Mailinblack.
Pour que votre message « [#SUP-009101] Message bloqué par Mailinblack » soit
délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le
lien ci-dessous :

https://auth.mailinblack.com/verify?t=8f41c2
Ce lien est valable 7 jours.
""", "automated", False, None, None, None,
"MailInBlack challenge sent to the desk when it replied: automatic, never answered.",
client="robot", html="only", hdr={"Auto-Submitted": "auto-generated"})

M("Mailinblack <noreply@auth.mailinblack.com>", "Please authenticate to deliver your message",
"""Hello,

You sent an email to an address protected by Mailinblack. To deliver your
message, please prove you are human by clicking the button below and
solving the captcha.

https://auth.mailinblack.com/verify?t=2bd90e
""", "automated", False, None, None, None,
"English MailInBlack sender-authentication challenge.",
lang="en", client="robot", html="only", hdr={"Auto-Submitted": "auto-generated"})

M("Lettre numerique DANE Lyon <lettre-dane@ac-lyon.fr>", "Lettre du numérique éducatif - octobre 2024",
"""Lettre du numérique éducatif - octobre 2024

- Nouveautés de l'ENT
- Le point sur les ressources numériques des CDI
- Agenda des formations

Pour vous désinscrire : https://listes.ac-lyon.fr/sympa/signoff/lettre-dane
""", "automated", False, None, A, None,
"Newsletter from an académie mailing list (List-Id); region from ac-lyon.fr.",
client="robot", hdr={"List-Id": "<lettre-dane.listes.ac-lyon.fr>", "Precedence": "list",
                     "List-Unsubscribe": "<https://listes.ac-lyon.fr/sympa/signoff/lettre-dane>"})

M("Gilles Thevenon <gilles.thevenon@ac-lyon.fr>", "Lu : [#SUP-009055] Mail d'activation bloqué",
"""Votre message

  À : Gilles Thevenon
  Objet : [#SUP-009055] Mail d'activation bloqué

a été lu le 24/10/2024 09:12.
""", "automated", False, None, A, None,
"Outlook read receipt (multipart/report disposition-notification); region from ac-lyon.fr.",
client="robot", report="mdn")

M("Christelle Favre <christelle.favre@ac-grenoble.fr>", "Message d'absence",
"""Bonjour,
Je suis en formation jusqu'au 8 novembre. Je traiterai votre message à
mon retour.
Christelle Favre
""", "automated", False, None, A, None,
"Zimbra out-of-office with Auto-Submitted; region from ac-grenoble.fr.",
client="zm", hdr={"Auto-Submitted": "auto-replied"})

M("Librairie Decitre Pro <no-reply@commandes.decitre-pro.fr>", "Votre commande CMD-55210 a été expédiée",
"""Bonjour,

Votre commande CMD-55210 a été expédiée.
Suivi du colis : https://suivi.example-transport.fr/?c=6A0012345678

Ceci est un message automatique, merci de ne pas y répondre.
""", "automated", False, None, None, None,
"Shipping notification from a no-reply sender.",
client="robot", html="alt", hdr={"Auto-Submitted": "auto-generated"})

M("Fabienne Reynaud <fabienne.reynaud@ac-grenoble.fr>", "RE: [#SUP-009140] mail d'activation jamais reçu",
"""Je suis absente jusqu'au 12 novembre. En cas d'urgence, merci de
contacter le secrétariat d'intendance au 04 75 00 00 00.

Fabienne Reynaud
""", "automated", False, None, A, None,
"Out-of-office sent by a client-side rule without Auto-Submitted or Precedence: only the wording shows it.",
hard=True, client="ol")

M("Julie Chassagne <julie.chassagne@ac-clermont.fr>", "[doc-auvergne] erreur captcha sur le portail ?",
"""Bonjour à toutes et tous,

Quelqu'un a-t-il aussi ce message sur la page de connexion du portail depuis
ce matin ?

« ERREUR pour le propriétaire du site : domaine non valide pour la clé de site »

Le captcha ne s'affiche pas et on ne peut plus se connecter.

Julie, CDI Aurillac
_______________________________________________
doc-auvergne mailing list
https://listes.ac-clermont.fr/sympa/info/doc-auvergne
""", "automated", False, None, A, "esidoc",
"A real question, but posted to an académie mailing list the desk receives (List-Id, Precedence: list): not written to us; region from ac-clermont.fr.",
hard=True, client="tb", hdr={"List-Id": "Documentalistes d'Auvergne <doc-auvergne.listes.ac-clermont.fr>",
                             "Precedence": "list"})

M("Mail Delivery System <MAILER-DAEMON@ac-grenoble.fr>", "Non remis : [#SUP-009177] Avenant en cours de génération",
"""Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<maryse.colin@ac-grenoble.fr> : boîte aux lettres pleine (552 5.2.2
Mailbox full)
""", "automated", False, None, A, None,
"French bounce from the académie MTA (null Return-Path); region from the ac-grenoble.fr sender domain.",
client="robot", report="delivery", hdr={"Auto-Submitted": "auto-replied"})

M("Status Monitor <alerts@status-monitor.example.net>", "[DOWN] e-sidoc portal - HTTP 503",
"""Monitor "e-sidoc portal" is DOWN.

URL: https://portail.esidoc.example.fr/
Reason: HTTP 503 Service Unavailable
Checked from: Paris, Frankfurt
Started: 2024-11-05 06:42:10 UTC
""", "automated", False, None, None, "esidoc",
"Uptime monitoring alert: auto-generated notification.",
lang="en", client="robot", hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "StatusMonitor/3.2"})

M("Portail assistance <no-reply@portail-assistance.example.fr>", "Nouveau commentaire sur votre demande 24-11873",
"""Bonjour,

Un nouveau commentaire a été ajouté à la demande 24-11873 « Erreur 403 sur
la convention ».

Consultez la demande : https://portail-assistance.example.fr/demandes/24-11873

Ne répondez pas à ce message.
""", "automated", False, None, None, "ticket_portal",
"Ticket portal notification from a no-reply address.",
client="robot", html="alt", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("Signature electronique <notifications@signature.example.fr>", "Le document « Convention 2024-2025 » a été signé",
"""Bonjour,

Le document « Convention 2024-2025 » a été signé par toutes les parties.
Vous pouvez le télécharger pendant 30 jours :
https://signature.example.fr/d/7f3a9c

Ceci est une notification.
""", "automated", False, None, None, "esignature",
"E-signature completion notification without Auto-Submitted or Precedence: the sender and wording show it is automatic.",
hard=True, client="robot", html="alt")

M("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@stjoseph-dole.fr>", "Remise différée : [#SUP-009233] Facture Chorus : SIRET",
"""La remise n'a pas encore abouti pour ces destinataires ou groupes :

compta@stjoseph-dole.fr

Le serveur continuera d'essayer de remettre ce message pendant 47 heures.
Ceci est un message de notification de remise différée.
""", "automated", False, None, None, None,
"Exchange delivery-delay notification (null Return-Path, Auto-Submitted).",
client="robot", hdr={"Auto-Submitted": "auto-generated"})

# ---------------------------------------------------------------- other
M("Messagerie academique <support@ac-lyon-messagerie.com>", "Votre boîte a atteint son quota",
"""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la
suppression de vos messages, confirmez votre identifiant et votre mot de
passe sous 24 h :

https://ac-lyon-messagerie.com/quota/valider

Service informatique académique
""", "other", False, None, None, None,
"Phishing asking for a password; ac-lyon-messagerie.com is a look-alike, not an académie domain, so no region.",
hard=True, client="robot", html="only", auth="fail")

M("Sandrine Perrot <sandrine.perrot@ac-lyon.fr>", "Re: [#SUP-009012] Connexion e-sidoc impossible",
"""Merci beaucoup, le lien a fonctionné et j'ai pu choisir un nouveau mot de
passe. Tout est rentré dans l'ordre !

Sandrine

Le 18/10/2024 à 10:05, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse du
> compte administrateur. Il est valable 12 heures.
> L'équipe d'assistance
""", "other", False, None, A, "esidoc",
"Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked; region from ac-lyon.fr.",
hard=True, client="tb", irt="SUP-009012")

M("Ryan Cooper <ryan@rank-boost-seo.biz>", "Get your website to page 1 of Google",
"""Hi,

I noticed your website is not ranking for important keywords. Our team can
bring you to page 1 of Google within 30 days. Reply "YES" for a free audit.

Ryan
""", "other", False, None, None, None,
"English SEO spam.",
lang="en", client="gm")

M("Herve Blondel <herve.blondel@ac-grenoble.fr>", "Votre connexion n'est pas privée",
"""Bonjour,

Depuis ce matin, en ouvrant le portail, Chrome affiche :

Votre connexion n'est pas privée
Des individus malveillants tentent peut-être de subtiliser vos informations
NET::ERR_CERT_DATE_INVALID

Le certificat du site a-t-il expiré ? Nos élèves ne peuvent plus y accéder.
Collège de Crest, 0261757U

Hervé Blondel
""", "other", False, "0261757U", A, "esidoc",
"Browser certificate warning on the portal: a site incident, none of the listed request types.",
client="zm")

M("Ludivine Tissot <ludivine.tissot@ac-besancon.fr>", "captcha du formulaire de contact",
"""Bonjour,

Je voulais passer par le formulaire du portail d'assistance mais le captcha
affiche : « reCAPTCHA : Erreur pour le propriétaire du site : type de clé
non valide ». Impossible d'envoyer le formulaire, d'où ce mail.
Ma question : existe-t-il une formation à distance sur l'outil ?

Ludivine Tissot
""", "other", False, None, B, "ticket_portal",
"Captcha broken on the ticket portal's contact form, plus a training question: neither is a listed request type.",
hard=True, client="gm")

M("Karim Benyahia <karim.benyahia75@hotmail.fr>", "notes de mon fils",
"""bonjour,
mon fils ne voit plus ses notes sur ecoledirecte, il y a ecrit "Aucune
note disponible pour cette période". il est en 4eme au college de Tarare.
c est vous qu il faut contacter ?
merci
""", "other", False, None, None, "ecoledirecte",
"A parent asks about a pupil's grades: not the desk's audience, a person redirects him.",
client="gm")

M("Business Development <bd@edtech-partners.io>", "Partnership opportunity",
"""Dear team,

We are an EdTech company helping schools digitise their libraries. We would
love to explore a partnership with your platform. Are you available for a
20-minute call next week?

Best,
Business Development Team
""", "other", False, None, None, None,
"English commercial solicitation.",
lang="en", client="ol")

M("Gisele Pons <gisele.pons@ac-clermont.fr>", "Plateforme en panne ?",
"""Bonjour,

Est-ce que la plateforme est en panne ? Depuis 8 h j'ai :

503 Service Unavailable
The server is temporarily unable to service your request.

Collège de Vichy, 0032598H

Gisèle Pons
""", "other", False, "0032598H", A, "esidoc",
"Outage report (503); not one of the listed request types.",
client="ol")

M("Muriel Faivre <muriel.faivre@ac-besancon.fr>", "désinscription lettre d'information",
"""Bonjour,

Merci de me retirer de votre liste de diffusion (lettre mensuelle). Le lien
« Se désabonner » en bas du mail affiche « Page introuvable ».

Muriel Faivre
""", "other", False, None, B, None,
"Unsubscribe request from a newsletter; region from ac-besancon.fr.",
client="tb")

M("=?utf-8?q?Ga=C3=ABtan_Moulin?= <gaetan.moulin@ac-lyon.fr>", "Navigateur compatible ?",
"""Bonjour,

Sur les postes du CDI, le portail affiche « Cette page ne peut pas être
affichée - Activez TLS 1.2 dans les paramètres avancés ». Quels navigateurs
et versions sont pris en charge ? Les postes sont sous Windows 7.

Gaëtan Moulin - collège de Saint-Chamond, 0422951E
""", "other", False, "0422951E", A, "esidoc",
"Browser compatibility question after a TLS error page.",
client="ol")

M("Laure Chevrier <laure.chevrier@ac-grenoble.fr>", "Statistiques de consultation",
"""Bonjour,

Pour le rapport d'activité du CDI, je voudrais savoir s'il est possible
d'obtenir les statistiques de consultation du portail sur l'année 2023-2024.
L'onglet Statistiques affiche « Données indisponibles pour cette période ».

Laure Chevrier - Lycée Vaugelas, Chambéry, 0733333B
""", "other", False, "0733333B", A, "esidoc",
"Usage statistics request: none of the listed request types.",
client="ap")

M("=?utf-8?q?Am=C3=A9lie_Dumont?= <amelie.dumont@ac-dijon.fr>", "Demande de formation - erreur sur la page d'inscription",
"""Bonjour,

Je souhaitais m'inscrire à la formation « Prise en main du portail » du 14
novembre, mais la page d'inscription affiche « ERR_CONNECTION_RESET ». Y a-t-il
encore des places ? Je suis au lycée Carnot de Dijon (0212378W).

Amélie Dumont
""", "other", False, "0212378W", B, "esidoc",
"Training registration question; the connection error is incidental.",
client="gm")

# ================================================================ wrapping
BASE = datetime.datetime(2024, 9, 2, 8, 0)


def tz_for(dt):
    summer = datetime.datetime(2024, 10, 27) > dt or dt >= datetime.datetime(2025, 3, 30)
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def make_msgid(client, domain):
    if client == "tb":
        return f"<{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}@{domain}>"
    if client == "ol":
        return f"<00{hexs(1)}{hexs(1)}01db{hexs(4)}${hexs(8)}${hexs(8)}@{domain}>"
    if client == "gm":
        alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-_"
        return "<CA" + "".join(RNG.choice(alpha) for _ in range(44)) + "@mail.gmail.com>"
    if client in ("ap", "ip"):
        return f"<{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@{domain}>".upper().replace("@" + domain.upper(), "@" + domain)
    if client == "zm":
        return f"<{RNG.randrange(10**8, 10**9)}.{RNG.randrange(10**5, 10**6)}.{RNG.randrange(10**12, 10**13)}.JavaMail.zimbra@{domain}>"
    return f"<{hexs(20)}@{domain}>"


def to_html(body, client):
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(quote) + "</blockquote>")
            quote.clear()
    for line in body.split("\n"):
        if line.startswith(">"):
            quote.append(htmlmod.escape(line[1:].lstrip()))
        else:
            flush()
            out.append(htmlmod.escape(line).replace("  ", "&nbsp; ") + "<br>")
    flush()
    inner = "\n".join(out)
    if client == "ol":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">\n'
                + inner + "\n</p></div></body>\n</html>\n")
    if client == "gm":
        return '<div dir="ltr">' + inner + "</div>\n"
    if client == "zm":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + inner + "</div></body></html>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word;">' + inner + "</body></html>\n")


def tiny_png():
    raw = b"\x00\xff\xff\xff" * 1
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            f"% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n").encode("ascii")


CLIENT_HDR = {
    "tb": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "ol": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "gm": [],
    "ap": [("X-Mailer", "Apple Mail (2.3776.700.51)")],
    "ip": [("X-Mailer", "iPhone Mail (21H16)")],
    "zm": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4583)"),
           ("Thread-Topic", None)],
    "robot": [],
}
DEFAULT_CTE = {"tb": "8bit", "ol": "quoted-printable", "gm": "quoted-printable", "ap": "quoted-printable",
               "ip": "quoted-printable", "zm": "8bit", "robot": "8bit"}


def build(i, m):
    client = m.get("client", "tb")
    name, addr = parseaddr(m["frm"])
    domain = addr.split("@")[1].lower()
    dt = BASE + datetime.timedelta(days=i * 1.3, hours=RNG.randrange(0, 10), minutes=RNG.randrange(60),
                                   seconds=RNG.randrange(60))
    dt = dt.replace(tzinfo=tz_for(dt))
    msg = EmailMessage(policy=policy.default)
    bounce = client == "robot" and ("mailer-daemon" in addr.lower() or "microsoftexchange" in addr.lower())
    msg["Return-Path"] = "<>" if bounce else f"<{addr}>"
    msg["Delivered-To"] = SUPPORT
    relay = f"smtp{RNG.randrange(1, 6)}.{domain}" if domain.startswith("ac-") else f"mail.{domain}"
    ip = f"{RNG.choice(['192.0.2', '198.51.100', '203.0.113'])}.{RNG.randrange(2, 250)}"
    recv_dt = dt + datetime.timedelta(seconds=RNG.randrange(5, 40))
    msg["Received"] = (f"from {relay} ({relay} [{ip}]) by mx1.assistance.example.fr (Postfix) with ESMTPS id "
                       f"{hexs(12).upper()} for <{SUPPORT}>; {format_datetime(recv_dt)}")
    auth = m.get("auth", "none" if client == "robot" else "pass")
    if auth == "pass":
        ar = f"mx1.assistance.example.fr; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
    elif auth == "fail":
        ar = f"mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom={domain}; dmarc=fail (p=quarantine) header.from={domain}"
    else:
        ar = f"mx1.assistance.example.fr; dkim=none; spf=pass smtp.helo={relay}; dmarc=none"
    msg["Authentication-Results"] = ar
    msg["From"] = m["frm"]
    msg["To"] = "Assistance <%s>" % SUPPORT if client in ("ol", "tb", "zm") else SUPPORT
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = make_msgid(client, domain)
    if m.get("irt"):
        ref = f"<{m['irt']}.{int(dt.timestamp()) - 86400 * 3}.{hexs(6)}@assistance.example.fr>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENT_HDR[client]:
        msg[k] = v if v is not None else m["subj"]
    if client == "ol":
        msg["Thread-Index"] = "A" + hexs(30)
    for k, v in (m.get("hdr") or {}).items():
        msg[k] = v
    body = m["body"]
    cte = m.get("cte", DEFAULT_CTE[client])
    charset = "utf-8"
    if client == "ol":
        try:
            body.encode("windows-1252")
            charset = "windows-1252"
        except UnicodeEncodeError:
            pass
    if cte == "8bit" and body.isascii():
        cte = "7bit"
    report = m.get("report")
    if report:
        b = "=_report_" + hexs(16)
        if report == "delivery":
            kind, meta = "delivery-status", (
                f"Reporting-MTA: dns; {relay}\n\nFinal-Recipient: rfc822; unknown@{domain}\n"
                "Action: failed\nStatus: 5.0.0\n")
        else:
            kind, meta = "disposition-notification", (
                "Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822; " + addr + "\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n")
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = f'multipart/report; report-type={kind}; boundary="{b}"'
        head = msg.as_bytes(policy=policy.default.clone(linesep="\n"))
        orig = f"From: Assistance <{SUPPORT}>\nSubject: [#SUP-00{RNG.randrange(8000, 9999)}] Suivi\nAuto-Submitted: auto-replied\n"
        payload = (f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Type: text/plain; charset=utf-8\n"
                   f"Content-Transfer-Encoding: 8bit\n\n{body}\n--{b}\nContent-Type: message/{kind}\n\n{meta}\n"
                   f"--{b}\nContent-Type: text/rfc822-headers\n\n{orig}\n--{b}--\n")
        return head.rstrip(b"\n") + b"\n\n" + payload.encode("utf-8")
    html = m.get("html", "default")
    if html == "default":
        html = {"ol": "alt", "gm": "alt", "ap": "alt", "zm": "alt" if RNG.random() < 0.5 else None}.get(client)
    if html == "only":
        msg.set_content(to_html(body, client), subtype="html", charset=charset, cte=cte if cte != "7bit" else "quoted-printable")
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if html == "alt":
            msg.add_alternative(to_html(body, client), subtype="html", charset=charset,
                                cte="quoted-printable" if cte in ("7bit", "8bit") and client != "zm" else cte if cte != "7bit" else "quoted-printable")
    att = m.get("att")
    if att:
        fn, kind = att
        if kind == "png":
            msg.add_attachment(tiny_png(), maintype="image", subtype="png", filename=fn)
        else:
            msg.add_attachment(tiny_pdf(fn), maintype="application", subtype="pdf", filename=fn)
    for part in msg.walk():
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary("----=_Part_" + hexs(24))
    return msg.as_bytes(policy=policy.default.clone(linesep="\n"))


# ================================================================ checks
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


def check():
    lines = open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read().splitlines()
    assert len(lines) == 150, len(lines)
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert emls == [f"h{i:03d}.eml" for i in range(1, 151)], "expected exactly h001..h150"
    keys = {"file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"}
    seen, n_en = set(), 0
    for n, line in enumerate(lines, 1):
        lab = json.loads(line)
        assert set(lab) == keys, (n, lab.keys())
        f = lab["file"]
        assert f == f"h{n:03d}.eml"
        assert lab["category"] in CATS, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["uai"] is None or uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), f
        assert lab["region"] is None or lab["region"] in REGION_DEPS, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        n_en += lab["lang"] == "en"
        notes = lab["notes"]
        assert isinstance(notes, str) and notes.strip().endswith(".") and len(notes) > 10, f
        seen.add(lab["category"])
        raw = open(os.path.join(HERE, f), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        assert msg["Date"].datetime is not None, f
        text = visible_text(msg)
        up_notes = notes.upper()
        for code in {c.upper() for c in UAI_RE.findall(text)}:
            if uai_ok(code):
                assert code == lab["uai"] or code in up_notes, (f, code, "valid UAI not explained")
            else:
                assert "wrong check letter" in notes and code in up_notes, (f, code, "bad code not explained")
        if "wrong check letter" in notes:
            wrong = [c for c in UAI_RE.findall(notes) if not uai_ok(c)]
            assert wrong, f
            for c in wrong:
                assert c in text.upper(), (f, c)
                assert LETTERS[int(c[:7]) % 23] != c[7], (f, c)
        if lab["uai"]:
            assert lab["uai"] in re.sub(r"\s+", "", text).upper(), (f, lab["uai"], "labelled UAI not in mail")
            expected = DEP2REG[lab["uai"][:3]]
        else:
            dom = parseaddr(str(msg["From"]))[1].split("@")[-1].lower()
            expected = DOMAIN2REG.get(dom)
        assert lab["region"] == expected, (f, lab["region"], expected)
    assert seen == set(CATS), set(CATS) - seen
    assert 10 <= n_en <= 25, n_en
    return n_en


def main():
    for f in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", f):
            os.remove(os.path.join(HERE, f))
    assert len(MAILS) == 150, len(MAILS)
    labels = []
    for i, m in enumerate(MAILS, 1):
        fn = f"h{i:03d}.eml"
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(build(i, m))
        labels.append({"file": fn, "category": m["cat"], "auto_reply_ok": m["auto"], "uai": m["uai"],
                       "region": m["reg"], "platform": m["plat"], "hard": m.get("hard", False),
                       "lang": m.get("lang", "fr"), "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    n_en = check()
    counts = {c: sum(l["category"] == c for l in labels) for c in CATS}
    print("ok:", len(labels), "mails;", counts, "; en:", n_en, "; hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()
