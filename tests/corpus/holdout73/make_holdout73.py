#!/usr/bin/env python3
"""Build the holdout73 blind test corpus (150 .eml + labels.jsonl).

Theme: angry and urgent writers (complaints, capitals, deadlines, threats to
write to the rectorat, third relaunch of the same problem) from Bretagne and
Centre-Val de Loire, with a real request often hidden under the anger.

Every mail text below is hand-written.  The script only wraps each text in
headers and a transfer encoding, then re-reads everything and checks it.
Standard library only, deterministic (random.Random with a fixed seed).
"""
import base64
import datetime as dt
import email
import html
import json
import quopri
import random
import re
from email import policy
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(7373)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature", None}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
        "hard", "lang", "notes"]
# regions.md, départements and académie domains
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
DEPT2REGION, DOMAIN2REGION = {}, {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN2REGION[_m] = _slug


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, from_addr):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = from_addr.rsplit("@", 1)[-1].lower()
    return DOMAIN2REGION.get(dom)


MAILS = []


def M(cat, auto, uai, plat, hard, lang, notes, frm, subj, body, client="tb",
      html_part=None, attach=None, extra=None, wrong=(), reply=False,
      cte=None, charset=None, to="support@assistance.example.fr"):
    MAILS.append(dict(cat=cat, auto=auto, uai=uai, plat=plat, hard=hard,
                      lang=lang, notes=notes, frm=frm, subj=subj, body=body,
                      client=client, html_part=html_part, attach=attach or [],
                      extra=extra or [], wrong=list(wrong), reply=reply,
                      cte=cte, charset=charset, to=to))

# ---------------------------------------------------------------- password_reset (22)
M("password_reset", True, "0291120K", "esidoc", False, "fr",
  "Angry librarian locked out of the e-sidoc back office before an inspection; clear lost password with the UAI, first message.",
  ("Gwenaëlle Le Bihan", "gwenaelle.le-bihan@ac-rennes.fr"),
  "URGENT - mot de passe e-sidoc perdu, INSPECTION DEMAIN",
  """Bonjour,

J'ai une inspection demain matin à 9h et je ne peux PLUS me connecter à
l'administration de notre portail e-sidoc. Le mot de passe ne passe plus,
je l'ai tapé dix fois, rien.

Identifiant : 0291120K (collège Max Jacob, Quimper).

J'ai besoin d'un nouveau mot de passe AUJOURD'HUI, je dois montrer les
statistiques de prêt à l'inspectrice. Merci de faire vite.

Gwenaëlle Le Bihan
Professeure documentaliste
Collège Max Jacob - Quimper
""", client="tb")

M("password_reset", True, "0450856L", "esidoc", False, "fr",
  "No accents, abbreviations (mdp, cdi), forgotten e-sidoc password with the UAI; nothing else asked.",
  ("Kevin Pasquier", "kevin.pasquier@ac-orleans-tours.fr"),
  "mdp esidoc !!!",
  """bjr

ca fait 3 jours que j essaie de rentrer dans esidoc pour le cdi et le mdp
marche pas. j ai oublie le nouveau que j avais mis en septembre.
uai 0450856L lycee en foret montargis

c est urgent j ai les 2nde qui viennent jeudi pour la recherche doc

kevin pasquier
prof doc
""", client="b64")

M("password_reset", False, "0352327P", "esidoc", False, "fr",
  "Third relaunch: the reset link from the automatic answer expired twice; the template was already sent and failed, a person must take over.",
  ("Anne-Sophie Rouxel", "anne-sophie.rouxel@ac-rennes.fr"),
  "RE: RE: Mot de passe e-sidoc - 3ème relance !!!",
  """Bonjour,

C'est la TROISIÈME fois que je vous écris pour le même problème.
Vos liens de réinitialisation arrivent dans la boîte du lycée, le temps que
le secrétariat me les transfère ils sont EXPIRÉS. Deux fois de suite.

Je ne veux plus de message automatique. Je veux qu'une personne me rappelle
au 02 99 00 00 00 et règle ça. Lycée Bréquigny, UAI 0352327P.

Si rien n'est fait d'ici vendredi j'en informe le rectorat.

A.-S. Rouxel
Professeure documentaliste

Le 14/01/2025 à 10:02, support@assistance.example.fr a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement (ce.03****7P@ac-rennes.fr). Il est valable 12 heures.
> Cordialement,
> L'équipe assistance
""", client="tb", reply=True)

M("password_reset", True, "0370696F", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-orleans-tours.fr sender address; the secretary asks for the reset link on that official mailbox, before the board meeting tonight.",
  ("Secrétariat Collège Ronsard", "ce.0370696F@ac-orleans-tours.fr"),
  "Identifiants portail documentaire - conseil d'administration ce soir",
  """Bonjour,

Le conseil d'administration a lieu ce soir à 18h et Mme la principale
souhaite présenter le bilan du CDI depuis le portail. Or plus personne ne
connaît le mot de passe d'administration depuis le départ de notre
documentaliste.

Pouvez-vous envoyer un lien de réinitialisation sur cette adresse
(la boîte officielle du collège) ? Nous la consultons toute la journée.

Merci par avance, c'est vraiment pressé.

Le secrétariat
Collège Ronsard - Tours
""", client="ol")

M("password_reset", False, "0561244Y", "esidoc", True, "fr",
  "Negation of the anti-spam path: 'ce n'est pas un problème de spam, le mail arrive'; the real issue is that the password set after the reset is refused. Reset already done once, so a person must look.",
  ("Yann Guégan", "yann.guegan@ac-rennes.fr"),
  "Ce n'est PAS un problème de spam",
  """Bonjour,

On m'a répondu de regarder dans mes indésirables. Ce n'est PAS un problème
de spam : le mail de réinitialisation arrive très bien, je clique, je
choisis un nouveau mot de passe, et le portail me dit ensuite
« identifiant ou mot de passe incorrect ». J'ai recommencé trois fois.

Lycée Dupuy de Lôme, Lorient, 0561244Y.

Merci de regarder VRAIMENT le dossier cette fois.

Yann Guégan
Documentaliste
""", client="zb")

M("password_reset", True, "0180618Z", "esidoc", False, "fr",
  "Gmail, annoyed but simple: account locked after too many attempts, UAI given.",
  ("Sandrine Moreau", "sandrine.moreau.cdi@gmail.com"),
  "Compte bloqué !!",
  """Bonjour,

Mon compte d'administration e-sidoc est BLOQUÉ après trop d'essais.
Etablissement : collège Jean Renoir, Bourges (0180618Z).

Il me faut l'accès avant lundi, j'ai une exposition à mettre en ligne.

Cordialement
Sandrine Moreau, professeure documentaliste
""", client="gm")

M("password_reset", False, None, "esidoc", True, "fr",
  "UAI typed as 0290742Y: wrong check letter (the digits give 0290742Z), so no valid UAI; region from the ac-rennes.fr domain; a person must confirm the establishment.",
  ("Morgane Kerhervé", "morgane.kerherve@ac-rennes.fr"),
  "plus d'accès au portail - encore !",
  """Bonjour,

Encore une fois je n'ai plus accès au portail e-sidoc (mot de passe refusé).
Notre code établissement : 0290742Y.

C'est la deuxième fois ce trimestre, franchement c'est pénible.
Merci de me renvoyer un accès rapidement.

Morgane Kerhervé
CDI - Lycée de l'Élorn, Landerneau
""", client="tb", wrong=["0290742Y"])

M("password_reset", True, "0222651M", "esidoc", True, "fr",
  "UAI written with spaces ('022 2651 M'); plain lost password in capitals.",
  ("Erwan Le Goff", "erwan.le-goff@ac-rennes.fr"),
  "MOT DE PASSE",
  """BONJOUR,

JE N'ARRIVE PLUS A ME CONNECTER A E-SIDOC, MOT DE PASSE OUBLIE.
COLLEGE DE LANNION, RNE 022 2651 M.

MERCI DE ME DONNER UN NOUVEAU MOT DE PASSE.

ERWAN LE GOFF
""", client="ap")

M("password_reset", True, "0410113A", "esidoc", True, "fr",
  "The UAI appears only in the portal URL, in lower case (0410113a.esidoc.fr); forgotten password.",
  ("Claire Fontaine", "claire.fontaine@ac-orleans-tours.fr"),
  "Impossible de me connecter à notre portail",
  """Bonjour,

Je n'arrive plus à me connecter à https://0410113a.esidoc.fr en tant
qu'administratrice, j'ai oublié le mot de passe pendant les vacances.
Les élèves attendent le lancement du prix littéraire la semaine prochaine.

Merci de m'aider rapidement.

Claire Fontaine
Lycée Augustin Thierry - Blois
""", client="tb")

M("password_reset", True, "0281284U", "espace_acheteur", False, "fr",
  "Gestionnaire locked out of the Espace Acheteur right before a closing order deadline; lost password, UAI given.",
  ("Patrice Hamon", "gestionnaire.0281284u@gmail.com"),
  "Mot de passe Espace Acheteur - date limite vendredi",
  """Bonjour,

Je dois valider des commandes sur l'Espace Acheteur avant vendredi
(clôture budgétaire) et je n'ai plus mon mot de passe. Le bouton
« mot de passe oublié » me renvoie sur une page d'erreur.

Lycée Rotrou, Dreux - UAI 0281284U.

Sans accès je ne peux rien engager, merci de traiter en priorité.

P. Hamon
Gestionnaire
""", client="gm")

M("password_reset", False, "0451353B", "esidoc", True, "fr",
  "Two topics: lost e-sidoc password (main) and an angry complaint about an invoice sent twice (order_billing); one template would answer only half.",
  ("Nathalie Perrin", "nathalie.perrin@ac-orleans-tours.fr"),
  "mot de passe + facture en double (inadmissible)",
  """Bonjour,

1) Je n'ai plus le mot de passe d'administration e-sidoc du lycée Pothier
(0451353B). Merci de me le réinitialiser.

2) Et pendant qu'on y est : votre service comptable nous a envoyé DEUX fois
la même facture d'abonnement. Notre agent comptable est furieux. Je veux
un avoir ou une explication écrite.

N. Perrin
Professeure documentaliste, Orléans
""", client="ol")

M("password_reset", True, "0360844X", "esidoc", False, "fr",
  "Short angry mail from an iPhone: identifier and password lost, UAI given.",
  ("Julien Brunet", "julien.brunet@ac-orleans-tours.fr"),
  "Identifiant ???",
  """Je ne connais ni mon identifiant ni mon mot de passe pour e-sidoc et
personne ne sait me répondre au collège. 0360844X Châteauroux.
Une réponse aujourd'hui svp.

Envoyé de mon iPhone
""", client="ap")

M("password_reset", False, "0350517X", "esidoc", True, "fr",
  "Asks for the new password to be sent to her personal Gmail address, which is not on file: no automatic answer.",
  ("Hélène Cadiou", "helene.cadiou35@gmail.com"),
  "Envoyez-moi le mot de passe sur CETTE adresse",
  """Bonjour,

Je n'ai pas accès à la boîte académique du collège (0350517X, Rennes)
et j'en ai assez d'attendre que quelqu'un me transfère vos mails.
Envoyez le nouveau mot de passe e-sidoc directement ici, sur mon gmail,
c'est plus simple pour tout le monde.

Merci
Hélène Cadiou
""", client="gm")

M("password_reset", True, "0560753P", "esidoc", True, "fr",
  "Negation: 'ce n'est pas le mot de passe de l'ENT', it is the e-sidoc admin password that was forgotten; UAI given.",
  ("Loïc Tanguy", "loic.tanguy@ac-rennes.fr"),
  "Pas l'ENT ! le portail CDI",
  """Bonjour,

Le rectorat m'a renvoyé vers vous, donc je précise tout de suite :
ce n'est PAS mon mot de passe ENT qui pose problème (celui-là marche),
c'est le mot de passe d'administration du portail e-sidoc du CDI que j'ai
oublié.

Collège Jules Simon, Vannes - 0560753P.

Loïc Tanguy
""", client="zb")

M("password_reset", True, "0371180G", "esidoc", False, "en",
  "English-speaking assistant of an international section: lost e-sidoc admin password, UAI given.",
  ("Rebecca Hollis", "rebecca.hollis@ac-orleans-tours.fr"),
  "Locked out of e-sidoc - need access before Monday",
  """Hello,

I run the library of the international section at Lycée Grandmont
(UAI 0371180G, Tours). I have forgotten the admin password for our
e-sidoc portal and the parents' evening is on Monday.

Could you please send a reset link? This is quite urgent.

Thanks,
Rebecca Hollis
Library assistant, international section
""", client="gm")

M("password_reset", False, "0292758R", "esidoc", False, "fr",
  "Reply (Outlook '-----Message d'origine-----') to the reset answer: nobody can read the school's official mailbox, so the head-of-establishment procedure needs a person.",
  ("Marc Le Roux", "marc.le-roux@ac-rennes.fr"),
  "RE: [Ticket #48213] Mot de passe portail",
  """Bonjour,

Votre lien est parti sur la boîte officielle du lycée, que PERSONNE ne
relève depuis que la secrétaire est en arrêt. Donc je suis toujours
bloqué. Qu'est-ce que je fais ? Le proviseur doit vous écrire ?

Marc Le Roux
Lycée de Kerichen, Brest (0292758R)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 20 janvier 2025 09:14
À : Marc Le Roux <marc.le-roux@ac-rennes.fr>
Objet : [Ticket #48213] Mot de passe portail

Bonjour,
Le lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement. Il est valable 12 heures.
""", client="ol", reply=True)

M("password_reset", True, "0412541P", "esidoc", False, "fr",
  "Typos and anger, expired password message on login; UAI given.",
  ("Fabienne Dubreuil", "fabienne.dubreuil@ac-orleans-tours.fr"),
  "mot de pase expiré ???",
  """Bonjour

Le site me dit que mon mot de pase est expiré et me demande de le changer
mais quand je valide il me met une erreur. Franchement vous pourriez
tester vos outils avant. Je veux juste pouvoir acceder au portail !!!

College Louis Pasteur Vendome 0412541P

Fabienne Dubreuil
""", client="tb")

M("password_reset", False, "0221146B", "esidoc", True, "fr",
  "Quoted history is about a MailInBlack problem solved earlier; the new text is a forgotten password, and the sender threatens to escalate, so a person reviews.",
  ("Soizic Le Corre", "soizic.le-corre@ac-rennes.fr"),
  "Re: MailInBlack bloque vos messages",
  """Bonjour,

Le souci de MailInBlack est réglé, merci. Mais maintenant c'est le mot de
passe e-sidoc que je n'ai plus (changement de poste, personne ne me l'a
transmis). Collège Anatole Le Braz, Saint-Brieuc, 0221146B.

Je préviens : si je dois attendre encore une semaine comme la dernière fois,
j'écris directement à la DANE.

Soizic Le Corre

Le mar. 7 janv. 2025 à 14:31, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Vos messages sont retenus par MailInBlack. Voici le guide pour
> ajouter notre adresse à la liste blanche...
""", client="gm", reply=True)

M("password_reset", True, "0180957T", "esidoc", False, "fr",
  "Principal's assistant writes for the librarian; a forgotten password, UAI given, no written authorisation asked.",
  ("Isabelle Girard", "isabelle.girard@ac-orleans-tours.fr"),
  "Mot de passe oublié - documentaliste absente",
  """Bonjour,

Notre documentaliste est absente et nous devons accéder au portail e-sidoc
du collège (0180957T, Vierzon) pour la semaine de la presse. Le mot de passe
n'est noté nulle part. Pouvez-vous nous envoyer un lien de réinitialisation ?

C'est urgent, les classes arrivent mardi.

Isabelle Girard
Secrétariat de direction
""", client="ol")

M("password_reset", False, None, "esidoc", False, "en",
  "English, no UAI and a free-mail address; angry about a lost password: the establishment must be identified by a person.",
  ("Tom Barker", "tombarker.teach@outlook.com"),
  "THIRD email - still no password",
  """This is the THIRD time I am writing. I am the new librarian at a lycée in
Rennes and I cannot log in to the school's e-sidoc admin. Nobody answered
my previous two emails.

Please just send me a password. I have classes waiting.

Tom
""", client="ol")

M("password_reset", True, "0361669U", "esidoc", True, "fr",
  "UAI in lower case in the signature only ('0361669u'); forgotten password.",
  ("Pauline Rigaud", "pauline.rigaud@ac-orleans-tours.fr"),
  "Accès administrateur perdu",
  """Bonjour,

J'ai perdu mon mot de passe administrateur e-sidoc. J'ai un conseil
pédagogique demain où je dois présenter la politique documentaire,
j'ai besoin du portail.

Merci d'avance de votre réactivité.

--
Pauline Rigaud
Professeure documentaliste
Collège Les Capucins - Issoudun - rne 0361669u
""", client="tb")

M("password_reset", True, "0562629D", "espace_acheteur", False, "fr",
  "Quoted-printable Outlook mail in capitals: Espace Acheteur password forgotten, UAI given.",
  ("Gildas Le Floch", "gildas.le-floch@ac-rennes.fr"),
  "ESPACE ACHETEUR - MOT DE PASSE",
  """Bonjour,

IMPOSSIBLE DE ME CONNECTER A L'ESPACE ACHETEUR, J'AI OUBLIÉ MON MOT DE
PASSE. Lycée Joseph Loth, Pontivy, 0562629D.
J'ai des bons de commande en attente depuis une semaine !

Cordialement,
Gildas Le Floch
Gestionnaire
""", client="ol")
# ---------------------------------------------------------------- missing_noreply_mail (16)
M("missing_noreply_mail", True, "0351121D", "espace_acheteur", False, "fr",
  "Activation mail for the Espace Acheteur never arrived; no anti-spam product named; first message.",
  ("Christelle Jégou", "christelle.jegou@ac-rennes.fr"),
  "Toujours pas de mail d'activation !!",
  """Bonjour,

Je me suis inscrite sur l'Espace Acheteur lundi et je n'ai JAMAIS reçu le
mail d'activation. J'ai des devis à demander avant la fin du mois.

Lycée Jean Macé, Rennes - 0351121D.

Merci de me renvoyer ce mail au plus vite.

Christelle Jégou
Adjointe gestionnaire
""", client="ol")

M("missing_noreply_mail", True, None, "esidoc", False, "fr",
  "New-password mail from the no-reply address never arrives; no UAI, region from the ac-orleans-tours.fr domain.",
  ("Bruno Lecomte", "bruno.lecomte@ac-orleans-tours.fr"),
  "aucun mail reçu",
  """Bonjour,

J'ai demandé 4 fois un nouveau mot de passe e-sidoc hier soir. Le site dit
« un mail vous a été envoyé ». Je n'ai RIEN reçu, ni dans la boîte de
réception ni ailleurs.

Ca commence à bien faire.

B. Lecomte
""", client="tb")

M("missing_noreply_mail", False, "0290312G", "esidoc", False, "fr",
  "Third relaunch after the junk-folder answer: still nothing after a week, asks for the region to step in; the template was already sent.",
  ("Nolwenn Caradec", "nolwenn.caradec@ac-rennes.fr"),
  "RE: RE: RE: mail de réinitialisation jamais reçu",
  """Bonjour,

Troisième relance. J'ai regardé les indésirables, j'ai ajouté votre
adresse no-reply aux expéditeurs autorisés, comme vous l'avez dit. Rien.
Une semaine que j'attends.

Je demande que mon dossier soit transmis à la région / au rectorat, puisque
vos réponses automatiques ne servent à rien.

Nolwenn Caradec
Collège du Porzou, Concarneau - 0290312G

-----Message d'origine-----
De : Assistance
Envoyé : mardi 21 janvier 2025 08:03
Objet : RE: mail de réinitialisation jamais reçu

Bonjour, vérifiez votre dossier de courriers indésirables et ajoutez
l'adresse no-reply à vos contacts. Sans nouvelles sous 48 h, ...
""", client="ol", reply=True)

M("missing_noreply_mail", True, "0280914S", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the lycée does NOT use it: missing no-reply mail, not mailinblack_spam.",
  ("Stéphane Marchal", "stephane.marchal@ac-orleans-tours.fr"),
  "Mail de confirmation introuvable (et NON ce n'est pas MailInBlack)",
  """Bonjour,

Avant qu'on me réponde encore « MailInBlack » : nous n'avons PAS
MailInBlack au lycée, notre DSI me l'a confirmé. Le mail de confirmation
de l'Espace Acheteur n'est simplement jamais arrivé.

Lycée Marceau, Chartres - 0280914S.

Stéphane Marchal
Gestionnaire
""", client="zb")

M("missing_noreply_mail", True, "0560845P", "esidoc", False, "fr",
  "Notifications of reservations from the portal's no-reply address stopped arriving; no filter named.",
  ("Annaïg Le Berre", "annaig.le-berre@ac-rennes.fr"),
  "Plus aucune notification de réservation",
  """Bonjour,

Depuis les vacances, je ne reçois plus les notifications de réservation
du portail (l'adresse no-reply). Les élèves réservent, je ne suis pas
prévenue, et ils viennent me reprocher que les livres ne sont pas prêts.

Collège Saint-Exupéry, Lorient, 0560845P.

Merci de vérifier de votre côté.

Annaïg
""", client="gm")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "English buyer from a private foundation school: never received the sign-up confirmation; no UAI, non-academic domain.",
  ("Daniel Morgan", "d.morgan@ecole-internationale-bretagne.org"),
  "Still no confirmation email",
  """Hi,

I registered on your Espace Acheteur three days ago and I still have not
received the confirmation email. We have a purchase to make before the
end of the week. Can you resend it, please?

Regards,
Daniel Morgan
Finance office
""", client="ap")

M("missing_noreply_mail", True, "0372570T", "espace_acheteur", True, "fr",
  "Looks like a password problem but the reset tool works: the new-password mail never arrives, which the taxonomy files under missing_noreply_mail.",
  ("Véronique Salmon", "veronique.salmon@ac-orleans-tours.fr"),
  "Problème de mot de passe (encore)",
  """Bonjour,

Je clique sur « mot de passe oublié », je saisis mon adresse, le site
confirme l'envoi... et le mail ne vient jamais. Même pas dans les spams.
Ça fait la troisième fois cette année. Lycée Balzac, Tours (0372570T).

Véronique Salmon
Service intendance
""", client="tb")

M("missing_noreply_mail", True, "0180121J", "esidoc", False, "fr",
  "Gmail-style no accents: activation link of the new portal account never received.",
  ("Aurelie Barbier", "aurelie.barbier@ac-orleans-tours.fr"),
  "lien d activation",
  """Bonjour
je n ai toujours pas recu le lien d activation pour mon compte sur le
portail du cdi (college de Saint-Amand, 0180121J). j ai verifie partout.
On m a dit 24h, ca fait 5 jours.
merci
Aurelie
""", client="gm")

M("missing_noreply_mail", True, "0412876D", "espace_acheteur", False, "fr",
  "Base64 body; expected no-reply mail with the connection link after the platform migration.",
  ("Hervé Lambert", "herve.lambert@ac-orleans-tours.fr"),
  "Migration : où est le mail de connexion ?",
  """Bonjour,

Vous annoncez la migration vers le nouvel Espace Acheteur et dites qu'un
mail de connexion sera envoyé automatiquement. Je ne l'ai pas eu, mes
collègues des autres lycées si. Lycée Dessaignes, Blois, 0412876D.

Nous avons une commande de manuels à passer avant le 15. Merci.

Hervé Lambert
""", client="b64")

M("missing_noreply_mail", False, "0351771K", "esidoc", True, "fr",
  "Two topics: activation mail never arrived (main) and a question about who is the administrator (account_creation); a single template would not answer both.",
  ("Pierre-Yves Huet", "pierre-yves.huet@ac-rennes.fr"),
  "Pas de mail + qui est l'administrateur ?",
  """Bonjour,

D'une part je n'ai toujours pas reçu le mail d'activation de mon compte
e-sidoc. D'autre part, personne au lycée ne sait qui est l'administrateur
de notre structure. Pouvez-vous me le dire ?

Lycée Chateaubriand, Rennes, 0351771K.

Pierre-Yves Huet
""", client="tb")

M("missing_noreply_mail", True, "0221568K", "esidoc", False, "en",
  "English teacher-librarian, never got the no-reply reset email; UAI given.",
  ("Siobhan Kelly", "siobhan.kelly@ac-rennes.fr"),
  "Reset email never arrives",
  """Hello,

I requested a password reset for the e-sidoc portal of Collège Léonard
de Vinci, Guingamp (0221568K) twice today, but the email never arrives -
not in my inbox, not in junk. I have an inspection visit on Thursday.

Please help.
Siobhan Kelly
""", client="tb")

M("missing_noreply_mail", False, None, "espace_acheteur", False, "fr",
  "Reply after the 48-hour follow-up: still nothing, asks to be routed to the region; region from the ac-rennes.fr domain.",
  ("Catherine Le Gall", "catherine.le-gall@ac-rennes.fr"),
  "Re: [Ticket #48877] Mail de confirmation",
  """Non, ça n'a pas réglé le problème, comme je vous l'avais dit dès le
départ. Toujours aucun mail, 48 heures après. Transmettez à la région,
je n'en peux plus de tourner en rond.

Catherine Le Gall

Le 28/01/2025 à 08:00, Assistance a écrit :
> Bonjour, votre problème est-il résolu ? Si le mail n'est toujours pas
> arrivé, répondez à ce message.
""", client="zb", reply=True)

M("missing_noreply_mail", True, "0451393V", "espace_acheteur", False, "fr",
  "Apple Mail, irritated buyer, activation code mail never arrived.",
  ("Agnès Perrot", "agnes.perrot@ac-orleans-tours.fr"),
  "code d'activation jamais reçu",
  """Bonjour,

Le code d'activation de l'Espace Acheteur n'arrive pas. Pas de message,
pas de spam, rien. Collège Jean Rostand, Orléans - 0451393V.

Je n'ai pas que ça à faire.

Agnès Perrot
Envoyé de mon iPad
""", client="ap")

M("missing_noreply_mail", True, "0562631F", "esidoc", True, "fr",
  "Quoted history is an old order question; the new text is about missing portal notifications from the no-reply address.",
  ("Ronan Jaouen", "ronan.jaouen@ac-rennes.fr"),
  "Re: devis abonnement 2024",
  """Bonjour,

Rien à voir avec le devis ci-dessous (réglé depuis). Les mails
automatiques du portail (nouvelles acquisitions, réservations) ne nous
parviennent plus depuis deux semaines. Lycée Lesage, Vannes, 0562631F.

Ronan Jaouen

Le 03/10/2024 à 11:20, commercial@assistance.example.fr a écrit :
> Veuillez trouver ci-joint le devis pour le renouvellement de votre
> abonnement e-sidoc 2024-2025.
""", client="tb", reply=True)

M("missing_noreply_mail", True, "0370366X", "esidoc", False, "fr",
  "HTML-only webmail message: validation mail of the account never arrived.",
  ("Mélanie Roger", "melanie.roger@ac-orleans-tours.fr"),
  "URGENT mail de validation",
  """Bonjour,

URGENT : mail de validation jamais reçu pour l'accès au portail du CDI du
collège Pierre de Ronsard, Amboise (0370366X).
Rentrée des vacances lundi, il me faut l'accès.

Mélanie Roger
""", client="html")

M("missing_noreply_mail", True, "0361323T", "espace_acheteur", False, "fr",
  "Thunderbird, terse, no-reply activation mail missing before an order deadline.",
  ("Francis Auclair", "francis.auclair@ac-orleans-tours.fr"),
  "Espace acheteur : pas de mail",
  """Bonjour,

Pas de mail d'activation reçu depuis mon inscription (lycée Jean Giraudoux,
Châteauroux - 0361323T). Date limite de commande vendredi.

Francis Auclair, gestionnaire
""", client="tb")
# ---------------------------------------------------------------- mailinblack_spam (13)
M("mailinblack_spam", True, "0291622F", "esidoc", False, "fr",
  "MailInBlack named: the reset mail is held in the MailInBlack quarantine; first message.",
  ("Tristan Abgrall", "tristan.abgrall@ac-rennes.fr"),
  "Vos mails bloqués par MailInBlack",
  """Bonjour,

Notre collège utilise MailInBlack et vos mails de réinitialisation restent
bloqués en quarantaine. Je ne peux pas les libérer moi-même.
Collège de Kerzourat, Landerneau - 0291622F.

Comment faire ? J'ai besoin de mon accès avant jeudi.

Tristan Abgrall
""", client="zb")

M("mailinblack_spam", False, "0452069E", "espace_acheteur", True, "fr",
  "Challenge described ('prouver que vous n'êtes pas un robot') without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks.",
  ("Sylvie Marchand", "sylvie.marchand@ac-orleans-tours.fr"),
  "Vos messages n'arrivent jamais !!!",
  """Bonjour,

Notre informaticien dit que vos messages sont « en attente de validation
de l'expéditeur » : notre messagerie vous envoie un mail pour que vous
prouviez que vous n'êtes pas un robot, et visiblement personne ne clique
chez vous. Du coup nous ne recevons RIEN de l'Espace Acheteur.

Lycée Durzy, Villemandeur - 0452069E.

Sylvie Marchand
Gestionnaire
""", client="ol")

M("mailinblack_spam", False, "0222928N", "esidoc", False, "fr",
  "Third complaint about MailInBlack blocking the portal mails; the guide was already sent, a person must contact the IT department via the region.",
  ("Jean-Marc Rolland", "jean-marc.rolland@ac-rennes.fr"),
  "3e relance - MailInBlack - RIEN NE BOUGE",
  """Bonjour,

Troisième message. Vous m'avez envoyé votre guide MailInBlack, je l'ai
transmis à la DSI de la collectivité, ils disent que ce n'est pas à eux de
le faire. Résultat : toujours bloqué, toujours pas de mot de passe.

Je veux que VOUS contactiez la région ou le service informatique.
Collège Racine, Saint-Brieuc, 0222928N.

J.-M. Rolland
""", client="tb", reply=True)

M("mailinblack_spam", True, "0180641Z", "espace_acheteur", False, "fr",
  "Gmail style; MailInBlack quarantine holds the Espace Acheteur activation mail.",
  ("Laetitia Cornu", "laetitia.cornu@ac-orleans-tours.fr"),
  "mailinblack",
  """Bonjour,
le mail d'activation de l'espace acheteur est bloqué par mailinblack chez
nous (je le vois dans les messages en attente mais impossible de l'ouvrir).
College Le Colombier, Bourges, 0180641Z.
Merci de m'indiquer la procédure.
L. Cornu
""", client="gm")

M("mailinblack_spam", True, "0350987H", "esidoc", False, "en",
  "English IT technician: MailInBlack quarantines the no-reply sender; asks what to allow-list.",
  ("Alex Turner", "alex.turner@ac-rennes.fr"),
  "MailInBlack quarantining your no-reply address",
  """Hello,

I'm the IT technician at Lycée Victor et Hélène Basch, Rennes
(UAI 0350987H). Our MailInBlack filter keeps quarantining the e-sidoc
no-reply messages, so our librarian never gets her reset emails.

Which sender addresses and domains should we allow-list?

Best,
Alex Turner
""", client="ol")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "MailInBlack named, sender from the ac-rennes.fr domain without a UAI; the activation mail is held.",
  ("Élodie Riou", "elodie.riou@ac-rennes.fr"),
  "Mail bloqué par Mail In Black",
  """Bonjour,

Votre mail d'activation est retenu par « Mail In Black » sur notre
messagerie. C'est la 2e fois que ça arrive. Que dois-je faire pour le
débloquer ? Je suis pressée, la commande doit partir cette semaine.

Élodie Riou
Gestionnaire
""", client="ap")

M("mailinblack_spam", False, "0281384C", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack blocks the activation mail (main) and a request for a quote (order_billing); one template would not cover the quote.",
  ("Thierry Vasseur", "thierry.vasseur@ac-orleans-tours.fr"),
  "Blocage MailInBlack ET devis",
  """Bonjour,

1. Vos mails sont bloqués par MailInBlack au lycée Silvia Monfort
(Luisant, 0281384C), je ne peux pas activer mon compte.
2. Il me faut aussi un devis pour 30 licences avant le conseil
d'administration de jeudi.

Merci de traiter LES DEUX points.

Thierry Vasseur
""", client="ol")

M("mailinblack_spam", True, "0561695N", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-rennes.fr sender address; the secretary reports the MailInBlack quarantine of the reset mail.",
  ("Secrétariat Lycée Colbert", "ce.0561695N@ac-rennes.fr"),
  "Message en quarantaine MailInBlack",
  """Bonjour,

Nous voyons dans MailInBlack un message de votre plateforme en
quarantaine, qui semble contenir le lien de réinitialisation demandé par
notre documentaliste. Comment l'autoriser définitivement ?

Le secrétariat
""", client="ol")

M("mailinblack_spam", True, "0410370E", "espace_acheteur", False, "fr",
  "Angry capitals about MailInBlack blocking every mail from the buyer space.",
  ("Dominique Lefort", "dominique.lefort@ac-orleans-tours.fr"),
  "TOUT EST BLOQUE",
  """Bonjour,

MAILINBLACK BLOQUE TOUS VOS MESSAGES. Je n'ai reçu aucune notification de
l'Espace Acheteur depuis un mois. Collège Clemenceau, Romorantin,
0410370E. Que faut-il faire ???

D. Lefort
""", client="tb")

M("mailinblack_spam", True, "0290563E", "esidoc", False, "fr",
  "Quoted-printable Zimbra message: the librarian received a MailInBlack 'validez votre envoi' notice about the desk's mail.",
  ("Maëlle Quéré", "maelle.quere@ac-rennes.fr"),
  "Votre mail est resté chez MailInBlack",
  """Bonjour,

Mon collègue de l'informatique me dit que votre message (lien e-sidoc)
est resté bloqué chez MailInBlack parce que votre plateforme n'a pas validé
l'authentification demandée. Pouvez-vous faire le nécessaire ou me dire
quoi faire de mon côté ?

Collège Laennec, Pont-l'Abbé - 0290563E

Maëlle Quéré
""", client="zb")

M("mailinblack_spam", True, "0371459K", "espace_acheteur", False, "en",
  "English buyer: notifications held by MailInBlack.",
  ("Grace Whitfield", "grace.whitfield@ac-orleans-tours.fr"),
  "Your emails are blocked by MailInBlack",
  """Hi,

Our school uses MailInBlack and every email from your Espace Acheteur is
stuck in quarantine. Lycée Descartes, Tours, UAI 0371459K.
What do we need to allow? We have orders to validate by Friday.

Grace Whitfield
Bursar's office
""", client="gm")

M("mailinblack_spam", True, "0560394Z", "esidoc", True, "fr",
  "UAI written in lower case with a space ('0560394 z'); MailInBlack named.",
  ("Yannick Le Du", "yannick.ledu@gmail.com"),
  "bloqué mailinblack",
  """Bonjour,

Le lien de votre mail est bloqué par MailInBlack au lycée (notre code :
0560394 z). Je vous écris depuis mon adresse perso puisque la pro ne reçoit
rien. Merci de me dire comment débloquer.

Yannick Le Du, documentaliste
""", client="gm")

M("mailinblack_spam", False, "0452952P", "esidoc", True, "fr",
  "Explicitly not a junk-folder issue, it is MailInBlack; already sent the guide to the IT department who refuses: region must contact IT.",
  ("Caroline Texier", "caroline.texier@ac-orleans-tours.fr"),
  "Ce ne sont pas mes spams, c'est MailInBlack",
  """Bonjour,

Ne me répondez pas encore « regardez dans vos spams » : ce n'est pas dans
mes spams, c'est MailInBlack qui retient vos messages. Notre service
informatique refuse de toucher aux règles sans une demande officielle.
Pouvez-vous passer par le rectorat ?

Lycée Voltaire, Orléans - 0452952P

Caroline Texier
""", client="tb")
# ---------------------------------------------------------------- head_of_establishment_request (14)
M("head_of_establishment_request", False, "0292021P", "esidoc", False, "fr",
  "The principal writes from the ce.<UAI> address to change the e-sidoc administrator after the librarian left; angry about delays.",
  ("Principal Collège de Kerhallet", "ce.0292021P@ac-rennes.fr"),
  "Changement d'administrateur e-sidoc - demande du principal",
  """Madame, Monsieur,

Je suis le principal du collège de Kerhallet à Brest. Notre documentaliste
a quitté l'établissement et l'accès administrateur e-sidoc est toujours à
son nom. Je vous demande par la présente de désigner Mme Anne Le Meur
(anne.le-meur@ac-rennes.fr) comme nouvelle administratrice.

Je vous ai déjà téléphoné deux fois sans suite. J'attends une réponse
écrite avant la fin de la semaine.

Hervé Kerléo
Principal
""", client="ol")

M("head_of_establishment_request", False, "0450856L", "esidoc", True, "fr",
  "The proviseure herself asks for the admin password reset and a new contact address: a head-of-establishment request, not password_reset.",
  ("Proviseure Lycée en Forêt", "ce.0450856L@ac-orleans-tours.fr"),
  "Réinitialisation du mot de passe administrateur - demande officielle",
  """Bonjour,

En ma qualité de proviseure du lycée en Forêt (Montargis), je vous demande
de réinitialiser le mot de passe administrateur de notre portail e-sidoc
et d'enregistrer comme adresse de contact cdi.lyceeenforet@ac-orleans-tours.fr.

Nous avons une inspection demain. Merci d'agir en conséquence.

Martine Delorme
Proviseure
""", client="ol")

M("head_of_establishment_request", False, "0351659N", "espace_acheteur", False, "fr",
  "Head authorises, in writing, an order above the threshold; needs human approval.",
  ("Proviseur Lycée Jean Jaurès", "ce.0351659N@ac-rennes.fr"),
  "Autorisation de commande - Lycée Jean Jaurès",
  """Madame, Monsieur,

J'autorise par le présent message la commande n° 2025-0117 passée par
notre gestionnaire M. Briand sur l'Espace Acheteur. Elle est bloquée en
attente de validation du chef d'établissement depuis dix jours, ce qui est
inacceptable compte tenu du vote du conseil d'administration.

Merci de la débloquer sans délai.

Le proviseur,
Jacques Morvan
Lycée Jean Jaurès, Rennes
""", client="zb")

M("head_of_establishment_request", False, "0181922S", "esidoc", True, "fr",
  "The librarian relays the principal's signed letter (PDF attached, principal in copy) asking for a change of administrator; staff must check the letter.",
  ("Marie Joly", "marie.joly@ac-orleans-tours.fr"),
  "Courrier de Mme la principale - changement d'administrateur",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de Mme la principale demandant
que je devienne administratrice du portail e-sidoc du collège Voltaire
(Saint-Florent-sur-Cher, 0181922S). Elle est en copie.

C'est notre troisième demande. Merci de la traiter cette fois.

Marie Joly
Professeure documentaliste
""", client="tb", attach=[("courrier_principale_administrateur.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0560668X", "esidoc", True, "fr",
  "Claims to be the principal but writes from a Gmail address with no UAI-matching official mailbox, asking to move the admin account to it: probable spoof, still a head request for staff to refuse or verify.",
  ("Principal Collège Montaigne", "principal.montaigne.vannes@gmail.com"),
  "TRES URGENT - transfert des accès administrateur",
  """Bonjour,

Je suis le principal du collège Montaigne de Vannes (0560668X). Je vous
demande de transférer IMMÉDIATEMENT les accès administrateur e-sidoc sur
cette adresse. Je n'ai pas le temps de passer par la boîte du collège,
le conseil d'administration est ce soir.

Merci de confirmer par retour.
""", client="gm")

M("head_of_establishment_request", False, "0360906P", "espace_acheteur", False, "fr",
  "The principal, from the official address, asks to replace the buyer account administrator; threatens the rectorat.",
  ("Principal Collège Beaumont", "ce.0360906P@ac-orleans-tours.fr"),
  "Remplacement de l'administrateur - Espace Acheteur",
  """Madame, Monsieur,

Notre gestionnaire est partie à la retraite en décembre. Je vous demande
de désigner M. Olivier Gautier (olivier.gautier@ac-orleans-tours.fr) comme
administrateur de notre structure sur l'Espace Acheteur.

Sans réponse d'ici lundi, je saisirai les services du rectorat.

Le principal
Collège Beaumont, Châteauroux
""", client="ol")

M("head_of_establishment_request", False, "0220218T", "esidoc", False, "en",
  "English head teacher of a bilingual school authorises a new contact address for the portal administrator.",
  ("Head Teacher", "ce.0220218T@ac-rennes.fr"),
  "Written authorisation - new administrator contact",
  """Dear support team,

As head of Collège Diwan (Saint-Brieuc area), I hereby authorise you to
change the contact address of our e-sidoc administrator to
library.diwan@ac-rennes.fr. Our previous librarian has left and we have
been unable to manage the portal for a month.

Please confirm in writing.

Kind regards,
Fiona MacLeod
Head teacher
""", client="ol")

M("head_of_establishment_request", False, "0371334Z", "esidoc", True, "fr",
  "UAI only in the signature, written with spaces ('037 1334 Z'); the directrice authorises a password reset of the administrator account.",
  ("Directrice", "direction.ecole.rabelais@orange.fr"),
  "demande de réinitialisation",
  """Bonjour,

Directrice de l'école Rabelais, j'autorise la réinitialisation du mot de
passe administrateur du portail de l'école, notre enseignante
référente ne s'en souvient plus. C'est la 2e fois que je vous le demande.

Cordialement,
Florence Blin
Directrice - École Rabelais, Chinon
UAI 037 1334 Z
""", client="ap")

M("head_of_establishment_request", False, "0412998L", "espace_acheteur", False, "fr",
  "The proviseur authorises an order blocked in the buyer space before the board meeting tonight.",
  ("Proviseur Lycée Camille Claudel", "ce.0412998L@ac-orleans-tours.fr"),
  "Validation commande - CA CE SOIR",
  """Bonjour,

Je valide la commande de matériel du lycée Camille Claudel (Blois) en
attente sur votre plateforme. Le conseil d'administration se tient CE SOIR
et je dois pouvoir annoncer que la commande est partie.

Le proviseur,
Philippe Arnaud
""", client="ol")

M("head_of_establishment_request", False, "0290742Z", "esidoc", True, "fr",
  "Written by the principal: asks in writing for the librarian's admin reset and complains of having to ask twice; the head's request, not a plain password_reset.",
  ("Anne Le Moal", "anne.le-moal@ac-rennes.fr"),
  "Demande du chef d'établissement - accès portail CDI",
  """Bonjour,

Je suis principale adjointe faisant fonction de cheffe d'établissement au
collège de l'Élorn (0290742Z). Je demande la réinitialisation du mot de
passe administrateur e-sidoc ; notre documentaliste vous a déjà écrit
sans résultat. Merci d'envoyer le lien sur la boîte officielle du collège.

Anne Le Moal
Principale adjointe, faisant fonction
""", client="tb")

M("head_of_establishment_request", False, "0561244Y", "espace_acheteur", False, "fr",
  "Head of establishment asks to change the administrator of the buyer account; signed as proviseur from the ce.<UAI> address.",
  ("Lycée Dupuy de Lôme - Direction", "ce.0561244Y@ac-rennes.fr"),
  "Changement administrateur structure",
  """Madame, Monsieur,

Le proviseur du lycée Dupuy de Lôme demande que l'administration de notre
structure sur l'Espace Acheteur soit confiée à Mme Gaëlle Nicol,
gestionnaire, en remplacement de M. Ruellan, muté.

Cette demande a déjà été faite en novembre. Je m'étonne qu'elle ne soit
toujours pas traitée.

Le proviseur
""", client="ol")

M("head_of_establishment_request", False, "0282308G", "esidoc", False, "fr",
  "Principal of a collège asks in writing to reset the admin contact address; base64 body from a mobile client.",
  ("Principal collège Soutine", "ce.0282308G@ac-orleans-tours.fr"),
  "Adresse de contact administrateur",
  """Bonjour,

Principal du collège, je vous demande de remplacer l'adresse de contact de
l'administrateur du portail documentaire par la boîte officielle du
collège. L'ancienne adresse n'existe plus, ce qui bloque tout.

Merci de traiter rapidement, nous avons une visite de l'IA-IPR jeudi.

Le principal
Collège Chaïm Soutine - Dreux
""", client="b64")

M("head_of_establishment_request", False, "0352450Y", "espace_acheteur", True, "fr",
  "Two topics: the proviseure authorises an order (main) and complains about a late invoice; a person handles both.",
  ("Proviseure Lycée Bertrand d'Argentré", "ce.0352450Y@ac-rennes.fr"),
  "Autorisation commande + facture",
  """Bonjour,

J'autorise la commande de livres passée par notre documentaliste sur
l'Espace Acheteur (attente de validation chef d'établissement).

Par ailleurs nous attendons toujours la facture de la commande de
septembre, notre agent comptable me relance chaque semaine.

La proviseure
Lycée Bertrand d'Argentré, Vitré
""", client="ol")

M("head_of_establishment_request", False, "0452035T", "esidoc", False, "fr",
  "HTML-only message from the proviseur, official address: authorises a new administrator.",
  ("Lycée Benjamin Franklin", "ce.0452035T@ac-orleans-tours.fr"),
  "Nouvel administrateur - autorisation",
  """Madame, Monsieur,

En tant que proviseur du lycée Benjamin Franklin (Orléans), j'autorise
M. Romain Dufour, professeur documentaliste, à devenir administrateur de
notre portail e-sidoc.

Je vous remercie de bien vouloir procéder au changement dans les meilleurs
délais : c'est la troisième fois que nous formulons cette demande.

Le proviseur
""", client="html")
# ---------------------------------------------------------------- order_billing (12)
M("order_billing", False, "0291109Y", "espace_acheteur", False, "fr",
  "Invoice not visible in Chorus Pro, payment deadline; angry agent comptable.",
  ("Jacqueline Cozic", "jacqueline.cozic@ac-rennes.fr"),
  "Facture absente de Chorus - 2e relance",
  """Bonjour,

Deuxième relance : la facture de notre commande de décembre n'est toujours
pas déposée sur Chorus Pro. Sans elle je ne peux pas payer et vous allez
nous envoyer des pénalités de retard, c'est le monde à l'envers.

Lycée de Cornouaille, Quimper - 0291109Y.

J. Cozic, agent comptable
""", client="ol")

M("order_billing", False, "0411484R", "espace_acheteur", False, "fr",
  "Quote needed before tonight's board meeting, for the bon d'engagement.",
  ("Arnaud Bellec", "arnaud.bellec@ac-orleans-tours.fr"),
  "DEVIS pour ce soir (CA)",
  """Bonjour,

J'ai besoin d'un devis pour le renouvellement de l'abonnement avant 17h :
le conseil d'administration vote ce soir. Sans devis, pas de vote, et
pas de bon d'engagement avant avril.

Collège Joachim du Bellay, Blois (0411484R).

Arnaud Bellec, gestionnaire
""", client="gm")

M("order_billing", False, "0222770S", "espace_acheteur", False, "fr",
  "Order stuck 'en attente de validation' in the basket; third message.",
  ("Karine Le Bras", "karine.le-bras@ac-rennes.fr"),
  "Commande bloquée depuis 3 semaines - 3e message",
  """Bonjour,

Troisième message pour la même commande (panier validé le 6 janvier),
toujours « en attente de validation ». Les manuels devaient être là pour
la rentrée de février. Les familles s'impatientent et c'est moi qu'on
accuse.

Collège Paul Éluard, Guingamp - 0222770S

Karine Le Bras
Secrétaire d'intendance
""", client="ol", reply=True)

M("order_billing", False, None, "espace_acheteur", False, "en",
  "English supplier-side buyer asks about accepted payment means and a purchase order; no UAI, non-academic domain.",
  ("Peter Holt", "p.holt@holt-education.co.uk"),
  "Payment methods and PO - urgent",
  """Hello,

We are placing an order on behalf of a French partner school and need to
know urgently whether you accept payment by bank transfer against a
purchase order, or only by card. Our deadline is this Friday.

Regards,
Peter Holt
Holt Education Ltd
""", client="ol")

M("order_billing", False, "0180107U", "espace_acheteur", True, "fr",
  "Two topics: wrong amount on an invoice (main) and a missing convention in the documents (contract_documents).",
  ("Gilles Tessier", "gilles.tessier@ac-orleans-tours.fr"),
  "Facture erronée !!! et convention",
  """Bonjour,

La facture F-2025-0387 indique 1 480 € au lieu des 1 148 € du devis signé.
Je ne paierai pas ce montant. Corrigez-la.

Accessoirement, la convention d'adhésion n'apparaît toujours pas dans nos
documents.

Lycée Marguerite de Navarre, Bourges - 0180107U
G. Tessier
""", client="tb")

M("order_billing", False, "0350153B", "espace_acheteur", False, "fr",
  "Invoice PDF attached with a VAT error; needs a corrected invoice before the accounting closure.",
  ("Françoise Gicquel", "francoise.gicquel@ac-rennes.fr"),
  "TVA erronée sur facture",
  """Bonjour,

Ci-joint votre facture : la TVA est appliquée à 20 % sur des livres
(5,5 %). Merci de nous adresser une facture rectifiée AVANT le 31,
date de clôture de notre exercice.

Collège Anne de Bretagne, Rennes (0350153B)

F. Gicquel
""", client="ol", attach=[("Facture_F2025-0412.pdf", "application/pdf")])

M("order_billing", False, "0280938T", "espace_acheteur", False, "fr",
  "Basket empties itself before validation, blocking an order; complaint in capitals.",
  ("Jérôme Vallet", "jerome.vallet@ac-orleans-tours.fr"),
  "PANIER QUI SE VIDE",
  """BONJOUR,

A CHAQUE FOIS QUE JE VALIDE MON PANIER IL SE VIDE ET JE DOIS TOUT
RESAISIR. 3 HEURES PERDUES. Lycée Fulbert Chartres 0280938T.
Je dois passer cette commande aujourd'hui.

J. Vallet
""", client="b64")

M("order_billing", False, "0560845P", "espace_acheteur", True, "fr",
  "Quoted history is about missing notifications; the new text asks for a bon d'engagement number to be added to an invoice.",
  ("Armelle Guillou", "armelle.guillou@ac-rennes.fr"),
  "Re: notifications",
  """Bonjour,

Autre sujet : notre agent comptable rejette votre facture parce que le
numéro de bon d'engagement n'y figure pas (BE 2025-014). Pouvez-vous la
rééditer avec ce numéro ? Collège Saint-Exupéry, Lorient, 0560845P.

A. Guillou

Le 10/01/2025 à 09:12, Assistance a écrit :
> Bonjour, vérifiez votre dossier de courriers indésirables...
""", client="gm", reply=True)

M("order_billing", False, "0452986B", "espace_acheteur", False, "en",
  "English: invoice paid twice, asks for a refund.",
  ("Hannah Price", "hannah.price@ac-orleans-tours.fr"),
  "Invoice paid TWICE - refund needed",
  """Hello,

We paid invoice F-2024-2231 twice (once by the old and once by the new
accounting system). Please refund the second payment. Lycée Pothier
section internationale, Orléans, UAI 0452986B.

This needs sorting before our audit next week.

Hannah Price
""", client="gm")

M("order_billing", False, "0370779W", "espace_acheteur", False, "fr",
  "Apple Mail: bon d'engagement uploaded but order still not validated; deadline.",
  ("Sébastien Martin", "sebastien.martin@ac-orleans-tours.fr"),
  "Bon d'engagement déposé - commande toujours bloquée",
  """Bonjour,

J'ai déposé le bon d'engagement mardi dans l'Espace Acheteur, la commande
est toujours « en attente ». Lycée Choiseul, Tours (0370779W).
Le fournisseur menace d'annuler. Merci de valider aujourd'hui.

Sébastien Martin
Envoyé de mon iPhone
""", client="ap")

M("order_billing", False, "0221568K", "esidoc", False, "fr",
  "Asks for a pro forma invoice for the e-sidoc subscription, Zimbra QP.",
  ("Françoise Le Quéré", "francoise.le-quere@ac-rennes.fr"),
  "Facture proforma abonnement",
  """Bonjour,

Je vous demande pour la 2e fois une facture proforma pour l'abonnement
e-sidoc 2025 du collège Léonard de Vinci (Guingamp, 0221568K).
Sans ce document, impossible d'engager la dépense.

Françoise Le Quéré, intendante
""", client="zb")

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "Buyer from a commune asks for an invoice on Chorus with the right SIRET; no UAI, non-academic domain.",
  ("Mairie de Saint-Jean-de-Braye - Achats", "achats@mairie-exemple-loiret.fr"),
  "Facture rejetée Chorus - SIRET",
  """Bonjour,

Votre facture a été rejetée par Chorus Pro : le SIRET indiqué n'est pas
celui de la commune. Merci de la redéposer rapidement, notre trésorerie
nous relance.

Service achats
""", client="ol")
# ---------------------------------------------------------------- account_creation (10)
M("account_creation", False, "0292021P", "espace_acheteur", False, "fr",
  "Account waiting for validation for two weeks; the structure administrator is absent, the region must step in.",
  ("Fanny Le Pape", "fanny.le-pape@ac-rennes.fr"),
  "Compte en attente de validation depuis 15 jours",
  """Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation » depuis
quinze jours. L'administrateur de notre structure est en congé longue
maladie. Qui peut valider ? Collège de Kerhallet, Brest, 0292021P.

Fanny Le Pape
""", client="ol")

M("account_creation", True, "0361579W", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
  ("Émilie Chauvin", "emilie.chauvin@ac-orleans-tours.fr"),
  "Je n'ai PAS oublié mon mot de passe",
  """Bonjour,

On me renvoie sans arrêt vers la page « mot de passe oublié ». Je n'ai pas
perdu mon mot de passe : je n'ai JAMAIS eu de compte ! Je suis arrivée en
janvier au collège (0361579W, Le Blanc) et je voudrais simplement créer
mon compte sur le portail.

Émilie Chauvin
Professeure documentaliste
""", client="tb")

M("account_creation", False, "0350517X", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, a person answers.",
  ("Bertrand Ollivier", "bertrand.ollivier@ac-rennes.fr"),
  "Qui est notre administrateur ???",
  """Bonjour,

Personne au collège ne sait qui est l'administrateur de notre structure sur
l'Espace Acheteur. Comment voulez-vous qu'on travaille ? Pouvez-vous me
donner son nom ? Collège des Gayeulles, Rennes, 0350517X.

B. Ollivier, gestionnaire
""", client="gm")

M("account_creation", True, "0411369R", "esidoc", False, "fr",
  "New librarian asks to create an account; simple first request.",
  ("Lucie Prévost", "lucie.prevost@ac-orleans-tours.fr"),
  "Création de compte",
  """Bonjour,

Nouvelle documentaliste au collège Les Provinces (Blois, 0411369R),
je dois créer mon compte sur le portail avant la semaine prochaine.
Pouvez-vous m'indiquer la démarche ? Merci.

Lucie Prévost
""", client="zb")

M("account_creation", False, None, "espace_acheteur", False, "en",
  "English: newly opened private school wants a buyer account; eligibility must be checked by a person.",
  ("James O'Connor", "j.oconnor@bretagne-intl-school.fr"),
  "Account request for a new school",
  """Hello,

We are a new bilingual school near Vannes that opened in September. We
would like to open an account on the Espace Acheteur. Who should we
contact, and what documents do you need? We are in a hurry as our
first orders are due.

Best regards,
James O'Connor
Administrator
""", client="ap")

M("account_creation", False, "0562629D", "espace_acheteur", False, "fr",
  "Account works but order-management rights are missing; rights to open.",
  ("Nadine Le Strat", "nadine.le-strat@ac-rennes.fr"),
  "Droits de commande manquants",
  """Bonjour,

Je peux me connecter mais je n'ai aucun droit pour passer commande
(le bouton est grisé). Lycée Joseph Loth, Pontivy - 0562629D.
Merci d'ouvrir les droits, je suis gestionnaire, pas simple
consultante !

Nadine Le Strat
""", client="ol")

M("account_creation", True, "0281384C", "esidoc", False, "fr",
  "Asks how to request an account for the CDI; first message, UAI given.",
  ("Antoine Roy", "antoine.roy@ac-orleans-tours.fr"),
  "ouvrir un compte portail",
  """bonjour
je voudrais ouvrir un compte pour le cdi du lycee silvia monfort (0281384C).
on m a dit de vous ecrire. merci de faire vite svp.
antoine roy
""", client="gm")

M("account_creation", False, "0180982V", "espace_acheteur", True, "fr",
  "Two topics: a second account for the deputy gestionnaire (main) and an angry aside about the hotline; a person decides on the rights.",
  ("Olivia Marchetti", "olivia.marchetti@ac-orleans-tours.fr"),
  "Deuxième compte + votre hotline",
  """Bonjour,

Je voudrais qu'on crée un compte pour mon adjoint, M. Rivière, avec les
mêmes droits que moi. Lycée Jacques Cœur, Bourges (0180982V).

Et pour info : votre hotline ne répond JAMAIS, 40 minutes d'attente hier.

O. Marchetti
""", client="tb")

M("account_creation", False, "0352327P", "esidoc", False, "fr",
  "Asks whether both librarians can have administrator accounts: a person answers.",
  ("Gaëlle Morin", "gaelle.morin@ac-rennes.fr"),
  "deux comptes administrateur ?",
  """Bonjour,

Nous sommes deux documentalistes au lycée Bréquigny (0352327P). Est-il
possible que nous ayons chacune un compte administrateur ? On nous a dit
oui puis non, j'aimerais une réponse claire.

Gaëlle Morin
""", client="zb")

M("account_creation", True, "0370696F", "espace_acheteur", False, "en",
  "English assistant asks how to create a buyer account for the collège.",
  ("Laura Bennett", "laura.bennett@ac-orleans-tours.fr"),
  "How do I create an account?",
  """Hello,

I am the new administrative assistant at Collège Ronsard in Tours
(0370696F). How do I create an account on the Espace Acheteur? I need it
before the end of the month.

Thanks,
Laura Bennett
""", client="gm")

# ---------------------------------------------------------------- subscription_activation (10)
M("subscription_activation", True, "0290312G", "esidoc", False, "fr",
  "Ordered two days ago, the resource is not visible yet: within the 72-hour rule.",
  ("Katell Nédélec", "katell.nedelec@ac-rennes.fr"),
  "Abonnement commandé mais invisible",
  """Bonjour,

Nous avons commandé avant-hier l'abonnement Europresse pour le CDI et il
n'apparaît toujours pas dans le portail. Les élèves en ont besoin pour
leurs exposés de vendredi ! Collège du Porzou, Concarneau - 0290312G.

Katell Nédélec
""", client="gm")

M("subscription_activation", False, "0450856L", "esidoc", False, "fr",
  "Ordered three weeks ago and still not active: past the 72-hour rule, a person must look at the order.",
  ("Kevin Pasquier", "kevin.pasquier@ac-orleans-tours.fr"),
  "abonnement tjs pas actif - 3 semaines !!",
  """bonjour

on a commande la ressource numerique il y a 3 SEMAINES et toujours rien
dans le portail. vous dites 72h. lycee en foret 0450856L.
je vais finir par demander le remboursement.

kevin
""", client="b64")

M("subscription_activation", True, "0351659N", "esidoc", True, "fr",
  "Negation: 'je n'ai pas de problème de mot de passe', login works; the resource is not published for pupils.",
  ("Sophie Allain", "sophie.allain@ac-rennes.fr"),
  "Ressource pas visible par les élèves (pas un problème de mot de passe)",
  """Bonjour,

Je n'ai pas de problème de mot de passe, je me connecte très bien. Mais
la ressource que nous avons payée n'apparaît pas côté élèves, seulement
dans le back office. Lycée Jean Jaurès, Rennes - 0351659N.

Merci de m'expliquer comment la publier, l'inspection passe demain.

Sophie Allain
""", client="tb")

M("subscription_activation", True, "0371180G", "esidoc", False, "en",
  "English: new subscription ordered yesterday is not visible.",
  ("Rebecca Hollis", "rebecca.hollis@ac-orleans-tours.fr"),
  "Subscription not showing",
  """Hello again,

We ordered the digital press subscription yesterday, but it does not
appear in our e-sidoc portal (Lycée Grandmont, 0371180G). Is there
anything we should do?

Rebecca
""", client="gm")

M("subscription_activation", True, "0222271Z", "esidoc", False, "fr",
  "Principal asks only when the ordered subscription will be available: not a head-of-establishment request.",
  ("Principal collège Jean Moulin", "ce.0222271Z@ac-rennes.fr"),
  "Date de disponibilité de l'abonnement",
  """Bonjour,

Le collège Jean Moulin (Plérin) a commandé lundi l'abonnement au
service de lecture numérique. Quand sera-t-il disponible ? Je dois
l'annoncer au conseil d'administration ce soir.

Le principal
""", client="ol")

M("subscription_activation", True, "0181922S", "esidoc", False, "fr",
  "Apple Mail: the resource bought is not visible; ordered the day before.",
  ("Marie Joly", "marie.joly@ac-orleans-tours.fr"),
  "Ressource achetée mais absente",
  """Bonjour,

La ressource « BD numériques » commandée hier n'apparaît pas dans
notre portail (collège Voltaire, 0181922S). Merci de vérifier.

Marie Joly
""", client="ap")

M("subscription_activation", False, "0560668X", "esidoc", True, "fr",
  "Reply quoting the 72-hour answer: 10 days later still nothing, so a person must check the order.",
  ("Hélène Jaffré", "helene.jaffre@ac-rennes.fr"),
  "Re: [Ticket #47990] Abonnement non visible",
  """72 heures, vous disiez. Ça fait DIX JOURS. Toujours rien dans le portail
du collège Montaigne (0560668X). Je veux qu'une personne regarde
la commande.

H. Jaffré

Le 15 janv. 2025 à 11:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, l'activation d'un abonnement demande jusqu'à 72 heures.
> Passé ce délai, répondez à ce message.
""", client="ap", reply=True)

M("subscription_activation", True, "0412876D", "esidoc", False, "fr",
  "Quoted-printable Outlook mail: service ordered, not yet accessible.",
  ("Hervé Lambert", "herve.lambert@ac-orleans-tours.fr"),
  "Service commandé non accessible",
  """Bonjour,

Le service de prêt numérique commandé mercredi n'est pas encore
accessible aux élèves du lycée Dessaignes (0412876D). Pouvez-vous me
confirmer le délai ?

Hervé Lambert
""", client="ol")

M("subscription_activation", True, "0292758R", "esidoc", False, "fr",
  "Zimbra; resource not published yet after the order; deadline of a class project.",
  ("Marc Le Roux", "marc.le-roux@ac-rennes.fr"),
  "Abonnement presse pas encore là",
  """Bonjour,

On a commandé l'abonnement presse en ligne avant-hier. Toujours pas visible.
Les terminales ont leur revue de presse lundi. Lycée de Kerichen (0292758R).

Marc Le Roux
""", client="zb")

M("subscription_activation", True, "0360188J", "esidoc", False, "fr",
  "No accents, resource to publish on the portal after purchase.",
  ("Damien Charpentier", "damien.charpentier@ac-orleans-tours.fr"),
  "ressource a publier",
  """Bonjour

nous avons achete une ressource numerique lundi, elle n apparait pas, je
ne sais pas comment la publier. college 0360188J argenton.

merci
""", client="gm")
# ---------------------------------------------------------------- transfer_incident (9)
M("transfer_incident", False, "0350153B", "ecoledirecte", False, "fr",
  "School-management data transfer failing since yesterday, bulletins due tomorrow.",
  ("Yvon Le Guen", "yvon.le-guen@ac-rennes.fr"),
  "TRANSFERT EN ECHEC - conseils de classe demain",
  """Bonjour,

Le transfert des notes vers EcoleDirecte échoue depuis hier soir
(« erreur de synchronisation »). Les conseils de classe commencent DEMAIN.
Collège Anne de Bretagne, Rennes - 0350153B.

Il faut une intervention aujourd'hui.

Yvon Le Guen
Secrétaire de direction
""", client="ol")

M("transfer_incident", False, "0280781X", "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  ("Romain Faure", "romain.faure@ac-orleans-tours.fr"),
  "mot de passe de maintenance",
  """Bonjour,

Il me faut le mot de passe de maintenance du jour pour relancer la
synchronisation, elle est bloquée depuis ce matin. Collège Mathurin
Régnier, Chartres - 0280781X.

Romain Faure, informatique
""", client="tb")

M("transfer_incident", False, "0291120K", "ecoledirecte", False, "fr",
  "Licence to regenerate after a server change; synchronisation stopped.",
  ("Gaël Péron", "gael.peron@ac-rennes.fr"),
  "Licence à régénérer - 2e demande",
  """Bonjour,

Deuxième demande : depuis le changement de serveur, la licence n'est
plus reconnue et plus rien ne se synchronise avec EcoleDirecte. Collège
Max Jacob (0291120K). Merci de régénérer la licence.

Gaël Péron
Référent numérique
""", client="zb")

M("transfer_incident", False, "0371459K", "ecoledirecte", False, "en",
  "English IT staff: nightly data transfer fails with an error code.",
  ("Mark Davies", "mark.davies@ac-orleans-tours.fr"),
  "Nightly sync failing - error 504",
  """Hi,

The nightly data transfer from our school-management server to
EcoleDirecte has failed three nights in a row with error 504.
Lycée Descartes, Tours (0371459K). Reports are due on Friday.

Mark Davies
IT support
""", client="ol")

M("transfer_incident", False, "0222007M", "ecoledirecte", True, "fr",
  "Negation: not the admin password, the daily maintenance password is refused; transfer_incident.",
  ("Alain Corlay", "alain.corlay@ac-rennes.fr"),
  "Ce n'est pas mon mot de passe, c'est celui de maintenance",
  """Bonjour,

Je précise car on m'a renvoyé la procédure « mot de passe oublié » : ce
n'est pas mon mot de passe qui pose problème, c'est le mot de passe de
maintenance du jour qui est refusé par l'outil de transfert.
Collège Jean Monnet, Broons - 0222007M.

A. Corlay
""", client="tb")

M("transfer_incident", False, "0452071G", "ecoledirecte", False, "fr",
  "Emplois du temps not transferred; base64 body.",
  ("Céline Rousseau", "celine.rousseau@ac-orleans-tours.fr"),
  "Emplois du temps pas transférés",
  """Bonjour,

Les emplois du temps ne remontent plus dans EcoleDirecte depuis lundi,
les parents appellent le secrétariat sans arrêt. Collège Montesquieu,
Orléans, 0452071G. C'est intenable.

Céline Rousseau
""", client="b64")

M("transfer_incident", False, "0560394Z", "ecoledirecte", False, "fr",
  "Screenshot attached of a synchronisation error; third relaunch.",
  ("Tanguy Riou", "tanguy.riou@ac-rennes.fr"),
  "RE: synchro en erreur - 3e relance",
  """Bonjour,

Troisième relance, capture d'écran jointe. La synchronisation est en
erreur depuis 8 jours au lycée (0560394Z). Si personne ne me répond
d'ici demain j'écris à la DANE et au rectorat.

Tanguy Riou
""", client="ol", attach=[("erreur_synchro.png", "image/png")], reply=True)

M("transfer_incident", False, "0180779Z", "ecoledirecte", False, "fr",
  "Absences data transfer stuck; Gmail.",
  ("Sabrina Colin", "sabrina.colin@ac-orleans-tours.fr"),
  "absences non transmises",
  """Bonjour,
les absences ne sont plus transmises depuis la mise a jour de mardi.
college 0180779Z (Aubigny). la vie scolaire est paralysee.
merci de regarder en urgence
""", client="gm")

M("transfer_incident", False, "0361799K", "ecoledirecte", False, "fr",
  "Transfer of class lists at the start of the semester fails; the head needs it for a board meeting tonight.",
  ("Frédéric Masson", "frederic.masson@ac-orleans-tours.fr"),
  "Échec import des classes - CA ce soir",
  """Bonjour,

L'import des listes de classes du second semestre échoue (« fichier
refusé »). Le conseil d'administration est ce soir et la principale veut
les effectifs à jour. Collège de Buzançais - 0361799K.

F. Masson, adjoint gestionnaire
""", client="ol")

# ---------------------------------------------------------------- contract_documents (7)
M("contract_documents", False, "0351121D", "espace_acheteur", False, "fr",
  "Market amendment missing from the documents; needed for tonight's board meeting.",
  ("Christelle Jégou", "christelle.jegou@ac-rennes.fr"),
  "Avenant introuvable - CA ce soir",
  """Bonjour,

L'avenant n° 2 du marché de fournitures n'apparaît pas dans « Mes
marchés ». Je dois le présenter au conseil d'administration CE SOIR.
Lycée Jean Macé, Rennes - 0351121D.

C. Jégou
""", client="ol")

M("contract_documents", False, "0412998L", "espace_acheteur", False, "fr",
  "Convention d'adhésion cannot be opened (empty file).",
  ("Vincent Garnier", "vincent.garnier@ac-orleans-tours.fr"),
  "Convention vide",
  """Bonjour,

La convention d'adhésion téléchargée depuis l'Espace Acheteur est un
fichier vide (0 Ko). Deuxième fois que je le signale. Lycée Camille
Claudel, Blois (0412998L).

V. Garnier
""", client="tb")

M("contract_documents", False, None, "espace_acheteur", True, "fr",
  "Could see the market documents on the old platform, not on the new one: contract_documents, close to a rights question; region from ac-rennes.fr.",
  ("Morgane Le Dantec", "morgane.le-dantec@ac-rennes.fr"),
  "Où sont passés nos documents de marché ???",
  """Bonjour,

Sur l'ancienne plateforme je voyais toutes les pièces des marchés. Sur la
nouvelle, RIEN. Le CCAP, les avenants, tout a disparu. Comment voulez-vous
que je prépare le contrôle de l'agent comptable ?

Morgane Le Dantec
Gestionnaire
""", client="zb")

M("contract_documents", False, "0282876Z", "espace_acheteur", False, "en",
  "English: cannot access the framework agreement documents.",
  ("Oliver Grant", "oliver.grant@ac-orleans-tours.fr"),
  "Cannot see contract documents",
  """Hello,

I cannot see the framework agreement documents (CCAP, price schedule) in
the Espace Acheteur for Lycée Edouard Branly, Dreux (0282876Z). Our
audit is on Tuesday. Please advise.

Oliver Grant
""", client="gm")

M("contract_documents", False, "0292021P", "esignature", False, "fr",
  "Signed convention not visible after the electronic signature.",
  ("Hervé Kerléo", "herve.kerleo@ac-rennes.fr"),
  "Convention signée introuvable",
  """Bonjour,

J'ai signé électroniquement la convention la semaine dernière. Elle
n'apparaît nulle part dans nos documents. Collège de Kerhallet, Brest
(0292021P). Le rectorat me la demande.

H. Kerléo, principal
""", client="ol")

M("contract_documents", False, "0370366X", "espace_acheteur", True, "fr",
  "Quoted history is about an account request; the new text is a missing market document.",
  ("Mélanie Roger", "melanie.roger@ac-orleans-tours.fr"),
  "Re: création de compte",
  """Bonjour,

Le compte fonctionne, merci. Par contre le bordereau des prix du
marché n'est pas dans les documents du collège (0370366X). J'en ai
besoin pour vérifier vos factures.

Mélanie Roger

Le 12/01/2025 à 15:40, Assistance a écrit :
> Votre compte est créé, vous pouvez vous connecter.
""", client="html", reply=True)

M("contract_documents", False, "0561695N", "espace_acheteur", False, "fr",
  "Market notification letter missing; attachment of the rectorat's request.",
  ("Gaëlle Nicol", "gaelle.nicol@ac-rennes.fr"),
  "Pièces du marché manquantes",
  """Bonjour,

Ci-joint la demande du rectorat. Il me manque le courrier de notification
et l'acte d'engagement du marché dans nos documents (lycée Colbert,
Lorient - 0561695N). Réponse attendue pour jeudi.

Gaëlle Nicol
""", client="ol", attach=[("demande_rectorat.pdf", "application/pdf")])
# ---------------------------------------------------------------- other (17)
M("other", False, None, None, False, "fr",
  "Angry general complaint about the new interface with no concrete request: feedback for a person.",
  ("Jean-Luc Kerouac", "jean-luc.kerouac@ac-rennes.fr"),
  "VOTRE NOUVELLE INTERFACE EST UNE CATASTROPHE",
  """Bonjour,

Qui a conçu cette nouvelle interface ? Tout est caché, les menus bougent,
rien n'est intuitif. Je perds un temps fou. Je le ferai savoir à mes
collègues et à l'inspection.

Jean-Luc Kerouac
""", client="tb")

M("other", False, None, None, False, "fr",
  "Parent writing about a child's detention to the wrong desk: unrelated mail.",
  ("Sandrine Tessier", "sandrine.tessier45@orange.fr"),
  "Punition injuste de mon fils",
  """Madame, Monsieur,

Mon fils a été collé samedi pour un retard de deux minutes. Je trouve ça
scandaleux et je compte écrire au rectorat si l'établissement ne revient
pas sur cette décision.

Mme Tessier
""", client="ap")

M("other", False, None, None, True, "fr",
  "Phishing that mimics the desk ('votre compte sera suspendu, confirmez votre mot de passe'): mentions a password but is not password_reset; look-alike domain, no region.",
  ("Service Messagerie Académique", "securite@ac-rennes-messagerie.com"),
  "ALERTE : votre compte sera suspendu sous 24h",
  """Cher utilisateur,

Votre boîte académique a atteint son quota. Sans action de votre part
dans les 24 heures, votre compte sera SUSPENDU.

Confirmez votre identifiant et votre mot de passe ici :
http://ac-rennes-messagerie.com/verification

Le service informatique
""", client="html")

M("other", False, None, None, False, "en",
  "English SEO spam.",
  ("Rank Boost Agency", "growth@rankboost-seo.biz"),
  "Get your website on Google page 1 - URGENT offer",
  """Hi there,

I noticed your website is not ranking for important keywords. Our team
can put you on the first page of Google in 30 days, guaranteed.
Reply YES to get a free audit. Offer expires tonight!

Best,
Mike
""", client="html")

M("other", False, "0291120K", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  ("Gwenaëlle Le Bihan", "gwenaelle.le-bihan@ac-rennes.fr"),
  "Re: URGENT - mot de passe e-sidoc perdu, INSPECTION DEMAIN",
  """Merci, ça marche, j'ai pu me reconnecter à temps. Désolée pour le ton
de mon premier message, la journée avait été longue.

Gwenaëlle

Le 04/02/2025 à 16:12, Assistance a écrit :
> Bonjour, un lien de réinitialisation du mot de passe a été envoyé à
> l'adresse de l'établissement 0291120K.
""", client="tb", reply=True)

M("other", False, None, None, False, "fr",
  "Job application sent to the support address.",
  ("Lina Bouvier", "lina.bouvier.pro@gmail.com"),
  "Candidature spontanée - support technique",
  """Bonjour,

Je me permets de vous adresser ma candidature pour un poste de technicienne
support. Titulaire d'un BTS SIO, je suis disponible immédiatement.
Vous trouverez mon CV en pièce jointe.

Lina Bouvier
""", client="gm", attach=[("CV_Lina_Bouvier.pdf", "application/pdf")])

M("other", False, None, None, False, "fr",
  "Complaint about the phone hotline's waiting time, no product request inside.",
  ("Patrick Le Meur", "patrick.le-meur@ac-rennes.fr"),
  "Votre standard ne répond jamais",
  """Bonjour,

J'ai appelé votre standard quatre fois hier, 35 minutes d'attente à
chaque fois, puis coupure. C'est indigne d'un service payé par des fonds
publics. J'attends des excuses.

P. Le Meur
""", client="ol")

M("other", False, None, None, False, "fr",
  "Request for a training session for the librarians of the basin: not in any support category.",
  ("Solène Guillard", "solene.guillard@ac-orleans-tours.fr"),
  "Formation pour le bassin de Vendôme",
  """Bonjour,

Serait-il possible d'organiser une formation au nouveau portail pour les
documentalistes du bassin de Vendôme, au printemps ? Nous serions une
douzaine. On nous l'avait promis l'an dernier...

Solène Guillard
Coordinatrice du bassin
""", client="zb")

M("other", False, None, None, False, "en",
  "English conference invitation, unrelated to support.",
  ("EdTech Summit Team", "events@edtech-summit.example.org"),
  "Invitation: EdTech Summit 2025 - last seats",
  """Dear colleague,

Join 2,000 education leaders at the EdTech Summit in Lyon on 12-13 May.
Early-bird registration closes this Friday - reserve your seat now!

The EdTech Summit team
""", client="html")

M("other", False, None, "esidoc", False, "fr",
  "Functional question on importing records into the catalogue: not a support category listed.",
  ("Bénédicte Robin", "benedicte.robin@ac-orleans-tours.fr"),
  "Import de notices - ça ne marche pas comme prévu",
  """Bonjour,

Quand j'importe des notices depuis la BNF, les exemplaires sont créés en
double. Y a-t-il un réglage à faire ? C'est très agaçant, j'ai 200 notices
à reprendre.

Bénédicte Robin
""", client="tb")

M("other", False, None, None, True, "fr",
  "Threatens to write to the rectorat but only asks for the postal address of the company's director to send a formal complaint: other.",
  ("Gérard Le Hir", "gerard.le-hir@ac-rennes.fr"),
  "Adresse pour courrier recommandé",
  """Bonjour,

Compte tenu de l'accumulation des problèmes cette année, je souhaite
adresser une réclamation en recommandé à votre direction, avec copie au
recteur. Merci de me communiquer l'adresse postale exacte.

G. Le Hir
Gestionnaire
""", client="ol")

M("other", False, None, None, False, "fr",
  "GDPR erasure request from a former teacher.",
  ("Denise Fleury", "denise.fleury@laposte.net"),
  "Suppression de mes données",
  """Bonjour,

Je ne travaille plus dans l'Éducation nationale depuis juin. Je demande
la suppression de toutes mes données personnelles de vos fichiers,
conformément au RGPD. Merci de me confirmer la suppression.

Denise Fleury
""", client="ap")

M("other", False, None, None, False, "en",
  "English student asking for homework help: unrelated.",
  ("Lucas M.", "lucas.m2008@gmail.com"),
  "need help with my essay asap",
  """hi, i have an essay on the french revolution due tomorrow and the library
website doesnt have the book i need. can u send me a summary? thx
""", client="gm")

M("other", False, None, None, True, "fr",
  "Forward meant for a colleague (wrong recipient), about an inspection schedule: nothing asked of the desk.",
  ("Isabelle Girard", "isabelle.girard@ac-orleans-tours.fr"),
  "TR: planning inspection jeudi",
  """Coucou Martine,

Je te transfère le planning de l'inspection de jeudi, c'est la panique ici.
Tu peux vérifier que la salle 12 est libre ?

Isa

-----Message d'origine-----
De : IEN circonscription
Objet : planning inspection jeudi
Visites de 9h à 12h, entretien à 14h.
""", client="ol")

M("other", False, None, None, False, "fr",
  "Sales offer for office furniture sent to support.",
  ("Mobilier Scolaire Pro", "contact@mobilier-scolaire-pro.fr"),
  "-30% sur le mobilier de CDI jusqu'à vendredi",
  """Bonjour,

Profitez de -30 % sur toute notre gamme de mobilier pour CDI et salles de
classe, uniquement jusqu'à vendredi. Livraison gratuite en Bretagne.

L'équipe commerciale
""", client="html")

M("other", False, None, None, True, "fr",
  "The sender says 'ce n'est pas une question de facture ni de mot de passe': wants to know if the desk can attend a teachers' meeting; other.",
  ("Maud Henry", "maud.henry@ac-orleans-tours.fr"),
  "Présence à notre réunion de bassin",
  """Bonjour,

Rien à voir avec une facture ou un mot de passe pour une fois :
pourriez-vous envoyer quelqu'un à notre réunion de bassin du 20 mars à
Chartres pour répondre aux questions des collègues ? Ils sont très
remontés, autant que quelqu'un vienne les écouter.

Maud Henry
""", client="gm")

M("other", False, None, None, False, "en",
  "English complaint from a parent about a school website, wrong recipient.",
  ("Sarah Collins", "sarah.collins77@yahoo.co.uk"),
  "Your website is broken!!!",
  """Your school website has been down for two days and I can't see the
menu for the canteen. My daughter has allergies. This is unacceptable.
Please fix it immediately.

Sarah Collins
""", client="ap")
# ---------------------------------------------------------------- automated (20)
AUTO_OOF = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
M("automated", False, None, None, False, "fr",
  "Exchange out-of-office in French (Auto-Submitted, X-Auto-Response-Suppress); region from the ac-rennes.fr sender domain.",
  ("Yann Guégan", "yann.guegan@ac-rennes.fr"),
  "Réponse automatique : Ce n'est PAS un problème de spam",
  """Bonjour,

Je suis absent jusqu'au 10 février inclus. Pour toute urgence concernant
le CDI, merci de contacter la vie scolaire.

Yann Guégan
""", client="robot", extra=AUTO_OOF, reply=True)

M("automated", False, None, None, False, "fr",
  "Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); region from the ac-orleans-tours.fr domain.",
  ("Kevin Pasquier", "kevin.pasquier@ac-orleans-tours.fr"),
  "Re: [Ticket #49102] mdp esidoc",
  """absent jusqu au 3 mars, stage de formation. pas d acces a mes mails.
""", client="robot", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Mailer", "Zimbra 8.8.15_GA_4581")], reply=True)

M("automated", False, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, headers of the original), null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi.college.kerzourat@ac-rennes.fr>: host smtp.ac-rennes.fr said:
    550 5.1.1 User unknown
""", client="dsn", extra=[("Auto-Submitted", "auto-replied")],
  attach=[("message/delivery-status", """Reporting-MTA: dns; mx1.assistance.example.fr
Arrival-Date: Tue, 4 Feb 2025 09:12:03 +0100 (CET)

Final-Recipient: rfc822; cdi.college.kerzourat@ac-rennes.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
"""), ("text/rfc822-headers", """From: Assistance <support@assistance.example.fr>
To: cdi.college.kerzourat@ac-rennes.fr
Subject: [Ticket #49110] Vos mails bloques par MailInBlack
Date: Tue, 4 Feb 2025 09:12:01 +0100
""")])

M("automated", False, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@lycee-prive-exemple.fr"),
  "Non remis : [Ticket #49033] Facture absente de Chorus",
  """Impossible de remettre votre message à gestion@lycee-prive-exemple.fr.
La boîte aux lettres du destinataire est pleine et ne peut pas accepter
de messages pour l'instant. Réessayez plus tard ou contactez
directement le destinataire.
""", client="dsn",
  attach=[("message/delivery-status", """Reporting-MTA: dns;PR0P264MB1234.FRAP264.PROD.OUTLOOK.COM

Final-recipient: rfc822;gestion@lycee-prive-exemple.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full
"""), ("text/rfc822-headers", """From: Assistance <support@assistance.example.fr>
To: gestion@lycee-prive-exemple.fr
Subject: [Ticket #49033] Facture absente de Chorus
""")])

M("automated", False, None, None, True, "fr",
  "MailInBlack challenge sent to the desk by a school's filter ('cliquez pour valider votre envoi'): a robot's mail, not a user's MailInBlack complaint.",
  ("MailInBlack", "noreply@mailinblack.com"),
  "Validez votre message à destination de cdi@college-exemple.fr",
  """Bonjour,

Vous avez envoyé un message à cdi@college-exemple.fr. Ce destinataire
est protégé par MailInBlack. Pour que votre message soit délivré, merci
de confirmer que vous êtes un humain en cliquant sur le lien ci-dessous :

https://challenge.mailinblack.example/validate?id=8f2c1a

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", client="robot_html", extra=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, True, "en",
  "English MailInBlack sender-authentication challenge sent to the desk, no Auto-Submitted header: only its wording and sender show it is automatic.",
  ("Mailinblack Protect", "protect@mailinblack.com"),
  "Please confirm your email to Lycee Descartes",
  """Hello,

Your message to bursar@lycee-descartes-example.fr is on hold.
To deliver it, please prove you are not a robot by clicking here:
https://challenge.mailinblack.example/en/validate?id=41aa90

This is an automatic message.
""", client="robot_html")

M("automated", False, None, "espace_acheteur", False, "fr",
  "Publisher newsletter with List-Id, List-Unsubscribe and Precedence: bulk.",
  ("Lettre d'information Espace Acheteur", "newsletter@assistance.example.fr"),
  "Les nouveautés de février sur l'Espace Acheteur",
  """Bonjour,

Ce mois-ci : nouveaux marchés de fournitures, calendrier des clôtures
budgétaires, et un tutoriel vidéo sur la validation des paniers.

Se désinscrire : https://news.assistance.example.fr/unsubscribe
""", client="robot_html", extra=[("List-Id", "Lettre Espace Acheteur <lettre.assistance.example.fr>"), ("List-Unsubscribe", "<https://news.assistance.example.fr/unsubscribe>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a supplier ticket was updated (Auto-Submitted: auto-generated).",
  ("Portail tickets", "no-reply@tickets.example-editeur.fr"),
  "[TK-20931] Mise à jour de votre ticket",
  """Le ticket TK-20931 « Synchronisation en échec » a été mis à jour
par l'éditeur. Statut : en cours d'analyse.

Consultez le ticket sur le portail. Ne répondez pas à ce message.
""", client="robot", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-rennes.fr domain.",
  ("Karine Le Bras", "karine.le-bras@ac-rennes.fr"),
  "Lu : [Ticket #49001] Commande bloquée depuis 3 semaines",
  """Votre message

  À : Karine Le Bras
  Objet : [Ticket #49001] Commande bloquée depuis 3 semaines

a été lu le 05/02/2025 10:41.
""", client="mdn",
  attach=[("message/disposition-notification", """Reporting-UA: DB9P264MB1234.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook
Final-Recipient: rfc822;karine.le-bras@ac-rennes.fr
Disposition: manual-action/MDN-sent-manually; displayed
""")])

M("automated", False, None, None, False, "en",
  "Thunderbird return receipt in English, disposition-notification; region from the ac-orleans-tours.fr domain.",
  ("Mark Davies", "mark.davies@ac-orleans-tours.fr"),
  "Return Receipt (displayed) - [Ticket #49150] Nightly sync failing",
  """This is a Return Receipt for the mail that you sent to
mark.davies@ac-orleans-tours.fr.

Note: This Return Receipt only acknowledges that the message was
displayed on the recipient's computer.
""", client="mdn",
  attach=[("message/disposition-notification", """Reporting-UA: Mozilla Thunderbird
Final-Recipient: rfc822;mark.davies@ac-orleans-tours.fr
Disposition: manual-action/MDN-sent-manually; displayed
""")])

M("automated", False, None, None, False, "en",
  "Gmail vacation responder in English (Auto-Submitted: auto-replied).",
  ("Daniel Morgan", "d.morgan@ecole-internationale-bretagne.org"),
  "Out of office: Still no confirmation email",
  """I'm out of the office until 17 February with limited access to email.
For urgent finance matters please contact accounts@ecole-internationale-bretagne.org.
""", client="robot", extra=[("Auto-Submitted", "auto-replied")], reply=True)

M("automated", False, None, None, True, "fr",
  "Out-of-office from a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic. Region from ac-rennes.fr.",
  ("Jacqueline Cozic", "jacqueline.cozic@ac-rennes.fr"),
  "Absence",
  """Bonjour,

Je suis en congés jusqu'au lundi 24 février. Votre message ne sera pas
transféré. En cas d'urgence comptable, contactez le secrétariat
d'intendance.

Cordialement,
J. Cozic
""", client="ol")

M("automated", False, None, "esignature", True, "fr",
  "E-signature 'document signé' notification for a convention, transactional without Auto-Submitted; no-reply sender.",
  ("Signature électronique", "no-reply@signature.example-editeur.fr"),
  "Document signé : Convention d'adhésion 2025",
  """Bonjour,

Le document « Convention d'adhésion 2025 » a été signé par toutes les
parties. Vous pouvez le télécharger depuis votre espace de signature
pendant 30 jours.

Ceci est un message automatique.
""", client="robot_html")

M("automated", False, None, "espace_acheteur", False, "fr",
  "Espace Acheteur no-reply notification: an account awaits validation (Auto-Submitted: auto-generated).",
  ("Espace Acheteur", "no-reply@assistance.example.fr"),
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur (fanny.le-pape@ac-rennes.fr) a demandé l'accès à la
structure « Collège de Kerhallet ». En l'absence d'administrateur, cette
demande vous est adressée.

Ceci est un message automatique, merci de ne pas y répondre.
""", client="robot", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, "esidoc", True, "fr",
  "An angry librarian's real question about e-sidoc passwords, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not addressed to us. Region from the author's ac-rennes.fr address.",
  ("Solenn Kervella via docs-bretagne", "solenn.kervella@ac-rennes.fr"),
  "[docs-bretagne] Ras-le-bol des mots de passe e-sidoc",
  """Bonjour à tous,

Est-ce que vous aussi vous devez refaire votre mot de passe e-sidoc tous
les trois mois ? J'en ai ASSEZ. Quelqu'un a une astuce ?

Solenn, collège de Pleyben

_______________________________________________
docs-bretagne mailing list
https://listes.ac-rennes.fr/sympa/info/docs-bretagne
""", client="robot", extra=[("List-Id", "<docs-bretagne.listes.ac-rennes.fr>"), ("Precedence", "list"), ("List-Post", "<mailto:docs-bretagne@listes.ac-rennes.fr>")], to="docs-bretagne@listes.ac-rennes.fr")

M("automated", False, None, None, False, "en",
  "Delay warning from our own relay ('Delayed Mail (still being retried)'), multipart/report with Action: delayed.",
  ("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"),
  "Delayed Mail (still being retried)",
  """This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.
""", client="dsn", extra=[("Auto-Submitted", "auto-replied")],
  attach=[("message/delivery-status", """Reporting-MTA: dns; mx1.assistance.example.fr

Final-Recipient: rfc822; gestion@college-exemple-vierzon.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.college-exemple-vierzon.fr: Connection timed out
""")])

M("automated", False, None, None, False, "fr",
  "Acknowledgement from the rectorat's own help desk (Auto-Submitted, X-Loop) for a message the desk sent: answering would start a loop. Region from ac-rennes.fr.",
  ("Assistance académique", "assistance@ac-rennes.fr"),
  "[DSI-2025-11873] Votre demande a bien été enregistrée",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence DSI-2025-11873.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message automatique.
""", client="robot", extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-rennes.fr")])

M("automated", False, "0222271Z", None, False, "fr",
  "Out-of-office of a collège's official mailbox (ce.<UAI>) mentioning an inspection and the board meeting; Auto-Submitted present. UAI from the sender address.",
  ("Collège Jean Moulin", "ce.0222271Z@ac-rennes.fr"),
  "Réponse automatique : [Ticket #49120] Date de disponibilité de l'abonnement",
  """Bonjour,

Le secrétariat est fermé cet après-midi (inspection et conseil
d'administration). Vos messages seront traités demain à partir de 8h.

Le secrétariat du collège
""", client="robot", extra=AUTO_OOF, reply=True)

M("automated", False, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mail.holt-education.co.uk"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  p.holt@holt-education.co.uk
    mailbox is full: retry timeout exceeded
""", client="robot")

M("automated", False, None, None, False, "en",
  "DMARC aggregate report with a gzip attachment, sent to the desk's address.",
  ("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1473826519846",
  """This is an aggregate report from google.com.
""", client="robot", attach=[("google.com!assistance.example.fr!1738540800!1738627199.xml.gz", "application/gzip")])


# ====================================================================== wrapping
SUPPORT = "support@assistance.example.fr"
CET = dt.timezone(dt.timedelta(hours=1))
OUTLOOK_HTML_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                     'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                     '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                     '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                     '<style><!--\np.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}\n'
                     '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n'
                     '<div class="WordSection1">\n')


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def to_html(text, style):
    blocks, quote = [], []
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        elif style == "ol":
            out.append("\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) or "&nbsp;") for l in lines)
                       + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif style == "gm":
            out.append("\n".join("<div>%s</div>" % (html.escape(l) or "<br>") for l in lines) + "\n<div><br></div>")
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    return "\n".join(out)


def html_doc(text, style, cs):
    body = to_html(text, style)
    if style == "ol":
        return OUTLOOK_HTML_HEAD.format(cs=cs) + body + "\n</div>\n</body>\n</html>\n"
    if style == "gm":
        return '<div dir="ltr">' + body + "</div>\n"
    if style == "zb":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + body + "</div></body></html>\n")
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"></head>\n<body style="font-family:Arial,sans-serif">\n' % cs
            + body + "\n</body></html>\n")


def encode(text, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(cs) if cte == "8bit" else raw.decode("ascii")


def leaf(ctype, text, cs, cte, extra_params=""):
    head = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (ctype, cs, extra_params, cte)
    return head + "\n" + encode(text, cs, cte)


def multipart(subtype, parts, params=""):
    b = "----=_Part_%s_%s" % (RNG.randrange(10**5, 10**6), alnum(12)) if subtype != "alternative" else "000000000000" + hexid(16).lower()
    out = ["Content-Type: multipart/%s;%s\n boundary=\"%s\"\n\n" % (subtype, params, b)]
    if subtype == "mixed":
        out.append("This is a multi-part message in MIME format.\n")
    for p in parts:
        out.append("\n--%s\n%s" % (b, p if p.endswith("\n") else p + "\n"))
    out.append("\n--%s--\n" % b)
    return "".join(out)


def fake_attachment(name, ctype):
    if ctype == "application/pdf":
        data = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + bytes(RNG.randrange(256) for _ in range(600)) + b"\n%%EOF\n")
    elif ctype == "image/png":
        data = b"\x89PNG\r\n\x1a\n" + bytes(RNG.randrange(256) for _ in range(400))
    else:
        data = b"\x1f\x8b\x08\x00" + bytes(RNG.randrange(256) for _ in range(300))
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, name, name, base64.encodebytes(data).decode("ascii")))


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def body_for(m):
    c, text = m["client"], m["body"]
    files = [a for a in m["attach"] if not a[0].startswith("message/") and not a[0].startswith("text/")]
    if c == "tb":
        main = leaf("text/plain", text, "UTF-8", "8bit", "; format=flowed")
    elif c == "ap":
        main = leaf("text/plain", text, "utf-8", "quoted-printable")
    elif c == "b64":
        main = leaf("text/plain", text, "UTF-8", "base64")
    elif c == "html":
        main = leaf("text/html", html_doc(text, "plain", "utf-8"), "utf-8", "quoted-printable")
    elif c in ("ol", "gm", "zb"):
        cs = "utf-8"
        if c == "ol":
            try:
                text.encode("iso-8859-1")
                cs = "iso-8859-1"
            except UnicodeEncodeError:
                cs = "utf-8"
        main = multipart("alternative", [leaf("text/plain", text, cs, "quoted-printable"),
                                         leaf("text/html", html_doc(text, c, cs), cs, "quoted-printable")])
    elif c == "robot":
        main = leaf("text/plain", text, "utf-8", "quoted-printable")
    elif c == "robot_html":
        main = leaf("text/html", html_doc(text, "plain", "utf-8"), "utf-8", "quoted-printable")
    elif c in ("dsn", "mdn"):
        rtype = "delivery-status" if c == "dsn" else "disposition-notification"
        parts = [leaf("text/plain", text, "utf-8", "quoted-printable")]
        for ctype, content in m["attach"]:
            parts.append("Content-Type: %s\n\n%s" % (ctype, content))
        return multipart("report", parts, " report-type=%s;" % rtype)
    else:
        raise ValueError(c)
    if files:
        return multipart("mixed", [main] + [fake_attachment(n, t) for n, t in files])
    return main


def build(m, when):
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[1]
    c = m["client"]
    bounce = addr.lower().startswith("mailer-daemon") or c in ("dsn",)
    h = []
    h.append(("Return-Path", "<>" if bounce else "<%s>" % addr))
    h.append(("Delivered-To", SUPPORT))
    relay_ip = "203.0.113.%d" % RNG.randrange(2, 250)
    h.append(("Received", "from smtp.%s (smtp.%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (dom, dom, relay_ip, alnum(15), SUPPORT, format_datetime(when + dt.timedelta(seconds=RNG.randrange(3, 40))))))
    spoof = dom.endswith(".com") and "ac-rennes" in dom
    res = "fail" if spoof else "pass"
    h.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=%s header.d=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s"
              % ("none" if spoof else "pass", dom, res, dom, res, dom)))
    if c == "ol":
        mid = "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % ("PR1P264MB", hexid(24), "PR1P264MB" + hexid(4))
    elif c == "gm":
        mid = "<CA%s@mail.gmail.com>" % alnum(40)
    elif c == "zb":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randrange(10**8, 10**9), RNG.randrange(10**6, 10**7), int(when.timestamp() * 1000), dom)
    elif c == "ap":
        mid = "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), dom)
    else:
        mid = "<%s.%s@%s>" % (hexid(12).lower(), alnum(8), dom)
    h.append(("From", formataddr((name, addr), charset="utf-8") if name != addr else addr))
    h.append(("To", m["to"] if m["to"] != SUPPORT else "Assistance <%s>" % SUPPORT))
    h.append(("Subject", hdr(m["subj"])))
    if c == "ol":
        h.append(("Thread-Topic", hdr(m["subj"])))
        h.append(("Thread-Index", base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()))
    h.append(("Date", format_datetime(when.astimezone(dt.timezone.utc) if c == "ol" else when)))
    h.append(("Message-ID", mid))
    if m["reply"]:
        ref = "<%s@assistance.example.fr>" % alnum(20)
        h.append(("In-Reply-To", ref))
        h.append(("References", ref))
    if c == "tb":
        h.append(("User-Agent", "Mozilla Thunderbird"))
        h.append(("Content-Language", "en-US" if m["lang"] == "en" else "fr"))
    elif c == "ol":
        h += [("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
              ("X-MS-Has-Attach", "yes" if m["attach"] else ""), ("X-MS-TNEF-Correlator", "")]
    elif c == "zb":
        h += [("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF122 (Linux)/8.8.15_GA_4581)"),
              ("Thread-Topic", hdr(m["subj"]))]
    elif c == "ap":
        h.append(("X-Mailer", RNG.choice(["iPhone Mail (21G93)", "Apple Mail (2.3774.600.62)", "iPad Mail (21F90)"])))
    elif c == "b64":
        h.append(("X-Mailer", "Samsung Mail"))
    for k, v in m["extra"]:
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    lines = []
    for k, v in h:
        lines.append("%s: %s\n" % (k, v) if v != "" else "%s: \n" % k)
    return "".join(lines) + body_for(m)


# ====================================================================== checks
UAI_RE = re.compile(r"(?<![0-9A-Za-z])((?:\d ?){6}\d ?[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    texts = [str(msg["Subject"] or ""), str(msg["From"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    return "\n".join(texts)


def check(labels):
    assert len(labels) == 150, len(labels)
    files = sorted(HERE.glob("h*.eml"))
    assert len(files) == 150, len(files)
    cats = set()
    n_en = 0
    for lab, m in zip(labels, ORDERED):
        assert list(lab) == KEYS, lab
        assert lab["category"] in CATEGORIES, lab
        cats.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        n_en += lab["lang"] == "en"
        assert isinstance(lab["notes"], str) and lab["notes"].strip(), lab
        assert lab["region"] is None or lab["region"] in REGIONS, lab
        raw = (HERE / lab["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (lab["file"], part.defects)
        for k in ("Message-ID", "Date", "From"):
            assert msg[k], (lab["file"], k)
        for k, v in msg.items():
            assert not getattr(v, "defects", None), (lab["file"], k, v.defects)
        assert msg["Date"].datetime is not None
        text = visible_text(msg)
        flat = re.sub(r"\s+", "", text).upper()
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), lab
            assert lab["uai"] in flat, (lab["file"], "labelled uai not visible")
        for found in UAI_RE.findall(text):
            code = found.replace(" ", "").upper()
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], (lab["file"], code)
            else:
                assert code in [w.upper() for w in m["wrong"]], (lab["file"], "unexpected code", code)
        for w in m["wrong"]:
            assert not uai_ok(w), (lab["file"], w)
            assert "wrong check letter" in lab["notes"] and w in lab["notes"], lab
            assert w.replace(" ", "").upper() in flat
        from_addr = parseaddr(str(msg["From"]))[1]
        expect = region_for(lab["uai"], from_addr)
        assert lab["region"] == expect, (lab["file"], lab["region"], expect)
    assert cats == set(CATEGORIES), cats
    assert 10 <= n_en <= 25, n_en
    return n_en


def main():
    global ORDERED
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    ORDERED = [MAILS[i] for i in order]
    for old in HERE.glob("h*.eml"):
        old.unlink()
    labels = []
    when = dt.datetime(2025, 1, 6, 7, 45, tzinfo=CET)
    for n, m in enumerate(ORDERED, 1):
        when += dt.timedelta(minutes=RNG.randrange(40, 900))
        if when.hour >= 20 or when.hour < 7:
            when = (when + dt.timedelta(days=1)).replace(hour=7, minute=RNG.randrange(0, 59))
        if when.weekday() >= 5 and RNG.random() < 0.8:
            when += dt.timedelta(days=7 - when.weekday())
        fname = "h%03d.eml" % n
        (HERE / fname).write_bytes(build(m, when).encode("utf-8"))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["auto"],
                       "uai": m["uai"], "region": region_for(m["uai"], m["frm"][1]),
                       "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    reread = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    n_en = check(reread)
    counts = {}
    for lab in reread:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print("ok: 150 mails,", n_en, "in English,", sum(l["hard"] for l in reread), "hard")
    print(json.dumps(counts, indent=1))


if __name__ == "__main__":
    main()
