#!/usr/bin/env python3
"""Generate the holdout68 blind test corpus (150 .eml files + labels.jsonl).

Theme: March 2027 in Grand Est, Bourgogne-Franche-Comte and Normandie, the
month the platforms moved to a new login page, single sign-on through the
academie, renamed menus and a new sender address for automatic mail.

Standard library only, deterministic (random.Random with a fixed seed).
Every mail text below was written by hand; the script only wraps each one in
headers and a transfer encoding.  Run:  python3 make_holdout68.py
"""
import base64
import html
import json
import pathlib
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parseaddr

R = random.Random(20270368)
HERE = pathlib.Path(__file__).resolve().parent
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
DESK = "Assistance <support@assistance.example.fr>"
NEW_SENDER = "ne-pas-repondre@connexion.example.fr"
OLD_SENDER = "no-reply@assistance.example.fr"

CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation",
              "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
HUMAN_ONLY = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
REG = {"GE": "grand-est", "BFC": "bourgogne-franche-comte", "NO": "normandie"}

# regions.md, transcribed
_DEPTS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56", "centre-val-de-loire": "18 28 36 37 41 45",
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
DEPT_REGION = {(d if len(d) == 3 else "0" + d): r
               for r, ds in _DEPTS.items() for d in ds.split()}
_DOMS = {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr", "centre-val-de-loire": "ac-orleans-tours.fr",
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
DOMAIN_REGION = {d: r for r, ds in _DOMS.items() for d in ds.split()}


def letter(digits):
    return LETTERS[int(digits) % 23]


def uai(digits):
    return digits + letter(digits)


def expand(text):
    """@U0541234@ -> 0541234?, @u...@ lower case, @s...@ '054 1234 ?'."""
    def rep(mo):
        kind, d = mo.group(1), mo.group(2)
        code = uai(d)
        if kind == "U":
            return code
        if kind == "u":
            return code.lower()
        return f"{d[:3]} {d[3:]} {code[-1]}"
    return re.sub(r"@([Uus])(\d{7})@", rep, text)


MAILS = []


def m(cat, ok, u, reg, plat, frm, subj, body, notes, *, lang="fr",
      hard=False, enc="8bit", cl="tb", ex=(), auth="pass", irt=None,
      bad=(), ctype=None, to=DESK, attach=None):
    MAILS.append(dict(cat=cat, ok=ok, u=u, reg=REG.get(reg, reg), plat=plat,
                      frm=frm, subj=subj, body=body, notes=notes, lang=lang,
                      hard=hard, enc=enc, cl=cl, ex=list(ex), auth=auth,
                      irt=irt, bad=tuple(bad), ctype=ctype, to=to,
                      attach=attach))

# ---------------------------------------------------------------- password_reset
m("password_reset", True, "0881342", "GE", "esidoc",
  "Hélène Grosjean <helene.grosjean@ac-nancy-metz.fr>",
  "Mot de passe e-sidoc refusé depuis la nouvelle page de connexion",
  """Bonjour,

Depuis lundi la page de connexion d'e-sidoc n'est plus la même (fond bleu,
bouton "Se connecter avec mon compte académique" en haut). Le bouton
académique ne m'ouvre pas l'administration du portail, alors j'utilise le
formulaire du bas avec notre identifiant @U0881342@ et l'ancien mot de passe :
"identifiant ou mot de passe incorrect".

Je pense tout simplement que je ne l'ai plus : ma collègue l'avait changé
en janvier avant son congé. Pouvez-vous m'envoyer un lien pour le
réinitialiser ?

Merci d'avance,

Hélène Grosjean
Professeure documentaliste
Collège Louis Pergaud - Épinal
""", "Lost back-office password after the new login page; the SSO button is not the way into administration. UAI in the body, académie sender.")

m("password_reset", True, "0571608", "GE", "esidoc",
  "Kev Muller <kevin.muller57@gmail.com>",
  "mdp",
  """bjr
mdp esidoc perdu depuis le nvx site de co, uai @U0571608@
vous pouvez renvoyer un lien svp ?
merci
Kevin, CDI clg Freyming

Envoyé de mon téléphone
""", "SMS style from a phone (base64 body), personal Gmail; plain lost password, UAI given, region from the UAI.",
  enc="b64", cl="android")

m("password_reset", True, "0551184", "GE", "esidoc",
  "Sandrine Colin <sandrine.colin@ac-nancy-metz.fr>",
  "Quel mot de passe ? (académique / e-sidoc)",
  """Bonjour,

Je m'y perds un peu avec vos changements. Le rectorat nous dit que
désormais on se connecte partout "avec son mot de passe académique". Je
l'ai essayé : il marche pour la messagerie et pour le bouton académique sur
votre nouvelle page, mais là j'arrive sur le portail en simple lectrice, sans
le menu d'administration.

Pour administrer il faut donc toujours le compte local (identifiant
@U0551184@). Et celui-là, honnêtement, je ne connais pas son mot de passe :
il a été créé avant mon arrivée.

Pourriez-vous me le réinitialiser ?

Sandrine Colin
Lycée Raymond Poincaré, Bar-le-Duc
""", "Confusion between the académie password (SSO) and the local admin account; the admin password is simply unknown: the FAQ reset path applies.",
  hard=True, cl="zimbra", enc="qp")

m("password_reset", True, "0672295", "GE", "esidoc",
  "Rachel Whitfield <r.whitfield@ac-strasbourg.fr>",
  "Forgotten password - library portal",
  """Hello,

I work in the library (CDI) of the international section in Strasbourg. The
new login page asks for an "identifiant" and a password. I was told the
identifiant is our school code, @U0672295@, but I have no idea what the
password is and the one in our handover notes is rejected.

Could you send a reset link, please? I'm happy for it to go to the school
office address if that is how it works.

Many thanks,
Rachel Whitfield
Assistant librarian
""", "English; forgotten password, UAI given as the username, suggests the official address.",
  lang="en", cl="outlook", enc="qp")

m("password_reset", True, "0101057", "GE", "esidoc",
  "Patrick Lemoine <patrick.lemoine@ac-reims.fr>",
  "Compte bloqué",
  """Bonjour,

Le compte d'administration e-sidoc du collège (@U0101057@) est bloqué :
"trop de tentatives, réessayez plus tard". C'est ma faute, j'ai tapé mon mot
de passe académique dans le formulaire local au lieu de l'autre, plusieurs
fois de suite, et maintenant même l'ancien n'est plus accepté. Je ne suis
d'ailleurs plus certain de l'ancien.

Pouvez-vous débloquer le compte ou m'envoyer un lien de réinitialisation ?

Cordialement
P. Lemoine
Collège Paul Langevin, Romilly-sur-Seine
""", "Account locked after typing the académie password into the local form; asks to unlock or reset.", cl="zimbra")

m("password_reset", True, "0211873", "BFC", "esidoc",
  "Mathilde Roy <mathilde.roy@ac-dijon.fr>",
  "Lien expiré",
  """Bonjour,

J'ai bien reçu le mail de réinitialisation (il vient maintenant de
ne-pas-repondre@connexion.example.fr, j'ai failli le jeter). Mais je ne l'ai
ouvert que ce matin et la page dit "ce lien a expiré".

Pouvez-vous m'en renvoyer un ? Je le ferai tout de suite cette fois.

Mathilde Roy, documentaliste
Lycée Carnot Dijon - @U0211873@
""", "Reset link expired (12 h) before use; asks for a new one. Mentions the new sender address but the mail did arrive.")

m("password_reset", True, "0251329", "BFC", "esidoc",
  "Lucie Perrin <lucie.perrin@ac-besancon.fr>",
  "Tr: Réinitialisation de votre mot de passe",
  """Bonjour,

Je vous transfère le mail que j'avais reçu en février pour changer le mot
de passe. Je ne l'avais pas fait. Aujourd'hui le lien m'amène sur la
nouvelle page avec "lien non valide". Est-ce que les anciens liens ne
marchent plus ? Il me faudrait un nouveau lien, notre mot de passe ne
fonctionne plus du tout.

Lucie Perrin
CDI collège Victor Hugo - Besançon (@U0251329@)

________________________________
De : no-reply@assistance.example.fr
Envoyé : mardi 16 février 2027 09:14
À : Perrin Lucie
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous
(valable 12 heures).
https://connexion.example.fr/reset/7f2c0d9a41
""", "Outlook forward of an old reset mail (old sender) whose link is no longer valid; the password does not work: asks for a new link.",
  cl="outlook", enc="qp")

m("password_reset", True, None, None, "espace_acheteur",
  "Claire Wagner <claire.wagner@grandest.fr>",
  "Connexion Espace Acheteur impossible",
  """Bonjour,

Je suis acheteuse au service des lycées de la Région. La nouvelle page de
l'Espace Acheteur me demande maintenant mon adresse électronique au lieu de
mon identifiant. J'ai mis mon adresse professionnelle et mon mot de passe
habituel : refusé. J'ai dû le changer il y a longtemps et je ne m'en
souviens plus.

Comment le récupérer ?

Claire Wagner
Direction des lycées - Région Grand Est
""", "Buyer at a regional council: lost Espace Acheteur password. No UAI and a non-académie domain, so no region in the label.",
  cl="outlook")

m("password_reset", True, None, "BFC", "esidoc",
  "Noémie Bertin <noemie.bertin@ac-dijon.fr>",
  "mot de passe oublie portail CDI",
  """bonjour
je n arrive plus a me connecter au portail du cdi (partie gestion), j ai
oublie le mot de passe. notre code etablissement est le 0581476K.
merci de m envoyer la marche a suivre
noemie bertin
college des Loges, Nevers
""", "UAI typed as 0581476K: wrong check letter (the digits give 0581476Y), so no UAI in the label; region from the ac-dijon.fr sender. Otherwise a plain forgotten password that the reset procedure answers.",
  hard=True, bad=("0581476K",))

m("password_reset", True, "0700918", "BFC", "esidoc",
  "Gilles Faivre <gilles.faivre@ac-besancon.fr>",
  "Mot de passe expiré",
  """Bonjour,

À la connexion sur la nouvelle page, on me dit que mon mot de passe a expiré
et qu'il faut en choisir un nouveau. Problème : pour le changer il demande
l'ancien, et celui qui est dans notre classeur n'est pas accepté.

Code UAI : @U0700918@ (lycée Lumière, Luxeuil-les-Bains).

Merci de votre aide,
G. Faivre
""", "Password expired at the new login page and the old one is not known: reset.", enc="latin1")

m("password_reset", True, "0141792", "NO", "esidoc",
  "Secretariat <ce.@u0141792@@ac-normandie.fr>",
  "Demande de lien de réinitialisation",
  """Bonjour,

La documentaliste du collège est absente jusqu'aux vacances et personne
d'autre ne connaît le mot de passe du portail documentaire. Pouvez-vous
envoyer un lien de réinitialisation sur l'adresse de l'établissement (celle
d'où nous vous écrivons) ?

Merci,
Le secrétariat de direction
Collège Lechanteur, Caen
""", "UAI only in the ce.<UAI>@ac-normandie.fr sender address, in lower case; the secretariat (not the head) asks for the link on the official address.",
  hard=True, cl="zimbra")

m("password_reset", False, "0511471", "GE", "esidoc",
  "Agnès Simonet <agnes.simonet@ac-reims.fr>",
  "Re: [#SUP-041187] Mot de passe e-sidoc",
  """Bonjour,

Merci, mais c***@ac-reims.fr c'est l'adresse de Mme Caron, l'ancienne
documentaliste, qui est partie à la retraite en décembre. Sa boîte est
fermée, donc le lien n'arrivera nulle part. Je fais comment ?

Agnès

Le lun. 8 mars 2027 à 10:02, Assistance <support@assistance.example.fr> a
écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
> établissement (@U0511471@) : c***@ac-reims.fr. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", "Reply (Gmail French quote) to the automatic answer: the address on file is a closed mailbox. Still password_reset (the ticket's topic) but the template already failed; the head-of-establishment procedure needs a person.",
  cl="gmail", irt="SUP-041187")

m("password_reset", False, "0540829", "GE", "esidoc",
  "Jean-Marc Thiriet <jean-marc.thiriet@ac-nancy-metz.fr>",
  "Deux choses : mot de passe + facture",
  """Bonjour,

1) Je n'ai plus le mot de passe du compte admin e-sidoc du lycée (UAI
@U0540829@) depuis la bascule vers la nouvelle page. Il me faudrait un lien.

2) Par la même occasion : notre gestionnaire cherche la facture de
l'abonnement 2027, elle ne la trouve pas dans Chorus. Pouvez-vous la
redéposer ou nous l'envoyer ?

Bien à vous,
Jean-Marc Thiriet
Lycée Jacques Callot, Vandœuvre-lès-Nancy
""", "Two topics: password reset (first, main) and an invoice missing from Chorus (order_billing); one template would answer only half.",
  hard=True)

m("password_reset", True, "0250763", "BFC", "esidoc",
  "Émilie Vuillemin <emilie.vuillemin@ac-besancon.fr>",
  "Compte local e-sidoc (pas le SSO)",
  """Bonjour,

Pour être claire dès le départ : ce n'est pas la connexion académique qui
pose problème. Le bouton "compte académique" fonctionne très bien pour ma
collègue et pour moi.

Ce qui ne marche plus, c'est le compte local d'administration, celui avec
l'identifiant @U0250763@. J'en ai perdu le mot de passe (je ne m'en sers
que deux fois par an...). Pourriez-vous m'envoyer un lien pour le refaire ?

Merci !
Émilie
Collège Lucie Aubrac, Montbéliard
""", "Contrast: the SSO works, the local administration account's password is lost: password_reset.",
  hard=True, cl="apple")

m("password_reset", True, "0542137", "GE", "esidoc",
  "Damien Parisot <damien.parisot@ac-nancy-metz.fr>",
  "identifiant ?",
  """Bonjour,

Sur votre nouvel écran de connexion on me demande un "identifiant". Je ne
sais pas lequel : mon nom ? mon adresse ? Et bien sûr je ne connais pas non
plus le mot de passe, c'est ma première année ici.

Damien Parisot
Documentaliste - Collège Guynemer, Nancy
RNE : @s0542137@
""", "Does not know the identifiant (the UAI) nor the password; UAI written with spaces in the signature ('RNE').")

m("password_reset", True, "0761284", "NO", "esidoc",
  "Tom Leclerc <tom.leclerc@ac-normandie.fr>",
  "Which password now?",
  """Hi,

Sorry to write in English, I'm the new assistant in the CDI at Lycée
Corneille (Rouen), UAI @U0761284@.

I've tried my académie password and the old portal password that was on a
sticky note. Neither works on the new login page. Could you reset the portal
admin password and tell me where the link goes?

Thanks,
Tom
""", "English; neither the académie password nor the old one works: reset request.",
  lang="en", cl="gmail")

m("password_reset", True, "0891504", "BFC", "esidoc",
  "Claire Moreau <claire.moreau@ac-dijon.fr>",
  "Mot de passe oublié",
  """Bonjour, j'ai oublié le mot de passe du portail (gestion). UAI @U0891504@.
Merci
Claire

Envoyé de mon iPhone
""", "Very short message from an iPhone; UAI in the body.", cl="iphone", enc="qp")

m("password_reset", True, "0271655", "NO", "espace_acheteur",
  "Florence Hamel <florence.hamel@ac-normandie.fr>",
  "Espace Acheteur - mot de passe",
  """Bonjour,

Je suis gestionnaire au lycée Aristide Briand d'Évreux (@U0271655@). Je ne
me connecte à l'Espace Acheteur qu'au moment des commandes et j'ai oublié
mon mot de passe. La nouvelle page propose "mot de passe oublié" mais je
voudrais être sûre de l'adresse à saisir : la mienne ou celle du lycée ?

Cordialement,
Florence Hamel
Gestionnaire
""", "Forgotten Espace Acheteur password, unsure which address is on file: the FAQ path answers both.", cl="outlook", enc="qp")

m("password_reset", True, "0680341", "GE", "esidoc",
  "Olivier Schaeffer <olivier.schaeffer@ac-strasbourg.fr>",
  "Réinitialisation du mot de passe administrateur",
  """Bonjour,

Proviseur adjoint du lycée Bartholdi (Colmar), je vous écris à la place de
notre documentaliste, malade cette semaine. Personne ne connaît le mot de
passe du compte d'administration e-sidoc (@U0680341@) et nous devons
publier des ressources pour les élèves.

Le plus simple serait d'envoyer le lien sur l'adresse officielle du lycée.

Cordialement,
O. Schaeffer
Proviseur adjoint
""", "HTML-only Outlook message. Written by the deputy head (proviseur adjoint), not the head: a staff member asking for the reset on the official address, so password_reset.",
  hard=True, enc="cp1252html", cl="outlook")

m("password_reset", True, "0702051", "BFC", "esidoc",
  "Jérôme Girardot <jerome.girardot@ac-besancon.fr>",
  "Accès gestion portail CDI",
  """Bonjour,

Je n'arrive plus à entrer dans la partie gestion de notre portail depuis
le changement de page d'accueil. Identifiant @U0702051@, mais le mot de passe
que j'ai noté en septembre est refusé. Je pense qu'il a été changé par
quelqu'un d'autre entre-temps. Pouvez-vous me dire comment en obtenir un
nouveau ?

Merci, bonne journée.

Jérôme Girardot
Collège Jean Macé, Vesoul
""", "ISO-8859-1 8-bit body from Thunderbird; password no longer known: reset.", enc="latin1")

m("password_reset", False, "0270412", "NO", "espace_acheteur",
  "Sylvie Lefebvre <sylvie.lefebvre@ac-normandie.fr>",
  "Mdp expiré + faut-il un nouveau compte ?",
  """Bonjour,

Mon mot de passe de l'Espace Acheteur a expiré et je ne retrouve pas
l'ancien pour le changer. Pouvez-vous le réinitialiser ?

Autre question, plus générale : avec la connexion par l'académie, est-ce que
chacune de nos deux gestionnaires doit se créer un nouveau compte, ou est-ce
que nos comptes actuels vont suivre ? On n'a rien compris à la note.

Sylvie Lefebvre
Collège Pablo Picasso, Vernon - @U0270412@
""", "Two topics: expired password (main) and whether new accounts are needed with the SSO (account_creation); the reset template alone would not answer.",
  hard=True, cl="outlook", enc="qp")

m("password_reset", False, "0711642", "BFC", "esidoc",
  "Nadia Benali <nadia.benali71@gmail.com>",
  "portail documentaire - mot de passe",
  """Bonjour,

Je suis la nouvelle documentaliste du collège Saint-Exupéry de Chalon-sur-
Saône (@U0711642@). Je n'ai pas encore d'adresse académique qui fonctionne
(le compte est "en cours de création"), donc je vous écris de mon Gmail.

Pouvez-vous m'envoyer le mot de passe du portail, ou un lien, directement
sur cette adresse ? Ce serait plus simple pour moi.

Merci beaucoup,
Nadia Benali
""", "Lost password, but asks for the link on a personal Gmail that cannot be on file: the reset must go to the official address or wait for the head's written request, so no automatic answer.",
  hard=True, cl="gmail")
# ---------------------------------------------------------- missing_noreply_mail
m("missing_noreply_mail", True, "0082019", "GE", "esidoc",
  "Marion Lambert <marion.lambert@ac-reims.fr>",
  "Mail d'activation jamais reçu",
  """Bonjour,

En cliquant sur "relier mon compte académique" dans le portail, on m'annonce
un mail d'activation. Rien reçu depuis jeudi, ni dans la boîte de réception
ni dans les indésirables. Nous n'avons pas d'antispam particulier à ma
connaissance.

Marion Lambert, collège Jean Macé, Charleville-Mézières (@U0082019@)
""", "Activation mail for linking the académie account never came; no anti-spam product named.")

m("missing_noreply_mail", True, None, None, "espace_acheteur",
  "Service informatique <informatique@ville-troyes.fr>",
  "Nouvelle adresse d'expédition ?",
  """Bonjour,

Depuis début mars nos agents ne reçoivent plus aucun mail automatique de
l'Espace Acheteur (création de compte, mot de passe, alertes). Avant, tout
venait de no-reply@assistance.example.fr, que nous avions autorisé sur notre
passerelle. Il paraît que l'adresse a changé : pouvez-vous nous donner
l'adresse exacte (et le domaine) des nouveaux envois pour que nous les
autorisions ?

Service informatique
Ville de Troyes
""", "IT of a town council: no automatic mail since the sender address changed; asks the exact new sender. No anti-spam product named; no UAI, non-académie domain.",
  cl="outlook")

m("missing_noreply_mail", True, "0576402", "GE", "espace_acheteur",
  "Aisha Karim <aisha.karim@ac-nancy-metz.fr>",
  "Password reset email never arrives",
  """Hello,

I requested a password reset on the new Espace Acheteur login page three
times this morning. The page says an email was sent, but nothing reaches my
inbox, and it is not in junk either. Is it the new sender address?

Aisha Karim
Business manager, Lycée Robert Schuman, Metz (@U0576402@)
""", "English; the new-password mail never arrives; no anti-spam product named.",
  lang="en", cl="outlook", enc="qp")

m("missing_noreply_mail", True, "0212088", "BFC", "espace_acheteur",
  "Benoît Jacquot <benoit.jacquot@ac-dijon.fr>",
  "Plus de notifications de validation de commande",
  """Bonjour,

Jusqu'à fin février je recevais un mail à chaque commande validée sur
l'Espace Acheteur. Depuis le 8 mars plus rien, alors que les commandes
passent bien (je les vois dans l'historique, qui s'appelle maintenant "Mes
achats"). Les mails se perdent-ils quelque part ?

B. Jacquot, gestionnaire, lycée Le Castel, Dijon (@U0212088@)
""", "Order-validation notifications stopped since the change; the orders themselves are fine.")

m("missing_noreply_mail", True, "0142211", "NO", "espace_acheteur",
  "Véronique Marie <veronique.marie@ac-normandie.fr>",
  "Pas de mail de confirmation (et pas de MailInBlack chez nous)",
  """Bonjour,

J'ai lu dans votre FAQ qu'il fallait regarder du côté de MailInBlack : nous
n'avons PAS ce logiciel, j'ai vérifié avec le référent numérique. Pourtant
je ne reçois pas le mail de confirmation d'inscription, ni en courrier
indésirable.

Que puis-je faire d'autre ?

Véronique Marie
Collège Jean Moulin, Lisieux - @U0142211@
""", "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  hard=True, cl="zimbra", enc="qp")


m("missing_noreply_mail", False, None, "GE", "espace_acheteur",
  "Laurent Hoffmann <laurent.hoffmann@ac-strasbourg.fr>",
  "RE: [#SUP-041302] Mail de confirmation non reçu",
  """Bonjour,

J'ai fait tout ce que vous disiez : indésirables vérifiés, adresse
ne-pas-repondre@connexion.example.fr ajoutée aux contacts. Toujours rien,
48 heures après. Pouvez-vous transmettre à quelqu'un de la région ?

Laurent Hoffmann

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 15 mars 2027 11:20
À : Laurent Hoffmann <laurent.hoffmann@ac-strasbourg.fr>
Objet : [#SUP-041302] Mail de confirmation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
d'expédition à vos contacts. Sans nouvelles de votre part sous 48 heures,
nous reviendrons vers vous.
""", "Reply after the junk-folder answer: still nothing after 48 h, asks to escalate. The template was already sent; a person must follow up. Region from ac-strasbourg.fr.",
  cl="outlook", irt="SUP-041302")

m("missing_noreply_mail", True, None, None, "espace_acheteur",
  "Manon <manon.guerin@orange.fr>",
  "mail activation",
  """tjs pas recu le mail d activation du compte depuis vendredi... c normal ?
""", "Very short mobile message: activation mail not received since Friday. No UAI, no académie domain.",
  cl="android", enc="b64")


m("missing_noreply_mail", True, "0891122", "BFC", "esidoc",
  "Pascale Chevalier <pascale.chevalier@ac-dijon.fr>",
  "mot de passe oublié... mais rien ne vient",
  """Bonjour,

J'ai cliqué quatre fois sur "mot de passe oublié" sur la nouvelle page,
avec le bon identifiant (@U0891122@) : à chaque fois "un courriel vous a été
envoyé". Je n'ai jamais rien reçu. Le formulaire marche donc, c'est le mail
qui n'arrive pas.

Pascale Chevalier
Lycée Jacques Amyot, Auxerre
""", "Reads like a password problem, but the reset tool works and only its mail never arrives: missing_noreply_mail per the taxonomy.",
  hard=True)

m("missing_noreply_mail", True, "0612003", "NO", "espace_acheteur",
  "Thierry Duval <thierry.duval@ac-normandie.fr>",
  "Comptes à valider : plus d'alerte",
  """Bonjour,

Je suis administrateur de structure pour notre lycée sur l'Espace Acheteur.
Avant, je recevais un mail quand un collègue demandait un compte. Depuis le
changement d'adresse d'envoi, plus rien : j'ai découvert par hasard trois
comptes en attente dans "Paramètres de la structure" (l'ancien menu
Administration).

Lycée Marguerite de Navarre, Alençon - @U0612003@
T. Duval
""", "Structure administrator no longer receives the 'account to validate' notifications since the new sender address.")

m("missing_noreply_mail", True, None, None, "ticket_portal",
  "Corinne Petitjean <c.petitjean@cc-pays-de-langres.fr>",
  "Portail de tickets : pas de mail pour créer mon mot de passe",
  """Bonjour,

J'ai créé un compte sur votre portail de tickets pour suivre nos
demandes. Le site m'indique qu'un mail m'a été envoyé pour choisir mon mot
de passe : je ne le reçois pas, ni dans les spams.

Merci de votre aide.

Corinne Petitjean
Communauté de communes du Grand Langres
""", "HTML-only Outlook (windows-1252): the ticket portal's set-password mail never arrived.",
  enc="cp1252html", cl="outlook")


m("missing_noreply_mail", True, "0881577", "GE", "esidoc",
  "Yannick Didier <yannick.didier@ac-nancy-metz.fr>",
  "Liste blanche : quelle adresse maintenant ?",
  """Bonjour,

Dans notre établissement, un filtre sur le serveur de messagerie
n'accepte que les expéditeurs de la liste blanche. L'ancienne adresse
no-reply y figurait. Depuis vos changements, les mails du portail (prêts en
retard, suggestions d'achat) n'arrivent plus. Quelle est la nouvelle adresse
à ajouter ?

Merci,
Yannick Didier
RUPN, Lycée Claude Gellée, Épinal
UAI @U0881577@
""", "A local server filter (no product named) drops the mails from the new sender; asks for the address to allow: missing_noreply_mail, not mailinblack_spam.",
  hard=True)

m("missing_noreply_mail", True, None, None, "espace_acheteur",
  "Julien Marchal <julien.marchal.pro@gmail.com>",
  "Fwd: lien de première connexion",
  """Bonjour,

Je vous fais suivre le message de ma collègue, qui n'a pas d'accès mail en
ce moment.

---------- Forwarded message ---------
De : Estelle Renaud <estelle.renaud@lycee-saint-joseph-dijon.fr>
Date: mer. 10 mars 2027 à 16:41
Subject: lien de première connexion
To: Julien Marchal <julien.marchal.pro@gmail.com>

Julien,
mon compte Espace Acheteur a été validé lundi par l'administrateur (j'ai vu
la coche verte), mais je n'ai jamais reçu le mail avec le lien de première
connexion. Tu peux leur écrire ?
Estelle
""", "Gmail French-style forward of a colleague's message: account validated, first-login link never came. Private school, no UAI, non-académie domains.",
  cl="gmail")

m("missing_noreply_mail", True, "0251990", "BFC", "esidoc",
  "Anne-Sophie Grillot <anne-sophie.grillot@ac-besancon.fr>",
  "Notifications du portail",
  """Bonjour,

Les élèves font des suggestions d'achat sur le portail mais je ne reçois
plus les notifications par mail depuis la migration. J'ai regardé dans les
indésirables : rien. Les suggestions sont bien là quand je me connecte.

Merci de me dire ce qui a changé.

Anne-Sophie Grillot
Collège Stendhal, Besançon (@U0251990@)
""", "e-sidoc notifications (purchase suggestions) no longer arrive since the migration; not in junk.",
  cl="zimbra", enc="qp")

m("missing_noreply_mail", True, "0501733", "NO", "esidoc",
  "Bruno Lecoq <bruno.lecoq@ac-normandie.fr>",
  "Rattachement compte académique",
  """Bonjour,

Sur la nouvelle page j'ai demandé le rattachement de mon compte du portail à
mon compte académique. Il est écrit "Consultez votre messagerie pour
confirmer". J'ai attendu toute la journée d'hier, rien.

Bruno Lecoq, documentaliste
Lycée Le Verrier, Saint-Lô - @U0501733@

Envoyé de mon iPad
""", "Confirmation mail for linking the académie account never arrived.", cl="iphone", enc="qp")

m("missing_noreply_mail", True, None, "GE", "espace_acheteur",
  "Markus Roth <markus.roth@ac-strasbourg.fr>",
  "Sender domain for your automated emails",
  """Hello,

I run the mail relay for several schools in Bas-Rhin. Since around 5 March
your automated emails (account confirmations, password links) no longer
reach our users. Our logs show nothing from your old address and nothing we
recognise as yours.

Could you tell us the new sender address and the domain you send from, so we
can check our SPF-based rules?

Regards,
Markus Roth
DANE / IT support
""", "English; IT asks for the new sender address because automatic mails stopped; no anti-spam product named. Region from ac-strasbourg.fr.",
  lang="en", cl="outlook", enc="qp")

m("missing_noreply_mail", True, None, "NO", "espace_acheteur",
  "Gaëlle Renouf <gaelle.renouf@ac-normandie.fr>",
  "Mail mot de passe Espace Acheteur",
  """Bonjour
J ai demandé un nouveau mot de passe sur l espace acheteur hier soir, je n ai
rien reçu. Pas dans les spams non plus. Pouvez vous regarder ?
Gaëlle Renouf, gestionnaire

Envoyé depuis Outlook pour Android
""", "Outlook for Android (base64): new-password mail from the no-reply sender never arrived; no UAI, region from ac-normandie.fr.",
  cl="android", enc="b64")

m("missing_noreply_mail", False, "0521318", "GE", "espace_acheteur",
  "Isabelle Gauthier <isabelle.gauthier@ac-reims.fr>",
  "Alertes non reçues / facture",
  """Bonjour,

Depuis le 1er mars je ne reçois plus les alertes de l'Espace Acheteur sur les
nouvelles offres, alors que je suis bien abonnée (j'ai vérifié dans "Mes
préférences").

Et pendant que je vous écris : la facture n° F27-01882 porte l'ancienne
adresse du lycée, pouvez-vous la refaire ?

Isabelle Gauthier
Lycée Charles de Gaulle, Chaumont - @U0521318@
""", "Two topics: offer alerts no longer arrive (main) and an invoice to reissue with the new address (order_billing); the junk-folder template would answer only half.",
  hard=True, cl="outlook", enc="qp")

m("missing_noreply_mail", True, "0271944", "NO", "esidoc",
  "Hervé Lemaitre <herve.lemaitre@ac-normandie.fr>",
  "Messages automatiques bloqués ?",
  """Bonjour,

L'académie a renforcé son filtrage antispam cet hiver, je crois. Depuis
votre changement d'adresse d'expédition, je ne reçois plus les mails du
portail (retards de prêt, rappel de mot de passe). Est-ce que d'autres
établissements ont le même souci ? Faut-il faire une démarche ?

Hervé Lemaitre
Collège Jean Jaurès, Louviers (UAI @U0271944@)
""", "Suspects the académie's anti-spam filtering but names no product: missing_noreply_mail.",
  hard=True, cl="zimbra")
# ------------------------------------------------------------- mailinblack_spam
m("mailinblack_spam", True, "0672481", "GE", "espace_acheteur",
  "Caroline Ehrhart <caroline.ehrhart@ac-strasbourg.fr>",
  "MailInBlack bloque vos nouveaux mails",
  """Bonjour,

Notre collectivité a mis MailInBlack sur nos boîtes. L'ancienne adresse
no-reply était autorisée, mais vos mails partent désormais d'une autre
adresse et MailInBlack les met en attente : je dois aller les libérer un par
un. Que faut-il autoriser exactement ?

Caroline Ehrhart
Collège Foch, Strasbourg - @U0672481@
""", "MailInBlack holds mail from the new sender address; asks what to allow-list.")

m("mailinblack_spam", True, None, None, None,
  "Fred <fred.gaillard@wanadoo.fr>",
  "mail in black",
  """bonjour, vos mails sont bloqué par mail in black chez nous, vous avez une
procedure ? merci
""", "Product spelled 'mail in black'; no platform named; no UAI, non-académie sender.",
  cl="android", enc="b64")


m("mailinblack_spam", False, "0764410", "NO", "espace_acheteur",
  "Karine Poulain <karine.poulain@ac-normandie.fr>",
  "Vos messages en quarantaine",
  """Bonjour,

Depuis quelques jours, quand votre plateforme m'écrit, je reçois à la place
un message de notre protection de messagerie : "un expéditeur inconnu
souhaite vous écrire", et vous devriez, vous, cliquer sur un lien pour
prouver que vous n'êtes pas un robot. Évidemment un robot ne clique pas...
Résultat, le mail de validation de compte reste en quarantaine.

Comment faire pour que ça passe ?

Karine Poulain
Lycée Guillaume le Conquérant, Lillebonne - @U0764410@
""", "The sender-authentication challenge and quarantine are described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
  hard=True, cl="outlook", enc="qp")

m("mailinblack_spam", True, "0681522", "GE", "espace_acheteur",
  "Nathalie Weiss <nathalie.weiss@ac-strasbourg.fr>",
  "Emails held by Mailinblack Protect",
  """Hello,

Our town installed Mailinblack Protect on the school's mailboxes last month.
Since then, every email from your platform ends up in the Mailinblack
quarantine, including the account activation links. Is there a list of
addresses or domains we should whitelist?

Best,
Nathalie Weiss
Lycée Jean Mermoz, Saint-Louis (@U0681522@)
""", "English; MailinBlack Protect quarantine holds the activation links.",
  lang="en", cl="gmail")

m("mailinblack_spam", True, "0101593", "GE", "espace_acheteur",
  "Romain Collet <romain.collet@ac-reims.fr>",
  "TR: Rapport de quarantaine quotidien",
  """Bonjour,

Voici ce que je reçois chaque matin. Vos mails sont dedans. Comment les
sortir de là une fois pour toutes ?

R. Collet, intendant, lycée Chrestien de Troyes (@U0101593@)

-----Message d'origine-----
De : Mailinblack <quarantaine@mailinblack.example>
Envoyé : jeudi 11 mars 2027 07:00
À : romain.collet@ac-reims.fr
Objet : Votre rapport quotidien - 3 messages en attente

Messages en attente de validation :
- ne-pas-repondre@connexion.example.fr  "Votre compte a été validé"
- ne-pas-repondre@connexion.example.fr  "Nouvelle offre disponible"
- ne-pas-repondre@connexion.example.fr  "Commande n° 27-0412 enregistrée"
[Libérer] [Autoriser l'expéditeur] [Bloquer]
""", "A person forwards the daily MailInBlack quarantine report listing the new sender: the outer message is a real question.",
  cl="outlook", enc="qp")

m("mailinblack_spam", True, "0390881", "BFC", "espace_acheteur",
  "Sébastien Cuenot <sebastien.cuenot@ac-besancon.fr>",
  "Mailinblack : domaine ou adresse ?",
  """Bonjour,

Dans Mailinblack je peux autoriser soit l'adresse exacte, soit tout le
domaine. Vu que votre adresse d'envoi vient de changer, je préférerais
autoriser le domaine pour ne pas recommencer la prochaine fois. Lequel est-ce ?

Sébastien Cuenot
Référent numérique, collège Rouget de Lisle, Lons-le-Saunier
@U0390881@
""", "Asks whether to allow the domain or the address in Mailinblack, given the new sender.")

m("mailinblack_spam", True, None, None, "espace_acheteur",
  "Delphine Masson <d.masson@cd21.fr>",
  "Notifications Espace Acheteur et Mailinblack",
  """Bonjour,

Le Département a déployé Mailinblack sur toutes nos adresses en février.
Depuis, je ne reçois plus aucune notification de l'Espace Acheteur : elles
sont retenues dans l'interface Mailinblack et je ne les vois que si j'y
pense.

Pouvez-vous nous transmettre la procédure pour notre service informatique ?

Delphine Masson
Service de la commande publique
Conseil départemental de la Côte-d'Or
""", "HTML-only Outlook message; the département installed Mailinblack. Non-académie sender, no UAI.",
  enc="cp1252html", cl="outlook")

m("mailinblack_spam", False, "0580611", "BFC", "esidoc",
  "Hugo Perreau <hugo.perreau@ac-dijon.fr>",
  "MailInBlack + ressource non visible",
  """Bonjour,

Deux problèmes, pardon :

- MailInBlack bloque les mails de votre nouvelle adresse, donc je n'ai pas
  eu la confirmation d'activation de l'abonnement ;
- et justement, Europresse commandé le 2 mars n'apparaît toujours pas dans
  "Mes ressources" (l'ancien "Mes abonnements").

Merci,
Hugo Perreau
Lycée Raoul Follereau, Nevers - @U0580611@
""", "Two topics: MailInBlack blocking (main) and a subscription still not visible after more than 72 hours (subscription_activation); a person must handle the order part.",
  hard=True)

m("mailinblack_spam", True, None, "NO", "espace_acheteur",
  "Stéphanie Anne <stephanie.anne@ac-normandie.fr>",
  "Re: [#SUP-041455] Mail de confirmation non reçu",
  """Bonjour,

Ce n'était pas les indésirables : notre informaticien a trouvé vos messages
dans MailInBlack, qui les retenait. Il voudrait la liste des adresses à
autoriser.

Stéphanie Anne

Le 9 mars 2027 à 14:05, Assistance a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
> d'expédition à vos contacts.
> L'équipe d'assistance
""", "Reply quoting the junk-folder answer: their IT found MailInBlack holding the mails; the MailInBlack guide is now the right answer. No UAI anywhere; region from the ac-normandie.fr sender. Apple Mail quote style.",
  irt="SUP-041455", cl="apple")

m("mailinblack_spam", True, "0612147", "NO", "espace_acheteur",
  "Lycée Mézeray <ce.@U0612147@@ac-normandie.fr>",
  "MAILINBLACK",
  """Bonjour,

Nous avons MAILINBLACK sur la messagerie du lycée. Vos mails automatiques
sont bloqués depuis que l'adresse d'envoi a changé. Merci de nous envoyer la
marche à suivre pour les débloquer.

Secrétariat d'intendance
Lycée Mézeray, Argentan
""", "MAILINBLACK in capitals, ISO-8859-1 8-bit body; UAI only in the ce.<UAI> sender address.",
  enc="latin1")

m("mailinblack_spam", True, "0546190", "GE", "espace_acheteur",
  "Marc Bouvier <marc.bouvier@ac-nancy-metz.fr>",
  "Ancienne adresse autorisée, nouvelle bloquée",
  """Bonjour,

On avait bien autorisé no-reply@assistance.example.fr dans Mailinblack l'an
dernier, ça marchait. Mais la nouvelle adresse, elle, est bloquée. Est-ce
qu'il y en aura d'autres ? Je préfère tout autoriser d'un coup.

Marc Bouvier, gestionnaire
Collège Jules Ferry, Lunéville (@U0546190@)
""", "Contrast between the old allowed sender and the new blocked one in Mailinblack.", cl="tb")
# ------------------------------------------------- head_of_establishment_request
m("head_of_establishment_request", False, "0570214", "GE", "esidoc",
  "Principal Collège Barbot <ce.@U0570214@@ac-nancy-metz.fr>",
  "Demande de réinitialisation - compte administrateur e-sidoc",
  """Madame, Monsieur,

En ma qualité de principal du collège Barbot de Metz, je vous demande de
réinitialiser le mot de passe du compte administrateur e-sidoc de
l'établissement et de remplacer l'adresse de contact par
cdi.barbot@ac-nancy-metz.fr, la documentaliste précédente ayant quitté
l'établissement.

Je vous prie d'agréer mes salutations distinguées.

Le principal,
François Mangin
""", "The principal writes from the ce.<UAI> address to ask for an admin reset and a new contact address: head-of-establishment request, not password_reset.")

m("head_of_establishment_request", False, "0080027", "GE", "espace_acheteur",
  "Martine Husson <martine.husson@ac-reims.fr>",
  "Changement d'administrateur de structure",
  """Bonjour,

Proviseure du lycée Monge (Charleville-Mézières, @U0080027@), je désigne
M. Arnaud Petit, adjoint gestionnaire, comme nouvel administrateur de notre
structure sur l'Espace Acheteur, à compter de ce jour. Merci de fermer les
accès de Mme Leroux, mutée, qui ne pourra pas basculer sur la connexion
académique de toute façon.

Martine Husson
Proviseure
""", "The proviseure names a new structure administrator and asks to close the former one's access.", cl="zimbra", enc="qp")

m("head_of_establishment_request", False, "0211935", "BFC", "esidoc",
  "Ecole Voltaire <ecole.voltaire-dijon@ac-dijon.fr>",
  "adresse de contact BCD",
  """Bonjour,

Je suis directrice de l'école élémentaire Voltaire (@U0211935@). Le compte
de notre BCD sur le portail est rattaché à l'adresse personnelle d'une
ancienne collègue. Je souhaite que l'adresse de contact devienne celle de
l'école, d'où je vous écris.

Cordialement,
Véronique Pernot, directrice
""", "A primary-school head (directrice d'école) asks in writing to replace the contact address of the admin account.")

m("head_of_establishment_request", False, "0891877", "BFC", "espace_acheteur",
  "Pierre-Yves Lamotte <pierre-yves.lamotte@ac-dijon.fr>",
  "Autorisation de commande",
  """Bonjour,

J'autorise Mme Sarah Daudin, professeure documentaliste, à valider sur
l'Espace Acheteur la commande de renouvellement des abonnements du CDI
(devis D27-00931, 1 284,00 € TTC). Le bon d'engagement suit par le service
gestion.

P.-Y. Lamotte
Principal du collège Paul Bert, Auxerre
UAI @U0891877@
""", "The principal authorises an order in writing (human validation), quoting the quote number.", cl="outlook", enc="qp")

m("head_of_establishment_request", False, "0672803", "GE", "espace_acheteur",
  "Dr Helen Carter <head@ecole-europeenne-strasbourg.example>",
  "New structure administrator",
  """Dear support team,

As head of the European School of Strasbourg (UAI @U0672803@), I am writing
to appoint Mr Julien Koehler, our bursar, as the new administrator of our
structure on the buyer space, replacing Ms Ines Ott who left in February.
Please remove her access.

Kind regards,
Dr Helen Carter
Head of School
""", "English; the head of school names a new structure administrator and asks to remove the former one.",
  lang="en", cl="outlook", enc="qp")

m("head_of_establishment_request", False, "0141130", "NO", "esidoc",
  "Alain Vautier <alain.vautier@ac-normandie.fr>",
  "Re: [#SUP-041520] Accès administrateur portail",
  """Bonjour,

Je confirme par écrit, en tant que proviseur du lycée Malherbe (@U0141130@),
la demande de ma documentaliste : merci de réinitialiser le mot de passe du
compte administrateur et d'envoyer le lien à l'adresse de l'établissement.

Alain Vautier

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Mme Lepetit" <claire.lepetit@ac-normandie.fr>
Envoyé: Mardi 16 Mars 2027 09:31:02
Objet: [#SUP-041520] Accès administrateur portail

Bonjour,
L'adresse indiquée n'est pas celle connue pour votre établissement. Votre
chef d'établissement doit nous faire la demande par écrit.
""", "Reply (Zimbra 'Mail original' quote) in which the proviseur gives the written request the desk asked for.",
  cl="zimbra", enc="qp", irt="SUP-041520")

m("head_of_establishment_request", False, "0761930", "NO", "espace_acheteur",
  "Collège Braque <ce.@U0761930@@ac-normandie.fr>",
  "Administrateur Espace Acheteur",
  """Bonjour,

Je soussignée, principale du collège Georges Braque de Dieppe (UAI
0761930B), demande que l'administration de notre structure sur l'Espace
Acheteur soit confiée à M. Hébert, gestionnaire, et que l'adresse de contact
soit celle du collège.

Mme Delaunay, principale
""", "The body gives 0761930B (wrong check letter) but the ce.<UAI> sender address carries the valid code, which is the label.",
  hard=True, bad=("0761930B",))

m("head_of_establishment_request", False, "0543381", "GE", None,
  "Proviseur <ce.@U0543381@@ac-nancy-metz.fr>",
  "URGENT - changement des adresses administrateur",
  """Bonjour,

Je suis le proviseur du lycée. Suite au passage à la connexion académique,
merci de remplacer sans délai l'adresse des comptes administrateur du
portail documentaire et de l'Espace Acheteur par proviseur.lycee54@gmail.com
et d'y envoyer les nouveaux mots de passe. Je suis en déplacement, répondez
uniquement à cette adresse.

Le proviseur
""", "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a Gmail address receiving both admin accounts: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Two platforms named, so none.",
  hard=True, auth="fail", ex=[("Reply-To", "proviseur.lycee54@gmail.com")], cl="bare")

m("head_of_establishment_request", False, "0390126", "BFC", "esidoc",
  "Secrétariat Lycée Pasteur <secretariat.pasteur@ac-besancon.fr>",
  "Courrier du proviseur - accès portail documentaire",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Proviseur demandant la
réinitialisation du compte administrateur de notre portail et le changement
de l'adresse de contact. M. le Proviseur est en copie.

Bien cordialement,
Le secrétariat
Lycée Pasteur, Mont-sous-Vaudrey - @U0390126@
""", "The secretariat relays the head's signed letter (PDF attached), head in copy: the head's written request; staff must check the letter and the sender.",
  hard=True, ex=[("Cc", "Philippe Rollet <philippe.rollet@ac-besancon.fr>")],
  attach=("courrier_proviseur.pdf", "application/pdf"))

m("head_of_establishment_request", False, "0581022", "BFC", "esidoc",
  "Jean-Luc Morin <jean-luc.morin@ac-dijon.fr>",
  "Re: accès portail CDI",
  """Je confirme, vous pouvez faire la réinitialisation. Le lien sur l'adresse
du collège svp.
JL Morin, principal

Envoyé de mon iPhone

> Le 18 mars 2027 à 08:12, Laure Gonnet <laure.gonnet@ac-dijon.fr> a écrit :
>
> Bonjour,
> Je n'ai plus accès au compte administrateur du portail (collège
> Lucie Aubrac, Clamecy, @U0581022@). M. Morin, en copie, va confirmer.
> Laure Gonnet
""", "The principal confirms from his phone, quoting his librarian's request (Apple quote style). Personal académie address, not the ce. one.",
  cl="iphone", enc="qp")

m("head_of_establishment_request", False, "0880156", "GE", "esidoc",
  "Proviseure Lycée Louis Lapicque <ce.@U0880156@@ac-nancy-metz.fr>",
  "Départ de la documentaliste - accès à fermer",
  """Madame, Monsieur,

Notre professeure documentaliste a quitté l'établissement le 12 mars dans
des conditions difficiles. Je vous demande de réinitialiser dès que possible
le mot de passe du compte d'administration du portail et de retirer son
accès par la connexion académique. Le nouveau lien doit être adressé à la
boîte de l'établissement.

Anne Thouvenot, proviseure
Lycée Louis Lapicque, Épinal
""", "HTML-only Outlook letter: the proviseure asks for a reset so that a departed librarian loses access, including the SSO link.",
  enc="cp1252html", cl="outlook")

m("head_of_establishment_request", False, None, None, "esidoc",
  "Corinne Lesueur <corinne.lesueur76@gmail.com>",
  "Accord pour le portail de l'école",
  """Bonjour,

Je suis la directrice de l'école maternelle des Tilleuls à Fécamp. Ma
collègue m'a demandé de vous écrire pour donner mon accord : vous pouvez
changer le mot de passe du portail de la bibliothèque de l'école. Je n'ai
pas accès à la boîte de l'école ce soir, d'où ce Gmail.

Corinne Lesueur
""", "A nursery-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  hard=True, cl="gmail")

m("head_of_establishment_request", False, "0520788", "GE", "ecoledirecte",
  "Direction EREA <ce.@U0520788@@ac-reims.fr>",
  "Adresse fonctionnelle à enregistrer",
  """Bonjour,

Directeur de l'EREA de Chaumont, je vous demande d'enregistrer comme adresse
de l'administrateur EcoleDirecte de l'établissement notre nouvelle adresse
fonctionnelle direction.erea@ac-reims.fr, créée lors de la migration
académique, à la place de l'adresse nominative de mon prédécesseur.

Marc Guillaume, directeur
""", "The director of an EREA asks in writing to change the administrator address after the migration.", cl="zimbra")
# --------------------------------------------------------------- account_creation
m("account_creation", False, "0511902", "GE", "espace_acheteur",
  "Cécile Arnould <cecile.arnould@ac-reims.fr>",
  "Compte non rattaché : faut-il en créer un ?",
  """Bonjour,

Quand je clique sur "Se connecter avec mon compte académique", j'obtiens :
"Aucun compte n'est associé à votre identité académique". Ma collègue, elle,
entre sans problème. Dois-je créer un nouveau compte sur l'Espace Acheteur ?
J'en avais un avant, avec mon adresse perso, je crois.

Cécile Arnould, gestionnaire
Collège Trois Fontaines, Reims (@U0511902@)
""", "SSO works for a colleague but not for her ('no account linked'); asks whether she needs a new account. Needs a look-up of her existing account, so a person answers.",
  hard=True, cl="outlook", enc="qp")

m("account_creation", True, "0251655", "BFC", "espace_acheteur",
  "Julie Berthaud <julie.berthaud@ac-besancon.fr>",
  "Inscription faite, connexion impossible",
  """Bonjour,

J'ai rempli le formulaire d'inscription sur la nouvelle page de l'Espace
Acheteur mardi. Quand j'essaie de me connecter : "votre compte est en
attente de validation". C'est normal ? Combien de temps ça prend ?

Julie Berthaud
Lycée Jules Haag, Besançon - @U0251655@
""", "Signed up, cannot log in: account waiting for the structure administrator (FAQ case).")

m("account_creation", False, None, None, "espace_acheteur",
  "Patricia Noël <p.noel@mairie-vitry-le-francois.fr>",
  "Qui est notre administrateur ?",
  """Bonjour, pouvez-vous me dire qui est l'administrateur de notre structure
(Mairie de Vitry-le-François) sur l'Espace Acheteur ? Je dois lui demander de
valider mon compte mais personne ici ne sait qui c'est.
Merci
P. Noël
""", "Asks who the structure's administrator is: needs a look-up, so a person answers. Non-académie sender.",
  cl="outlook")

m("account_creation", True, "0273030", "NO", "espace_acheteur",
  "Mickaël Osmont <mickael.osmont@ac-normandie.fr>",
  "Ouverture du compte client",
  """Bonjour,

Nouveau gestionnaire au collège Albert Camus d'Évreux (@U0273030@), je dois
passer notre première commande en ligne. Comment ouvre-t-on le compte client
de l'établissement ? Je ne trouve que le bouton de connexion académique sur
la page d'accueil.

Mickaël Osmont
""", "A new gestionnaire wants to open the customer account before a first order.", cl="zimbra")

m("account_creation", True, None, None, "espace_acheteur",
  "Laura Fischer <laura.fischer@colmar-agglo.example>",
  "How do I sign up?",
  """Hi,

I've just joined the purchasing team of Colmar Agglomération. How do I get
an account on the buyer space? The new login page only shows a button for
académie accounts, which I don't have.

Thanks,
Laura Fischer
""", "English; a new buyer asks how to create an account: the sign-up answer fits. No UAI, non-académie sender.",
  lang="en", cl="gmail")

m("account_creation", True, "0573419", "GE", "espace_acheteur",
  "Sophie Marchetti <sophie.marchetti@ac-nancy-metz.fr>",
  "Pas un mot de passe perdu !",
  """Bonjour,

Je précise tout de suite : je n'ai pas perdu mon mot de passe, je n'en ai
jamais eu. Le bouton "mot de passe oublié" me répond que mon adresse est
inconnue. Je suis arrivée en janvier comme gestionnaire et je n'ai
apparemment pas de compte. Comment en obtenir un ?

Sophie Marchetti
Collège La Fontaine, Thionville - @U0573419@
""", "Negation: she has not lost a password, she never had an account: account_creation, not password_reset.",
  hard=True)

m("account_creation", False, "0710011", "BFC", "espace_acheteur",
  "Gérard Bourgeois <gerard.bourgeois@ac-dijon.fr>",
  "Droits de validation des commandes",
  """Bonjour,

Mon compte fonctionne (par la connexion académique, même), mais je ne vois
pas le bouton "Valider la commande" dans "Ma sélection". Mon prédécesseur
l'avait. Pouvez-vous m'ouvrir les droits de validation ?

G. Bourgeois, adjoint gestionnaire
Lycée Hilaire de Chardonnet, Chalon-sur-Saône (@U0710011@)
""", "Account works; asks for order-validation rights to be opened: a person (or the structure administrator) must act.")

m("account_creation", False, "0681960", "GE", "esidoc",
  "Lena Klein <lena.klein@ac-strasbourg.fr>",
  "Établissement introuvable à l'inscription",
  """Bonjour,

En créant le compte client, le formulaire me demande de choisir
l'établissement dans une liste. Notre collège (@U0681960@, ouvert en
septembre 2026 à Rixheim) n'y est pas. Que dois-je faire ?

Lena Klein
""", "The establishment's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.")

m("account_creation", False, None, "NO", "espace_acheteur",
  "Frédéric Lemonnier <frederic.lemonnier@ac-normandie.fr>",
  "Compte en attente depuis 3 semaines",
  """Bonjour,

Mon compte Espace Acheteur est "en attente de validation" depuis le 22
février. L'administratrice de notre structure est en congé longue maladie et
personne d'autre ne peut valider. Pouvez-vous faire quelque chose ?

F. Lemonnier
""", "Account waiting for validation for three weeks; the administrator is on long leave: the region must step in. No UAI, region from the sender.",
  cl="outlook")

m("account_creation", True, "0390560", "BFC", "esidoc",
  "Mélanie Cordier <melanie.cordier@ac-besancon.fr>",
  "Connexion académique ou nouveau compte ?",
  """Bonjour,

Nouvelle documentaliste au collège Jules Grévy de Poligny (@U0390560@), je
n'ai encore aucun accès au portail. Dois-je demander un compte, ou est-ce
que mon compte académique suffira dès qu'il sera "rattaché" comme dit la
note de mars ? Je ne voudrais pas créer un doublon.

Merci !
Mélanie Cordier
""", "New librarian without any access asks how to get an account given the SSO; the account-creation answer fits. Not a lost password.",
  hard=True, cl="apple")

m("account_creation", False, "0682244", "GE", "espace_acheteur",
  "Yves Becker <yves.becker@ac-strasbourg.fr>",
  "Création compte - nouveau collège",
  """Bonjour,

Le collège de Wittenheim (@U0682244@) a ouvert à la rentrée 2026 ; nous
souhaitons créer un compte sur l'Espace Acheteur pour accéder aux marchés de
la centrale. Quelles sont les conditions ?

Yves Becker, principal adjoint
""", "HTML-only message: a school that opened this year wants a buyer account: eligibility must be checked by a person.",
  enc="html", cl="outlook")
# -------------------------------------------------------- subscription_activation
m("subscription_activation", True, "0510034", "GE", "esidoc",
  "Amandine Royer <amandine.royer@ac-reims.fr>",
  "Europresse absent de \"Mes ressources\"",
  """Bonjour,

Nous avons commandé Europresse hier matin. Dans le nouveau menu "Mes
ressources" (qui remplace "Mes abonnements" si j'ai bien compris), il n'y a
toujours que Cafeyn. Faut-il faire quelque chose de notre côté ?

Amandine Royer, CDI du lycée Roosevelt, Reims - @U0510034@
""", "Ordered yesterday, not yet visible in the renamed menu: within the 72-hour window.")

m("subscription_activation", True, "0762011", "NO", "esidoc",
  "Ludovic Marie <ludovic.marie@ac-normandie.fr>",
  "Cafeyn pas encore dispo",
  """Bonjour, abonnement Cafeyn commandé avant-hier (bon de commande validé par
l'intendance), toujours pas accessible depuis le portail. Normal ?
Ludovic, doc au collège Pierre Mendès France, Le Havre (@U0762011@)
""", "Cafeyn ordered two days ago, not visible yet: within the 72-hour window.", cl="gmail")

m("subscription_activation", False, "0711280", "BFC", "esidoc",
  "Fabienne Thevenin <fabienne.thevenin@ac-dijon.fr>",
  "Abonnement toujours inactif après 12 jours",
  """Bonjour,

Notre abonnement à l'Encyclopædia Universalis a été commandé et payé le 3
mars. Nous sommes le 15 et il est toujours "en cours d'activation". Les
élèves en ont besoin pour leurs exposés. Pouvez-vous vérifier ?

Fabienne Thevenin
Collège Bibracte, Autun - @U0711280@
""", "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.")

m("subscription_activation", True, "0681377", "GE", "esidoc",
  "Bertrand Klein <bertrand.klein@ac-strasbourg.fr>",
  "Ressource non publiée",
  """Bonjour,

Je n'ai pas de problème de mot de passe, et la connexion académique marche
très bien. Ce qui ne va pas : la ressource Lumni Pro que nous avons activée
avant-hier n'apparaît pas pour les élèves sur le portail. Comment la
publier ?

Bertrand Klein
Collège Saint-Exupéry, Mulhouse - @U0681377@
""", "Negation: password and SSO both work; the new resource is not published for pupils.",
  hard=True, cl="outlook", enc="qp")

m("subscription_activation", True, "0251711", "BFC", "esidoc",
  "Coralie Jeannin <coralie.jeannin@ac-besancon.fr>",
  "Publication ressource dans l'ENT",
  """Bonjour,
l'abonnement au Kiosque est actif (je le vois dans "Mes ressources") mais les
élèves ne le voient pas depuis l'ENT. Où se règle la publication depuis la
nouvelle interface ?
Merci
Coralie Jeannin - Lycée Condé, Besançon (@U0251711@)
""", "Active subscription not visible to pupils through the ENT: publication step.", cl="zimbra")

m("subscription_activation", True, "0141844", "NO", "esidoc",
  "Paul Denis <paul.denis@ac-normandie.fr>",
  "Universalis not available yet",
  """Hello,

We ordered Universalis yesterday (order validated around 10 am) but the
resource is not reachable from our library portal. How long does the
activation usually take?

Paul Denis
Librarian, Lycée Victor Hugo, Caen (@U0141844@)
""", "English; ordered 24 hours ago and not yet reachable: within 72 hours.", lang="en", cl="gmail")

m("subscription_activation", True, "0550612", "GE", "esidoc",
  "Le principal <ce.@U0550612@@ac-nancy-metz.fr>",
  "Disponibilité de l'abonnement",
  """Bonjour,

Le principal du collège Buvignier de Verdun. Nous avons passé commande lundi
d'un abonnement pour le CDI ; pourriez-vous simplement me dire quand il sera
disponible ? Je dois l'annoncer au conseil pédagogique jeudi.

Bien cordialement,
J. Poirot
""", "Written by the principal from the ce. address, but he only asks when the subscription will be available: not a head-of-establishment request.",
  hard=True)

m("subscription_activation", True, "0890033", "BFC", "esidoc",
  "Thomas Girard <thomas.girard@ac-dijon.fr>",
  "activation abonnement",
  """merci d'activer notre abonnement Cafeyn, commande validée hier
UAI @u0890033@
T. Girard
""", "Short, base64 body; UAI in lower case.", enc="b64", cl="android")

m("subscription_activation", True, "0511217", "GE", "esidoc",
  "Rémi Jacob <remi.jacob@ac-reims.fr>",
  "Toujours rien !!",
  """Bonjour,

Deux jours que la commande est validée et nos ressources ne sont toujours
pas là. Avec tous vos changements de menus on ne s'y retrouve déjà plus,
alors si en plus ce qu'on paie n'apparaît pas...

R. Jacob, lycée Saint-Vincent-de-Paul... non, lycée Gustave Eiffel de Reims,
UAI @U0511217@
""", "Irritated tone; resources ordered two days ago not visible: still within 72 hours.", cl="outlook")

m("subscription_activation", False, "0500058", "NO", "espace_acheteur",
  "Nicole Jouen <nicole.jouen@ac-normandie.fr>",
  "Abonnement non visible + convention introuvable",
  """Bonjour,

1. L'abonnement numérique commandé hier n'est pas encore visible.
2. Je ne trouve plus la convention d'adhésion 2027 : l'ancien menu "Mes
   Marchés" a disparu et dans "Mes contrats" il n'y a que 2025.

Nicole Jouen, gestionnaire, lycée Curie-Corot, Saint-Lô (@U0500058@)
""", "Two topics: subscription not visible (main, within 72 h) and a convention missing from the renamed menu (contract_documents): a person should answer both.",
  hard=True)

# ------------------------------------------------------------------ order_billing
m("order_billing", False, "0571890", "GE", "esidoc",
  "Carole Mathieu <carole.mathieu@ac-nancy-metz.fr>",
  "Devis renouvellement e-sidoc 2027-2028",
  """Bonjour,

Pourriez-vous nous adresser un devis pour le renouvellement de notre
abonnement e-sidoc (période septembre 2027 - août 2028) ? Il nous faut un
devis en bonne et due forme pour établir le bon d'engagement.

Carole Mathieu, gestionnaire
Collège Jean Lurçat, Sarreguemines - @U0571890@
""", "Asks for a formal quote (devis) for the renewal, needed for the bon d'engagement.", cl="outlook", enc="qp")

m("order_billing", False, "0250217", "BFC", "esidoc",
  "Denis Pernet <denis.pernet@ac-besancon.fr>",
  "Facture absente de Chorus",
  """Bonjour,

Commande validée le 12 février, mais aucune facture sur Chorus Pro à ce
jour. Notre agent comptable me relance. Pouvez-vous la déposer ?

Denis Pernet
Lycée Cuvier, Montbéliard (@U0250217@)
""", "Order validated a month ago, invoice still not on Chorus.")

m("order_billing", False, "0540044", "GE", "espace_acheteur",
  "Anne Cuny <anne.cuny@ac-nancy-metz.fr>",
  "Panier vidé après la nouvelle connexion",
  """Bonjour,

J'avais préparé un panier de 23 lignes la semaine dernière. Depuis que je
passe par la connexion académique, "Ma sélection" (c'est bien l'ancien
panier ?) est vide. L'ancien panier est-il perdu ? Je dois passer commande
avant le 31.

Anne Cuny
Lycée Loritz, Nancy - @U0540044@
""", "The saved basket (renamed 'Ma sélection') is empty since she logs in through the SSO: an order/basket issue for a person. Not a login problem.",
  hard=True, cl="outlook")

m("order_billing", False, None, None, "esidoc",
  "Peter Lang <p.lang@ecole-internationale-besancon.example>",
  "RE: Invoice address",
  """Hello,

Could the next invoice be addressed to our accounting department
(comptabilite@ecole-internationale-besancon.example) rather than to me?
The one issued last week went to my mailbox and got stuck there.

Thanks,
Peter

From: Assistance <support@assistance.example.fr>
Sent: Tuesday, March 2, 2027 3:10 PM
To: Peter Lang <p.lang@ecole-internationale-besancon.example>
Subject: Invoice address

Hello, please let us know which address should receive invoices.
""", "English Outlook reply ('From: / Sent:' block) asking to address the invoice to the accounting department. Private school, no UAI.",
  lang="en", cl="outlook", enc="qp")

m("order_billing", False, "0080480", "GE", "esidoc",
  "Valérie Bastien <valerie.bastien@ac-reims.fr>",
  "Écart entre facture et devis",
  """Bonjour,

La facture F27-02210 s'élève à 1 146,00 € TTC alors que le devis signé
(D27-00788) était de 984,00 € TTC. Pouvez-vous nous expliquer la différence
ou nous envoyer une facture rectifiée ?

Valérie Bastien, intendante
Lycée François Bazin, Charleville-Mézières - @U0080480@
""", "HTML-only Outlook (windows-1252 with the euro sign): invoice amount differs from the quote.",
  enc="cp1252html", cl="outlook")

m("order_billing", False, "0140155", "NO", "esidoc",
  "Olivia Marais <olivia.marais@ac-normandie.fr>",
  "Facture reçue en double",
  """Bonjour,
nous avons reçu deux fois la même facture (F27-01957), une venant de
l'ancienne adresse et une de la nouvelle. Merci d'annuler le doublon pour
éviter un double paiement.
O. Marais - Collège Hastings, Caen (@U0140155@)
""", "Invoice received twice (once from each sender address); asks to cancel the duplicate.")

m("order_billing", False, "0210017", "BFC", "esidoc",
  "Alexandre Perrot <alexandre.perrot@ac-dijon.fr>",
  "Tr: Relance facture impayée",
  """Bonjour,

Je reçois cette relance alors que la facture a été payée par mandat
administratif le 19 février (mandat n° 412). Pouvez-vous vérifier et
annuler la relance ?

A. Perrot, agent comptable
Lycée Simone Weil, Dijon (@U0210017@)

-------- Message transféré --------
Sujet : 	Relance facture F27-00645
Date : 	Mon, 8 Mar 2027 06:00:12 +0100
De : 	ne-pas-repondre@connexion.example.fr
Pour : 	alexandre.perrot@ac-dijon.fr

Sauf erreur de notre part, la facture F27-00645 reste impayée.
""", "Thunderbird French-style forward of a payment reminder for an invoice already paid by mandat administratif.")

m("order_billing", False, "0680725", "GE", "espace_acheteur",
  "Émeline Vogel <emeline.vogel@ac-strasbourg.fr>",
  "Bon d'engagement refusé à la validation",
  """Bonjour,

Sur la nouvelle page de validation de commande, le dépôt du bon
d'engagement échoue : "format non accepté". C'est un PDF de 180 Ko exporté
d'Op@le, comme d'habitude. Avant le changement ça passait.

Émeline Vogel
Collège Pfeffel, Colmar - @U0680725@
""", "The bon d'engagement upload fails at order validation on the new page.", cl="outlook", enc="qp")

m("order_billing", False, "0140902", "NO", "espace_acheteur",
  "Jacques Fleury <jacques.fleury@ac-normandie.fr>",
  "SIRET et code service pour Chorus",
  """Bonjour,

Pour la prochaine facture, quel code service et quel SIRET dois-je indiquer
dans le bon de commande pour que le dépôt sur Chorus Pro soit accepté ? La
dernière a été rejetée.

J. Fleury, gestionnaire, lycée Jean Rostand, Caen - @U0140902@
""", "Chorus invoicing details (SIRET, service code) after a rejected invoice.", cl="zimbra")

m("order_billing", False, None, None, None,
  "Gestion OGEC Sainte-Marie <gestion@ogec-saintemarie-vesoul.example>",
  "Paiement par virement",
  """Bonjour,

Nous sommes un établissement privé sous contrat. Pouvons-nous régler par
virement ? Si oui, merci de nous transmettre votre RIB.

Service gestion
""", "Private school asks whether it may pay by bank transfer and for bank details; no platform named.", cl="outlook")
# ------------------------------------------------------------- contract_documents
m("contract_documents", False, "0541090", "GE", "espace_acheteur",
  "Nicolas Pierson <nicolas.pierson@ac-nancy-metz.fr>",
  "Marché 2026-041 introuvable",
  """Bonjour,

Le menu "Mes Marchés" a été renommé "Mes contrats", d'accord, mais le marché
2026-041 (fournitures de bibliothèque) n'y figure plus, ni ses pièces. Où
sont passés les documents ?

N. Pierson, lycée Henri Loritz... pardon, lycée Varoquaux, Tomblaine
(@U0541090@)
""", "Market documents no longer found after 'Mes Marchés' became 'Mes contrats'.")

m("contract_documents", False, "0251440", "BFC", "espace_acheteur",
  "Agathe Roux <agathe.roux@ac-besancon.fr>",
  "Avenant n°3 manquant",
  """Bonjour, l'avenant n°3 du marché 2025-118 (annoncé par courrier en
février) n'apparaît pas dans les documents du marché. Pouvez-vous l'ajouter ?
Agathe Roux - Collège Lou Blazer, Montbéliard (@U0251440@)
""", "An amendment of a market is missing from the contract documents.", cl="gmail")

m("contract_documents", False, None, None, "espace_acheteur",
  "Sandra Mougel <sandra.mougel@epinal.example>",
  "Convention d'adhésion vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion de la ville dans "Mes contrats", le
PDF s'affiche vide (0 page). Même chose sur deux navigateurs.

Sandra Mougel, service achats, Ville d'Épinal
""", "The membership convention opens as an empty file. Non-académie sender, no UAI.", cl="outlook")

m("contract_documents", False, "0762600", "NO", "espace_acheteur",
  "Romain Vasseur <romain.vasseur@ac-normandie.fr>",
  "CCAP du marché mobilier",
  """Bonjour,
je cherche le CCAP du marché de mobilier scolaire 2026-077, il n'est pas
dans les pièces du marché sur la nouvelle interface. Merci
R. Vasseur, Lycée Porte Océane, Le Havre - @U0762600@
""", "CCAP not found for a market.", enc="qp", cl="tb")

m("contract_documents", False, "0670080", "GE", "espace_acheteur",
  "Kate Morgan <kate.morgan@ac-strasbourg.fr>",
  "Framework agreement documents not visible",
  """Hello,

Since I started logging in with my académie account, the framework
agreements list in "My contracts" is empty. With the old login I could see
all our agreements and their documents. Is this a rights issue on the new
account?

Kate Morgan, Lycée Kléber, Strasbourg (@U0670080@)
""", "English; contract documents invisible since the SSO login (probably rights of the new linked account): contract_documents, close to account_creation.",
  lang="en", hard=True, cl="outlook", enc="qp")

m("contract_documents", False, "0890400", "BFC", "espace_acheteur",
  "Lionel Garnier <lionel.garnier@ac-dijon.fr>",
  "Re: [#SUP-041611] Attestation marché",
  """Bonjour,

Merci pour votre retour, mais l'attestation de marché n'est toujours pas
dans "Mes contrats" ce matin.

Lionel Garnier
Collège Roger Semet, Auxerre - @U0890400@

Le jeu. 11 mars 2027 à 15:22, Assistance <support@assistance.example.fr> a
écrit :
> Bonjour,
> La région a demandé l'ajout du document ; il sera visible sous peu.
""", "Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
  cl="gmail", irt="SUP-041611")

m("contract_documents", False, "0510007", "GE", "espace_acheteur",
  "Jeanne Lallement <jeanne.lallement@ac-reims.fr>",
  "Certificat administratif",
  """Bonjour,

Il nous manque le certificat administratif du marché 2026-009 pour
mandater. Il n'est pas dans les documents. Pouvez-vous le mettre en ligne ?

J. Lallement, lycée Bayen, Châlons-en-Champagne (@U0510007@)
""", "Administrative certificate missing for a market.", enc="latin1")

m("contract_documents", False, None, None, "espace_acheteur",
  "Arnaud Didelot <arnaud.didelot@grandest.fr>",
  "Ancien lien vers le DCE",
  """Bonjour,

J'avais en favori le lien direct vers le DCE du marché 2026-052
(https://acheteur.example.fr/marches/2026-052/dce). Il mène maintenant à la
page d'accueil, et dans "Mes contrats" je ne retrouve pas ce DCE. Les
anciens liens ne marchent plus ? Où est le document ?

Arnaud Didelot
Région Grand Est
""", "An old bookmarked link to the tender documents (DCE) no longer works and the document cannot be found in the new menu: contract_documents, not just a how-to question about old links.",
  hard=True, cl="outlook")

# -------------------------------------------------------------- transfer_incident
m("transfer_incident", False, "0571066", "GE", "ecoledirecte",
  "Sébastien Muller <sebastien.muller@ac-strasbourg.fr>",
  "Transferts EcoleDirecte bloqués",
  """Bonjour,

Le dernier transfert vers EcoleDirecte date du 4 mars. Les parents ne voient
plus les notes ni les absences. Le transfert automatique de 22 h ne passe
plus et le manuel tourne dans le vide.

S. Muller, collège Erckmann-Chatrian, Phalsbourg (@U0571066@)
""", "Last transfer five days old; parents no longer see grades.", cl="outlook")

m("transfer_incident", False, None, None, "ecoledirecte",
  "Secrétariat Institution Saint-Joseph <secretariat@stjoseph-nancy.example>",
  "mot de passe du jour",
  """Bonjour,
pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois
réindexer la base Charlemagne après le plantage d'hier.
Merci
""", "Asks for the daily maintenance password: transfer_incident per the taxonomy, not password_reset.",
  hard=True)

m("transfer_incident", False, "0250045", "BFC", "ecoledirecte",
  "Christophe Boillot <christophe.boillot@ac-besancon.fr>",
  "Licence à régénérer",
  """Bonjour,

Nous avons changé de serveur pendant les vacances. Au lancement, Charlemagne
indique que la licence ne correspond pas au poste. Pouvez-vous régénérer la
licence ? Les transferts sont à l'arrêt.

C. Boillot, lycée Xavier Marmier, Pontarlier - @U0250045@
""", "Licence to regenerate after a server change.")

m("transfer_incident", False, None, None, "ecoledirecte",
  "Support informatique OGEC <informatique@ensemble-scolaire-rouen.example>",
  "Transfert : échec au test de connexion",
  """Bonjour,

Depuis l'installation d'un nouveau pare-feu, le diagnostic des transferts
échoue au "test de connexion au serveur". Quelles adresses et quels ports
faut-il ouvrir ? Y a-t-il eu un changement d'adresse de votre côté en mars ?

Service informatique
""", "New firewall: transfer diagnostics fail on the connection test; asks which addresses and ports to open.", cl="outlook")

m("transfer_incident", False, None, None, "ecoledirecte",
  "Direction Collège Notre-Dame <direction@nd-besancon.example>",
  "Transferts figés",
  """Bonjour,

Les transferts sont figés depuis hier. Dans le gestionnaire des tâches je
vois quatre processus Outils.exe ouverts qui ne se ferment pas. Faut-il les
tuer ?

Merci,
La direction
""", "HTML-only Outlook: several Outils.exe processes stuck; transfers hang.",
  enc="cp1252html", cl="outlook")

m("transfer_incident", False, None, None, "ecoledirecte",
  "IT helpdesk <it@lycee-prive-metz.example>",
  "Sync failing since the login change",
  """Hi,

Since the new login page went live, our nightly synchronisation to
EcoleDirecte fails with "authentication error (401)". Does the transfer
account also move to the new single sign-on, or does it keep its own
credentials?

Thanks,
IT helpdesk
""", "English; the synchronisation fails with an authentication error after the login change: a transfer incident, not a password reset.",
  lang="en", hard=True, cl="outlook", enc="qp")

m("transfer_incident", False, None, None, "ecoledirecte",
  "Comptabilite <compta@ecole-ste-therese.example>",
  "Incident transfert (Ctrl+Q)",
  """Bonjour,

En faisant ^Q dans Charlemagne j'ai le détail de l'incident : "erreur 12 -
réplication interrompue". Que faut-il faire ? Les familles n'ont plus les
factures de cantine sur EcoleDirecte.

Cordialement,
Mme Lefort
""", "Outlook Express, ISO-8859-1 8-bit: a transfer incident read with the ^Q shortcut.",
  enc="latin1", cl="oe")

m("transfer_incident", False, None, None, "ecoledirecte",
  "Jean Hamon <j.hamon@ecole-saint-louis-caen.example>",
  "Licence expirée",
  """Bonjour,
au démarrage, message "Licence expirée". Les transferts ne partent plus.
Pourtant nous avons payé la maintenance en janvier.
J. Hamon
""", "'Licence expirée' at start-up: licence to regenerate, transfers stopped.", cl="tb")

m("transfer_incident", False, None, None, "ecoledirecte",
  "Bernadette Caillet <direction@ecole-jeanne-arc-sens.example>",
  "Fwd: absences non mises à jour",
  """Bonjour,

Je vous transfère le message d'un parent. Effectivement, les absences ne
sont plus à jour sur EcoleDirecte depuis une semaine. Pouvez-vous regarder
les transferts ?

B. Caillet, cheffe d'établissement

Début du message réexpédié :

De: Karim Selmi <karim.selmi@example.net>
Objet: absences non mises à jour
Date: 17 mars 2027 à 19:02:11 UTC+1
À: direction@ecole-jeanne-arc-sens.example

Bonjour Madame, l'absence de mon fils le 10 mars n'apparaît toujours pas.
""", "Apple Mail forward of a parent's complaint: absences no longer reach EcoleDirecte. Written by a head of establishment, but not a head-of-establishment request.",
  hard=True, cl="apple")
# ---------------------------------------------------------------------- automated
AUTOGEN = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
m("automated", False, None, None, None,
  "Françoise Klein <francoise.klein@lycee-schweitzer-mulhouse.example>",
  "Réponse automatique : [#SUP-041233] Votre demande",
  """Bonjour,

Je suis absente jusqu'au lundi 22 mars inclus. En cas d'urgence, merci de
contacter le secrétariat au 03 89 00 00 00.

Cordialement,
F. Klein
""", "Exchange out-of-office in French: Auto-Submitted: auto-generated and X-Auto-Response-Suppress.",
  ex=AUTOGEN, cl="outlook", enc="qp", irt="SUP-041233")

m("automated", False, None, "GE", None,
  "Thierry Masson <thierry.masson@ac-nancy-metz.fr>",
  "Absent : Re: [#SUP-041290] Mot de passe",
  """Je suis en formation du 15 au 19 mars. Je traiterai votre message à mon
retour.
T. Masson
""", "Académie webmail vacation reply (Zimbra): Auto-Submitted auto-replied (vacation). Region from the sender domain.",
  ex=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], cl="zimbra", irt="SUP-041290")

m("automated", False, None, None, None,
  "Emma Scott <emma.scott.teach@gmail.com>",
  "Out of office",
  """Hi, I'm away on a school trip until 26 March with limited access to email.
I'll get back to you when I return. Emma
""", "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  lang="en", ex=[("Auto-Submitted", "auto-replied")], cl="gmail")

BOUNCE_PF = """This is a MIME-encapsulated message.

--B0UNCE.pf.68
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.lycee-decomble-chaumont.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<cdi@lycee-decomble-chaumont.example>: host mx.lycee-decomble-chaumont.example
    said: 552 5.2.2 Mailbox full

--B0UNCE.pf.68
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lycee-decomble-chaumont.example
Arrival-Date: Tue,  9 Mar 2027 10:40:02 +0100 (CET)

Final-Recipient: rfc822; cdi@lycee-decomble-chaumont.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--B0UNCE.pf.68
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: cdi@lycee-decomble-chaumont.example
Subject: [#SUP-041377] Votre abonnement
Date: Tue, 09 Mar 2027 10:40:00 +0100
Message-ID: <SUP-041377.1804585200.a1b2c3@assistance.example.fr>
Auto-Submitted: auto-replied

--B0UNCE.pf.68--
"""
m("automated", False, None, None, None,
  "Mail Delivery System <MAILER-DAEMON@mx.lycee-decomble-chaumont.example>",
  "Undelivered Mail Returned to Sender", BOUNCE_PF,
  "Postfix bounce (mailbox full), multipart/report delivery-status with the headers of our message, null Return-Path.",
  ctype='multipart/report; report-type=delivery-status;\n boundary="B0UNCE.pf.68"',
  ex=[("Auto-Submitted", "auto-replied")], cl="bare", auth="none")

NDR = """--NDR_68_x
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Impossible de remettre le message à ces destinataires ou groupes :

doc.college-verdun@laposte.example
L'adresse de messagerie que vous avez entrée est introuvable.

--NDR_68_x
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB0001.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr

Final-Recipient: rfc822;doc.college-verdun@laposte.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--NDR_68_x--
"""
m("automated", False, None, None, None,
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@laposte.example>",
  "Non remis : [#SUP-041402] Mail de confirmation", NDR,
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ctype='multipart/report; report-type=delivery-status;\n boundary="NDR_68_x"',
  ex=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], cl="bare", auth="none")

MDN_FR = """--MDN68
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Thomas Girard
  Objet : [#SUP-041499] Activation de votre abonnement
  Envoyé : 10/03/2027 09:12

a été lu le 10/03/2027 09:47.

--MDN68
Content-Type: message/disposition-notification

Reporting-UA: ac-dijon.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;thomas.girard@ac-dijon.fr
Original-Message-ID: <SUP-041499.1804670000.77aa01@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN68--
"""
m("automated", False, None, "BFC", None,
  "Thomas Girard <thomas.girard@ac-dijon.fr>",
  "Lu : [#SUP-041499] Activation de votre abonnement", MDN_FR,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-dijon.fr sender.",
  ctype='multipart/report; report-type=disposition-notification;\n boundary="MDN68"', cl="outlook")

MDN_EN = """--mdn.en.68
Content-Type: text/plain; charset=UTF-8

This is a Return Receipt for the mail that you sent to
olivia.marais@ac-normandie.fr.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer.

--mdn.en.68
Content-Type: message/disposition-notification; name="MDNPart2.txt"

Reporting-UA: ac-normandie.fr; Mozilla Thunderbird
Final-Recipient: rfc822;olivia.marais@ac-normandie.fr
Original-Message-ID: <SUP-041560.1804900000.c0ffee@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn.en.68--
"""
m("automated", False, None, "NO", None,
  "Olivia Marais <olivia.marais@ac-normandie.fr>",
  "Return Receipt (displayed) - [#SUP-041560] Facture",
  MDN_EN, "Thunderbird return receipt in English, multipart/report disposition-notification. Region from the sender domain.",
  lang="en", ctype='multipart/report; report-type=disposition-notification;\n boundary="mdn.en.68"')

m("automated", False, None, "NO", "esidoc",
  "Nathalie Hébert <nathalie.hebert@ac-normandie.fr>",
  "[docs-normandie] Connexion académique sur le portail : quel mot de passe ?",
  """Bonjour à toutes et tous,

Depuis la nouvelle page de connexion de notre portail, je ne sais plus
quel mot de passe utiliser pour l'administration : l'académique ou l'ancien ?
Quelqu'un a-t-il eu une réponse de l'assistance ?

Nathalie, collège de Bernay

--
Liste de diffusion des professeurs documentalistes de l'académie
Pour se désinscrire : docs-normandie-unsubscribe@listes.ac-normandie.fr
""", "A librarian's real question, posted to an académie mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the sender's ac-normandie.fr address.",
  hard=True, to="docs-normandie@listes.ac-normandie.fr",
  ex=[("List-Id", "Documentalistes de Normandie <docs-normandie.listes.ac-normandie.fr>"),
      ("List-Unsubscribe", "<mailto:docs-normandie-unsubscribe@listes.ac-normandie.fr>"),
      ("Precedence", "list"), ("Sender", "docs-normandie-bounces@listes.ac-normandie.fr")])

m("automated", False, None, None, "espace_acheteur",
  "Espace Acheteur <ne-pas-repondre@connexion.example.fr>",
  "Votre compte a été rattaché à votre identité académique",
  """Bonjour,

Votre compte Espace Acheteur (support@assistance.example.fr) est désormais
rattaché à votre identité académique. Vous pouvez vous connecter avec le
bouton « Se connecter avec mon compte académique ».

Ceci est un message automatique, merci de ne pas y répondre.
""", "No-reply notification from the new sender address (the desk's own test account was linked). Auto-Submitted: auto-generated.",
  ex=[("Auto-Submitted", "auto-generated")], cl="bare")

m("automated", False, None, None, "esidoc",
  "La lettre e-sidoc <lettre@news.example.fr>",
  "Mars 2027 : nouvelle page de connexion et menus renommés",
  """<html><body><h1>La lettre de mars</h1>
<p>Depuis le 1er mars, une nouvelle page de connexion vous accueille.
Le menu « Mes abonnements » devient « Mes ressources » et les messages
automatiques partent de ne-pas-repondre@connexion.example.fr.</p>
<p><a href="https://news.example.fr/u/68">Se désinscrire</a></p>
</body></html>
""", "Marketing newsletter about the migration: List-Id, List-Unsubscribe (one-click), Precedence: bulk. HTML only.",
  enc="html", cl="bare",
  ex=[("List-Id", "Lettre e-sidoc <lettre.news.example.fr>"),
      ("List-Unsubscribe", "<https://news.example.fr/u/68>"),
      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

m("automated", False, None, None, None,
  "Daniel Colas <daniel.colas@ville-montbeliard.example>",
  "Absence",
  """Bonjour,

Je suis absent du bureau jusqu'au 29 mars. Votre message ne sera pas
transféré. Pour toute question sur les marchés, écrivez à
commande.publique@ville-montbeliard.example.

Daniel Colas
""", "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  hard=True, cl="outlook")

DMARC = """--dmarc68
Content-Type: text/plain; charset=us-ascii

This is an aggregate report from example-mail-provider.example.

--dmarc68
Content-Type: application/zip; name="example-mail-provider.example!assistance.example.fr!1804550400!1804636799.zip"
Content-Disposition: attachment;
 filename="example-mail-provider.example!assistance.example.fr!1804550400!1804636799.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAEAAAAZG1hcmMueG1sUEsFBgAAAAABAAEAAAAAAA==

--dmarc68--
"""
m("automated", False, None, None, None,
  "noreply-dmarc-support@example-mail-provider.example",
  "Report domain: assistance.example.fr Submitter: example-mail-provider.example Report-ID: 68117",
  DMARC, "DMARC aggregate report (zip attachment) sent to the desk's address.",
  lang="en", ctype='multipart/mixed; boundary="dmarc68"', cl="bare")

m("automated", False, None, "GE", None,
  "Assistance DANE <assistance-dane@ac-strasbourg.fr>",
  "[DANE-88213] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro DANE-88213. Un
technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.
Plateforme d'assistance de la DANE
""", "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-strasbourg.fr.",
  ex=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-strasbourg.fr")], cl="bare")

DELAY = """--delay.68
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<intendance@clg-vesoul.example>: connect to mx.clg-vesoul.example: Connection
    timed out

--delay.68
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.assistance.example.fr

Final-Recipient: rfc822; intendance@clg-vesoul.example
Action: delayed
Status: 4.4.1
Will-Retry-Until: Tue, 23 Mar 2027 08:00:00 +0100 (CET)

--delay.68--
"""
m("automated", False, None, None, None,
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Delayed Mail (still being retried)", DELAY,
  "Delay warning from our own relay (Action: delayed): not a failure, still automatic.",
  lang="en", ctype='multipart/report; report-type=delivery-status;\n boundary="delay.68"',
  cl="bare", auth="none")

m("automated", False, None, None, "esignature",
  "Signature électronique <notifications@esign.example.fr>",
  "Document signé : Convention d'adhésion 2027 - Lycée Jean Zay",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2027 -
Lycée Jean Zay ». Vous pouvez le télécharger depuis votre espace pendant
30 jours.

Cet e-mail a été envoyé automatiquement.
""", "E-signature 'completed' notification: transactional mail without Auto-Submitted or Precedence; the no-reply style sender and the wording show it is automatic.",
  hard=True, cl="bare", enc="qp")

m("automated", False, None, None, "ticket_portal",
  "Portail de tickets <notifications@tickets.example.fr>",
  "[Ticket #70318] Mise à jour : réinitialisation SSO",
  """Le ticket #70318 « réinitialisation SSO » a été mis à jour par
l'éditeur.

Nouveau statut : En cours
Consulter le ticket : https://tickets.example.fr/t/70318
""", "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
  ex=[("Auto-Submitted", "auto-generated")], cl="bare")

m("automated", False, "0540913", "GE", None,
  "Collège Jean Moulin <ce.@U0540913@@ac-nancy-metz.fr>",
  "Réponse automatique : [#SUP-041712] Mot de passe e-sidoc",
  """Bonjour,

Le secrétariat est fermé pendant les congés. Pour les questions de mot de
passe e-sidoc ou d'ENT, merci de renouveler votre demande à partir du 29
mars.

Le secrétariat du collège Jean Moulin, Toul
""", "Out-of-office of a school office (ce.<UAI> address) that mentions passwords and e-sidoc; Auto-Submitted is present. The UAI comes from the address; no platform since nothing is asked.",
  hard=True, ex=[("Auto-Submitted", "auto-replied")], cl="zimbra", irt="SUP-041712")

m("automated", False, None, None, None,
  "Contact <contact@librairie-vosges.example>",
  "Re: Votre message",
  """Merci pour votre message. Nous vous répondrons sous 48 heures ouvrées.
La Librairie des Vosges
""", "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ex=[("X-Autoreply", "yes"), ("X-Autorespond", "Re: Votre message")], cl="bare")

m("automated", False, None, None, None,
  "Mail Delivery System <Mailer-Daemon@mail.cc-avranches.example>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.leroy@cc-avranches.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: m.leroy@cc-avranches.example
Subject: [#SUP-041801] Votre compte Espace Acheteur
""", "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  hard=True, lang="en", cl="bare", auth="none")

m("automated", False, None, None, None,
  "Oliver Grant <o.grant@international-school-dijon.example>",
  "Automatic reply: [#SUP-041830] Your invoice",
  """Thank you for your email. I am out of the office until Monday 29 March
with no access to email. For urgent matters please contact
office@international-school-dijon.example.
""", "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
  lang="en", ex=AUTOGEN, cl="outlook", enc="qp", irt="SUP-041830")
# -------------------------------------------------------------------------- other
m("other", False, None, None, None,
  "Assistance academique <securite@ac-nancy-metz-sso.com>",
  "Migration SSO : confirmez votre mot de passe avant le 15 mars",
  """Bonjour,

Dans le cadre de la migration vers l'authentification unique, votre compte
sera désactivé le 15 mars si vous ne confirmez pas votre identifiant et votre
mot de passe actuels sur la page suivante :

https://ac-nancy-metz-sso.com/confirmation

Service informatique académique
""", "Phishing riding on the SSO migration: mentions passwords but is not password_reset; the look-alike domain ac-nancy-metz-sso.com is not an académie domain, so no region. SPF/DMARC fail.",
  hard=True, auth="fail", cl="bare")

m("other", False, None, "GE", "espace_acheteur",
  "Béatrice Humbert <beatrice.humbert@ac-reims.fr>",
  "TR: Est-ce un vrai mail ?",
  """Bonjour,

J'ai reçu le message ci-dessous d'une adresse que je ne connais pas. Avec
tous les mails d'hameçonnage qu'on reçoit, je préfère vous demander : est-ce
bien vous ? Je n'ai cliqué sur rien.

Béatrice Humbert

________________________________
De : ne-pas-repondre@connexion.example.fr
Envoyé : mercredi 3 mars 2027 08:02
Objet : Votre nouvelle page de connexion

Bonjour, votre Espace Acheteur fait peau neuve. Connectez-vous dès
aujourd'hui avec votre compte académique.
""", "Forwards a genuine mail from the new sender address to ask whether it is legitimate: nothing is missing or blocked, so not missing_noreply_mail; a person answers.",
  hard=True, cl="outlook", enc="qp")

m("other", False, None, "BFC", "esidoc",
  "Mathilde Roy <mathilde.roy@ac-dijon.fr>",
  "Re: [#SUP-041244] Lien expiré",
  """Ça a marché, merci beaucoup !

Mathilde

Le 4 mars 2027 à 09:15, Assistance a écrit :
> Bonjour,
> Un nouveau lien de réinitialisation du mot de passe vous a été envoyé. Il
> est valable 12 heures.
""", "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  hard=True, cl="apple", irt="SUP-041244")

m("other", False, None, "NO", "esidoc",
  "Isabelle Lebas <isabelle.lebas@ac-normandie.fr>",
  "Anciens liens / favoris",
  """Bonjour,

Nos élèves avaient en favori l'adresse de l'ancienne page d'accueil du
portail, et elle donne maintenant une erreur. Est-ce que les anciens liens
vont être redirigés, ou faut-il que je refasse toutes les affiches avec la
nouvelle adresse ? Tout fonctionne par ailleurs.

Isabelle Lebas, CDI du collège Jacques Prévert, Cherbourg
""", "How-to question about old links after the migration; nothing is broken for her account: other, human review.",
  hard=True)

m("other", False, None, "GE", "espace_acheteur",
  "Jean-Pierre Mathis <jean-pierre.mathis@ac-strasbourg.fr>",
  "Vos nouveaux menus",
  """Bonjour,

Petite remarque sans demande particulière : "Ma sélection" à la place de
"Panier", franchement, personne ne comprend. Et "Paramètres de la structure"
pour l'administration, c'est caché tout en bas. Vous pourriez faire remonter
ça à qui de droit ?

JP Mathis
""", "Feedback on the renamed menus; asks nothing that a category covers.", cl="zimbra")

m("other", False, None, None, "esidoc",
  "Alice Perrin <alice.perrin@mairie-dole.example>",
  "Inscription au webinaire du 18 mars",
  """Bonjour,

Je voudrais m'inscrire au webinaire de présentation de la nouvelle page de
connexion (18 mars, 14 h), mais le lien d'inscription de la lettre
d'information renvoie une page blanche.

Alice Perrin, médiathèque de Dole
""", "Wants to register for a webinar about the new login page; the link fails: other.", cl="outlook")

m("other", False, None, None, None,
  "Crypto Gains <profit@quick-gains.example>",
  "Your wallet is ready - claim 2.5 BTC today",
  """Congratulations! Your account has been selected to receive 2.5 BTC.
Claim now before the offer expires: http://quick-gains.example/claim
Unsubscribe anytime.
""", "English crypto spam.", lang="en", auth="fail", cl="bare")

m("other", False, None, None, None,
  "Mark <mark@seo-boost.example>",
  "Your website ranking",
  """Hi there,

I noticed assistance.example.fr is not on the first page of Google for
several important keywords. We can fix that in 30 days. Shall I send you a
free audit?

Mark, SEO consultant
""", "English SEO spam.", lang="en", cl="gmail")

m("other", False, None, None, None,
  "Agathe Simon <agathe.simon@laposte.example>",
  "Suppression de mes données",
  """Bonjour,

Ancienne acheteuse pour la commune de Bayeux, j'ai quitté mon poste. Je vous
demande, au titre du RGPD, de supprimer toutes mes données personnelles de
vos plateformes et de me le confirmer.

Agathe Simon
""", "GDPR erasure request from a former buyer: other (human review), not account_creation.")

m("other", False, None, None, "ecoledirecte",
  "Khaled Bensaid <khaled.bensaid@example.net>",
  "code parent ecoledirecte",
  """bonjour je narive pas a me connecté a ecoledirecte pour voir les notes de
ma fille en 4eme au college de Sedan, ca me dit identifiant incorect. vous
pouvez me donner mon code ? merci
""", "A parent's own EcoleDirecte login: parents' accounts are managed by the school, not by this desk; a person redirects him. Not password_reset (not an establishment account).",
  hard=True, cl="android", enc="b64")

m("other", False, None, "BFC", None,
  "Christine Lhomme <christine.lhomme@ac-besancon.fr>",
  "Re: [#SUP-041900] Votre demande",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", "'Bien reçu, merci.' from a phone: nothing to do.", cl="iphone", irt="SUP-041900")

m("other", False, None, "NO", None,
  "Éric Lefrançois <eric.lefrancois@ac-normandie.fr>",
  "Aucune réponse !!!",
  """Cela fait trois fois que j'écris et personne ne me répond. C'est
inadmissible pour un service public. J'attends un retour aujourd'hui.
""", "Angry complaint about unanswered mail that says nothing about the topic: no category can be told.")

m("other", False, None, None, None,
  "Inès Morel <ines.morel.etudiante@gmail.com>",
  "Candidature stage - assistante support",
  """Bonjour,

Étudiante en BTS SIO à Reims, je recherche un stage de six semaines à partir
du 10 mai. Votre service d'assistance m'intéresse beaucoup. Vous trouverez
mon CV ci-joint.

Inès Morel
""", "Unsolicited internship application with a CV.", cl="gmail",
  attach=("CV_Ines_Morel.pdf", "application/pdf"))

m("other", False, None, None, None,
  "Mobilier Scolaire Plus <commercial@mobilier-scolaire-plus.example>",
  "Aménagement de votre CDI",
  """Bonjour Madame, Monsieur,

Vous réaménagez votre CDI ? Nos bacs à albums et nos présentoirs modulables
sont à -20 % jusqu'au 31 mars. Je me tiens à votre disposition pour un
rendez-vous.

Grégory Lenoir, chargé d'affaires Grand Est
""", "Cold sales prospecting written to one person (no list headers): other, not automated.", cl="outlook")

m("other", False, None, None, "ticket_portal",
  "Hugo Laurent <hugo.laurent@mairie-belfort.example>",
  "Où sont mes demandes ?",
  """Bonjour,

Sur le portail de tickets, le menu "Mes demandes" a disparu. Je voulais
partager un ticket avec ma collègue comme avant. Comment fait-on maintenant ?

Hugo Laurent
""", "How-to question on the ticket portal after the menus were renamed (share a ticket): no category of its own.")

m("other", False, None, None, None,
  "Martine Vial <martine.vial@orange.example>",
  "désinscription",
  """Bonjour, merci de ne plus m'envoyer votre lettre d'information, je suis à
la retraite depuis janvier. Cordialement, M. Vial
""", "A person asks by hand to be removed from the newsletter: written by a person, so not automated.")

m("other", False, None, None, None,
  "Jenna Park <jenna@edtech-spark.example>",
  "Re: Partnership idea for French schools",
  """Hi again,

Just following up on my note below - would you have 15 minutes next week to
talk about integrating our reading app with your library portal?

Best,
Jenna

On Mon, Mar 1, 2027 at 9:02 AM Jenna Park <jenna@edtech-spark.example> wrote:
> Hi, I'm the co-founder of Spark, a reading app used by 300 schools...
""", "English partnership pitch from an edtech start-up, following up on her own first mail (Gmail English quote style).",
  lang="en", cl="gmail")

m("other", False, None, None, None,
  "Service comptabilité <compta@factures-relance.example>",
  "Facture impayée n° 2027-3381 - dernier rappel",
  """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Sans
règlement sous 48 heures, le dossier sera transmis au contentieux.

Service comptabilité
""", "Fake 'unpaid invoice' with an attachment from an unknown sender: phishing, not order_billing.",
  hard=True, auth="fail", cl="bare", attach=("Facture_2027-3381.pdf.html", "text/html"))


# ======================================================================= builder
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def enc_header(value):
    value = expand(value)
    cs = "us-ascii" if value.isascii() else "utf-8"
    return Header(value, cs, maxlinelen=76, header_name="Subject").encode()


def enc_addr(value):
    name, addr = parseaddr(expand(value))
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def to_html(text, outlook=False):
    paras = [p for p in text.strip("\n").split("\n\n")]
    if outlook:
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n'
                         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                         % "<br>\n".join(html.escape(l) for l in p.split("\n"))
                         for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;'
                ' font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                '<body lang="FR"><div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)
    body = "\n".join("<div>%s</div><div><br></div>"
                     % "<br>".join(html.escape(l) for l in p.split("\n")) for p in paras)
    return '<html><head><meta charset="utf-8"></head><body>\n%s\n</body></html>\n' % body


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def leaf(text, enc):
    """(content-type line, cte, payload) for a single text part."""
    if enc == "8bit":
        return 'text/plain; charset="utf-8"', "8bit", text
    if enc == "qp":
        return 'text/plain; charset="utf-8"', "quoted-printable", qp(text.encode())
    if enc == "b64":
        return 'text/plain; charset="utf-8"', "base64", b64(text.encode())
    if enc == "latin1":
        return 'text/plain; charset="iso-8859-1"', "8bit", text
    if enc == "cp1252html":
        return ('text/html; charset="windows-1252"', "quoted-printable",
                qp(to_html(text, outlook=True).encode("cp1252")))
    if enc == "html":
        h = text if text.lstrip().startswith("<html") else to_html(text)
        return 'text/html; charset="utf-8"', "quoted-printable", qp(h.encode())
    raise ValueError(enc)


CLIENTS = {
    "tb": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "outlook": [("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.9_GA_0051 (ZimbraWebClient - FF136 (Win)/10.0.9_GA_0051)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "oe": [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"), ("X-Priority", "3")],
    "bare": [],
}


def message_id(cl, domain):
    if cl in ("outlook", "android"):
        box = "PR%dP264MB%04d" % (R.randint(0, 3), R.randint(1000, 9999))
        return "<%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (
            box + hexs(20).upper(), box)
    if cl == "gmail":
        return "<CA+%s@mail.gmail.com>" % base64.b64encode(
            bytes(R.getrandbits(8) for _ in range(30))).decode().replace("/", "_")
    if cl == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (
            R.randint(10**8, 10**9), R.randint(10**5, 10**6), R.randint(10**12, 10**13), domain)
    return "<%s-%s-%s-%s-%s@%s>" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), domain)


def build(i, spec):
    day = 1 + (i * 31) // 150
    hour, minute, sec = R.randint(7, 19), R.randint(0, 59), R.randint(0, 59)
    tz = timezone(timedelta(hours=2 if day >= 28 else 1))
    when = datetime(2027, 3, day, hour, minute, sec, tzinfo=tz)
    frm = enc_addr(spec["frm"])
    addr = parseaddr(expand(spec["frm"]))[1]
    domain = addr.split("@")[1].lower()
    null_rp = "daemon" in addr.lower() or addr.startswith("MicrosoftExchange")
    auth = spec["auth"]
    if auth == "pass":
        ar = ("dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n"
              "\tdmarc=pass (p=none dis=none) header.from={d}")
    elif auth == "fail":
        ar = ("dkim=none;\n\tspf=fail smtp.mailfrom={d};\n"
              "\tdmarc=fail (p=quarantine dis=none) header.from={d}")
    else:
        ar = "dkim=none;\n\tspf=pass smtp.helo={d};\n\tdmarc=none"
    ip = "203.0.113.%d" % R.randint(2, 250)
    qid = hexs(14).upper()
    H = [("Return-Path", "<>" if null_rp else "<%s>" % addr),
         ("Delivered-To", "support@assistance.example.fr"),
         ("Received", "from smtp.%s (smtp.%s [%s])\n\tby mx1.assistance.example.fr (Postfix) "
                      "with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s"
          % (domain, domain, ip, qid, format_datetime(when + timedelta(seconds=14)))),
         ("Authentication-Results", "mx1.assistance.example.fr;\n\t" + ar.format(d=domain)),
         ("Message-ID", message_id(spec["cl"], domain)),
         ("Date", format_datetime(when)),
         ("From", frm),
         ("To", enc_addr(spec["to"])),
         ("Subject", enc_header(spec["subj"]))]
    if spec["irt"]:
        ref = "<%s.%d.%s@assistance.example.fr>" % (spec["irt"], int(when.timestamp()) - 86400, hexs(6))
        H += [("In-Reply-To", ref), ("References", ref)]
    if spec["cl"] == "outlook":
        H += [("Thread-Topic", enc_header(re.sub(r"^(RE|TR|Re|Fwd|Tr) ?: ?", "", spec["subj"]))),
              ("Thread-Index", base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode())]
    H += CLIENTS[spec["cl"]]
    H += [(k, enc_header(v) if k in ("Reply-To", "Cc") and not v.isascii() else v)
          for k, v in spec["ex"]]
    H.append(("MIME-Version", "1.0"))

    text = expand(spec["body"])
    charset_out = "utf-8"
    if spec["ctype"]:
        H.append(("Content-Type", spec["ctype"]))
        body = text
    else:
        if spec["enc"] == "latin1":
            charset_out = "latin-1"
        if spec["attach"] or spec["enc"] == "alt":
            pass
        ct, cte, payload = leaf(text, spec["enc"])
        if spec["attach"]:
            name, mime = spec["attach"]
            bnd = "----=_Part_%s" % hexs(16)
            blob = ("%PDF-1.4\n% holdout68 placeholder\n" if mime == "application/pdf"
                    else "<html><body><form action='https://factures-relance.example/login'>"
                         "</form></body></html>").encode()
            H.append(("Content-Type", 'multipart/mixed;\n boundary="%s"' % bnd))
            body = ("This is a multi-part message in MIME format.\n\n--%s\nContent-Type: %s\n"
                    "Content-Transfer-Encoding: %s\n\n%s\n--%s\nContent-Type: %s; name=\"%s\"\n"
                    "Content-Disposition: attachment; filename=\"%s\"\n"
                    "Content-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                    % (bnd, ct, cte, payload.rstrip("\n"), bnd, mime, name, name,
                       b64(blob).rstrip("\n"), bnd))
        else:
            H += [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
            body = payload
    head = "".join("%s: %s\n" % (k, v) for k, v in H)
    raw = head.encode("ascii") + b"\n"
    if charset_out == "latin-1":
        raw += body.encode("latin-1")
    else:
        raw += body.encode("utf-8")
    return raw


def label(name, spec):
    return {"file": name, "category": spec["cat"], "auto_reply_ok": spec["ok"],
            "uai": uai(spec["u"]) if spec["u"] else None, "region": spec["reg"],
            "platform": spec["plat"], "hard": spec["hard"], "lang": spec["lang"],
            "notes": spec["notes"]}


def main():
    order = list(MAILS)
    R.shuffle(order)
    labels = []
    for old in HERE.glob("h[0-9][0-9][0-9].eml"):
        old.unlink()
    for i, spec in enumerate(order):
        name = "h%03d.eml" % (i + 1)
        (HERE / name).write_bytes(build(i, spec))
        labels.append(label(name, spec))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check(order)


# ==================================================================== self-check
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() in (
                "message/delivery-status", "message/disposition-notification"):
            try:
                chunks.append(part.get_content() if part.get_content_maintype() == "text"
                              else part.as_string())
            except Exception:
                chunks.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return html.unescape("\n".join(chunks))


def check(order):
    files = sorted(HERE.glob("h*.eml"))
    assert len(files) == 150, len(files)
    assert [f.name for f in files] == ["h%03d.eml" % i for i in range(1, 151)]
    labels = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
    assert len(labels) == 150 and len(order) == 150
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
            "hard", "lang", "notes"]
    cats = set()
    for lab, spec, f in zip(labels, order, files):
        assert list(lab) == keys, lab
        assert lab["file"] == f.name
        assert lab["category"] in CATEGORIES, lab
        cats.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in HUMAN_ONLY:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"].strip(), lab
        raw = f.read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (f.name, part.defects)
        assert msg["Message-ID"] and msg["Date"] and msg["From"], f.name
        text = visible_text(msg)
        # every UAI-looking code: valid, or declared deliberately wrong
        found_valid, found_bad = set(), set()
        for mo in UAI_RE.finditer(text):
            digits, let = mo.group(1) + mo.group(2), mo.group(3).upper()
            (found_valid if letter(digits) == let else found_bad).add(digits + let)
        for b in spec["bad"]:
            assert letter(b[:7]) != b[7], (f.name, b)
            assert b in found_bad, (f.name, b)
        assert found_bad == set(spec["bad"]), (f.name, found_bad)
        if found_bad:
            assert "wrong check letter" in lab["notes"], f.name
        if lab["uai"]:
            code = lab["uai"]
            assert re.fullmatch(r"\d{7}[A-Z]", code) and letter(code[:7]) == code[7], lab
            assert code in found_valid, (f.name, code, found_valid)
        else:
            assert not found_valid, (f.name, found_valid)
        # region: UAI département first, else the From académie domain, else null
        dom = parseaddr(str(msg["From"]))[1].rsplit("@", 1)[-1].lower()
        expected = DEPT_REGION[lab["uai"][:3]] if lab["uai"] else DOMAIN_REGION.get(dom)
        assert lab["region"] == expected, (f.name, lab["region"], expected)
        if lab["category"] == "automated":
            pass
    assert cats == CATEGORIES, CATEGORIES - cats
    en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= en <= 25, en


if __name__ == "__main__":
    main()
    print("holdout68: 150 mails written and checked")
