#!/usr/bin/env python3
"""holdout98: 150 hand-written support mails from the overseas académies and Corse.

Theme: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte and Corse: time-zone
delays, local expressions, patchy connections, Creole touches, same platform
problems. Every mail text below is hand-written; this script only wraps each
text in headers and a transfer encoding, writes h001.eml … h150.eml and
labels.jsonl next to itself, then re-reads and checks them.

Standard library only, deterministic (random.Random(98)).
"""
import json
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(98)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

# regions.md, as far as this set needs it (plus a few metropolitan rows for senders who moved)
DEPT_REGION = {"971": "guadeloupe", "972": "martinique", "973": "guyane", "974": "la-reunion",
               "976": "mayotte", "620": "corse", "720": "corse", "075": "ile-de-france",
               "013": "provence-alpes-cote-d-azur", "006": "provence-alpes-cote-d-azur",
               "033": "nouvelle-aquitaine", "069": "auvergne-rhone-alpes", "031": "occitanie",
               "034": "occitanie", "044": "pays-de-la-loire", "035": "bretagne"}
DOMAIN_REGION = {"ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
                 "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion",
                 "ac-mayotte.fr": "mayotte", "ac-corse.fr": "corse",
                 "ac-paris.fr": "ile-de-france", "ac-creteil.fr": "ile-de-france",
                 "ac-versailles.fr": "ile-de-france", "ac-aix-marseille.fr": "provence-alpes-cote-d-azur",
                 "ac-nice.fr": "provence-alpes-cote-d-azur", "ac-bordeaux.fr": "nouvelle-aquitaine",
                 "ac-lyon.fr": "auvergne-rhone-alpes", "ac-toulouse.fr": "occitanie",
                 "ac-montpellier.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
                 "ac-rennes.fr": "bretagne"}
# local UTC offsets (hours) for the sender's clock
TZ = {"guadeloupe": -4, "martinique": -4, "guyane": -3, "la-reunion": 4, "mayotte": 3,
      "corse": 2}


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT_REGION[uai[:3]]
    dom = sender.rsplit("@", 1)[-1].strip(">").lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(cat, auto, uai, plat, hard, lang, notes, frm, subj, body, **kw):
    MAILS.append(dict(cat=cat, auto=auto, uai=uai, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body, kw=kw))

# ---------------------------------------------------------------- password_reset (24)
M("password_reset", True, "9710729R", "esidoc", False, "fr",
  "Lost e-sidoc back-office password after the holidays, UAI in the body: the FAQ reset path applies.",
  "Murielle Bonheur <murielle.bonheur@ac-guadeloupe.fr>", "Mot de passe e-sidoc oublié",
  """Bonjour,

Je suis professeure documentaliste au collège de Capesterre-Belle-Eau
(UAI 9710729R). Depuis la rentrée je n'arrive plus à me connecter au
back office e-sidoc, j'ai oublié mon mot de passe.

Pouvez-vous m'aider à le réinitialiser ?

Merci d'avance, bonne journée à vous (ici il est 7h, la journée commence !)

Murielle Bonheur
Professeure documentaliste
Collège de Capesterre-Belle-Eau
""", client="tb")

M("password_reset", True, "9721139F", "esidoc", False, "fr",
  "Written without accents, 'mdp' abbreviation; clear lost password with the UAI given.",
  "jean-marc.lordinot@ac-martinique.fr", "mdp esidoc",
  """bjr
jai perdu le mdp du compte esidoc du cdi, uai 9721139F
merci de me renvoyer un lien svp
jm lordinot
lycee du Lamentin
""", client="ip", enc="base64")

M("password_reset", True, "9740684A", "esidoc", False, "fr",
  "Account locked after too many attempts on e-sidoc; the reset path answers it.",
  "Nathalie Payet <nathalie.payet@ac-reunion.fr>", "Compte bloqué",
  """Bonjour,

À force d'essayer je crois que j'ai bloqué le compte administrateur e-sidoc
du CDI. Le message dit « compte verrouillé, réessayez plus tard ».
Identifiant : 9740684A

Est-ce que vous pouvez le débloquer ou m'envoyer un nouveau mot de passe ?

Nathalie Payet
Professeure documentaliste – Collège Juliette Dodu, Saint-Denis
""", client="ol")

M("password_reset", True, "6201107J", "esidoc", False, "fr",
  "Expired reset link (the mail came late over a weak connection); a new link answers it.",
  "Ghjuvanni Santoni <g.santoni@ac-corse.fr>", "Lien de réinitialisation expiré",
  """Bonjour,

J'ai bien reçu hier le lien pour changer le mot de passe e-sidoc, mais au
collège de Sartène le réseau était coupé tout l'après-midi et quand j'ai
cliqué ce matin, la page me dit que le lien a expiré.

Pourriez-vous m'en renvoyer un ? UAI 6201107J.

A ringraziavvi,
Ghjuvanni Santoni
Documentaliste
""", client="tb")

M("password_reset", True, "9731556D", "esidoc", False, "en",
  "English from a newly arrived teacher in French Guiana: forgotten e-sidoc password, UAI given.",
  "Sarah Whitfield <sarah.whitfield@ac-guyane.fr>", "Forgotten password - school library portal",
  """Hello,

I started this term as the librarian at the lycée in Saint-Laurent-du-Maroni
(school code 9731556D). My predecessor left no password for the e-sidoc
administration side and I can't log in.

Could you please send a reset link?

Many thanks,
Sarah Whitfield
""", client="gm")

M("password_reset", True, "9760825T", "espace_acheteur", False, "fr",
  "Buyer of a Mayotte school lost her Espace Acheteur password; the reset path applies.",
  "Faïza Ahamadi <faiza.ahamadi@ac-mayotte.fr>", "Espace acheteur : mot de passe perdu",
  """Bonjour,

Je n'arrive plus à me connecter à l'espace acheteur, je pense avoir oublié
le mot de passe. J'ai essayé « mot de passe oublié » mais la page ne charge
pas jusqu'au bout (la connexion est très lente à Kahani aujourd'hui).

Pouvez-vous m'envoyer directement un lien ?

Faïza Ahamadi
Gestionnaire – collège de Kahani
RNE 9760825T
""", client="ol")

M("password_reset", True, "7201692B", "esidoc", False, "fr",
  "Identifier forgotten (does not know the login is the UAI); the FAQ answer covers it.",
  "Marie-Laure Luciani <marie-laure.luciani@ac-corse.fr>", "Identifiant ?",
  """Bonjour

Je ne connais ni l'identifiant ni le mot de passe pour administrer le portail
e-sidoc du lycée. Ma collègue partie à la retraite ne les a pas laissés.
Le lycée est le 7201692B, à Bastia.

Cordialement
ML Luciani
""", client="zm")

M("password_reset", False, "9711177C", "esidoc", True, "fr",
  "Negation: it is not the ENT password (academy, not ours) but the e-sidoc back-office one that is lost; the mail also says the recovery address is an old personal mailbox, so a person checks the address on file.",
  "Ketty Zénon <ketty.zenon@ac-guadeloupe.fr>", "Pas le mot de passe ENT",
  """Bonjour,

Avant que vous me renvoyiez vers le rectorat : ce n'est PAS mon mot de passe
ENT ni celui de la messagerie académique, ceux-là marchent. C'est le mot de
passe du back office e-sidoc du collège (9711177C) que je n'ai plus.

Le souci c'est que l'adresse de récupération est une vieille adresse
wanadoo de l'ancienne documentaliste, qui n'existe plus.

Comment on fait ?

Ketty Zénon
CDI – collège de Sainte-Rose
""", client="tb")

M("password_reset", False, None, "esidoc", True, "fr",
  "UAI typed as 9721389D: wrong check letter (the digits give 9721389C), so no UAI; region from the ac-martinique.fr domain; the sender also wants the password sent to her Gmail, so no automatic answer.",
  "Line Marie-Sainte <line.marie-sainte@ac-martinique.fr>", "Réinitialisation mdp e-sidoc",
  """Bonjour,

Pourriez-vous réinitialiser le mot de passe du portail e-sidoc pour
l'établissement 9721389D et me l'envoyer sur mon adresse perso
line.ms972@gmail.com ? Je n'ai pas accès à la boîte du lycée depuis chez moi.

Mèsi anpil !
Line Marie-Sainte
""", client="gm")

M("password_reset", True, "9740094J", "esidoc", True, "fr",
  "UAI written with spaces ('974 0094 J'); plain lost password.",
  "Jean-Hugues Hoarau <jean-hugues.hoarau@ac-reunion.fr>", "Oubli mot de passe",
  """Bonjour,

Oubli du mot de passe administrateur e-sidoc.
Établissement : lycée professionnel de Saint-Pierre, UAI 974 0094 J.

Merci de votre aide, la connexion est très instable depuis le passage de la
dépression tropicale alors je ne pourrai peut-être pas répondre vite.

JH Hoarau
""", client="ol")

M("password_reset", True, "9730739R", "esidoc", True, "fr",
  "UAI in lower case ('9730739r'), no accents; lost password.",
  "kevin.sabayo@ac-guyane.fr", "mot de passe",
  """bonjour
je suis le nouveau prof doc a Kourou, le mot de passe du cdi ne marche plus
(code etablissement 9730739r)
pouvez vous le reinitialiser
merci
""", client="ip", enc="base64")

M("password_reset", True, "9761166N", "esidoc", True, "fr",
  "The UAI is only in the ce.<UAI>@ac-mayotte.fr sender address; the school office asks for the reset link.",
  "Secrétariat collège <ce.9761166N@ac-mayotte.fr>", "mot de passe portail CDI",
  """Bonjour,

La documentaliste nous indique qu'elle a perdu le mot de passe du portail
du CDI (e-sidoc). Pouvez-vous envoyer le lien de réinitialisation à cette
adresse, nous lui transmettrons.

Le secrétariat
""", client="zm")

M("password_reset", False, "6200401S", "esidoc", True, "fr",
  "Two topics: lost e-sidoc password (main) and a question about the renewal invoice (order_billing); one template would answer only half.",
  "Paula Ceccaldi <paula.ceccaldi@ac-corse.fr>", "Mot de passe + facture",
  """Bonjour,

Deux choses :
1) je n'arrive plus à me connecter à e-sidoc, mot de passe oublié (collège
   de Porto-Vecchio, 6200401S) ;
2) la gestionnaire me demande la facture du renouvellement de l'abonnement,
   elle ne la trouve pas sur Chorus.

Merci,
Paula Ceccaldi
""", client="tb")

M("password_reset", False, "9710088U", "esidoc", True, "fr",
  "Reply after the automatic reset answer (quoted Gmail French style): the mail went to the school box nobody can open; a person must take over.",
  "Rosan Ferdinand <rosan.ferdinand@ac-guadeloupe.fr>", "Re: [#SUP-118204] Mot de passe e-sidoc",
  """Bonjour,

Le lien est parti sur la boîte ce. du collège mais le secrétariat ne la
relève pas (la secrétaire est en arrêt). Je suis bloqué, on est à J-3 du
prix littéraire caribéen et je dois mettre la sélection en ligne.

Il n'y a pas moyen de l'envoyer sur mon adresse à moi ?

Rosan Ferdinand
Collège de Morne-à-l'Eau – 9710088U

Le lun. 7 oct. 2024 à 15:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement (ce.97****8U@ac-guadeloupe.fr). Il est valable 12 heures.
>
> L'équipe d'assistance
""", client="gm", reply=True)

M("password_reset", False, "9741314K", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password; explicitly not the daily maintenance password (transfer_incident); no reset template for this product.",
  "Sébastien Técher <sebastien.techer@ac-reunion.fr>", "EcoleDirecte - mot de passe admin",
  """Bonjour,

Je précise tout de suite : ce n'est pas le mot de passe de maintenance du
jour pour le transfert, celui-là on l'a. C'est le mot de passe du compte
administrateur EcoleDirecte de l'établissement (9741314K) qui est perdu
depuis le départ de l'ancien CPE.

Comment le récupérer ?

Sébastien Técher
Référent numérique – collège de Saint-Louis
""", client="ol")

M("password_reset", True, None, "ticket_portal", False, "fr",
  "Forgotten password on the support ticket portal; no UAI, sender from ac-corse.fr.",
  "Antoine Paoli <antoine.paoli@ac-corse.fr>", "accès portail assistance",
  """Bonjour,

Je voulais suivre ma demande sur votre portail de tickets mais j'ai oublié
le mot de passe. Le bouton « mot de passe oublié » ne fait rien.

Bonne journée,
Antoine Paoli
""", client="am")

M("password_reset", True, "9720132L", "esidoc", False, "fr",
  "Martinique librarian, Creole greeting, lost password after a cyclone-season closure.",
  "Josiane Théodose <josiane.theodose@ac-martinique.fr>", "Bonjou - mot de passe CDI",
  """Bonjou,

Après deux semaines de fermeture de l'établissement (alerte cyclonique puis
travaux), impossible de me souvenir du mot de passe e-sidoc.
Collège du Robert, 9720132L.

Merci de m'envoyer la procédure de réinitialisation.

Josiane Théodose
Professeure documentaliste
""", client="tb", html="alt")

M("password_reset", True, "9741526R", "espace_acheteur", False, "en",
  "English; buyer locked out of the Espace Acheteur after password expiry.",
  "Priya Ramassamy <priya.ramassamy@ac-reunion.fr>", "Password expired on buyer space",
  """Hi,

The buyer space says my password has expired and asks me to change it, but
the change page keeps timing out. Could you reset it for me?
School: lycée in Saint-André, UAI 9741526R.

Thanks,
Priya Ramassamy
Bursar's office
""", client="ol")

M("password_reset", True, "9731589P", "esidoc", False, "fr",
  "Sent from a phone with a patchy connection; lost password, UAI given.",
  "Daniel Apollinaire <daniel.apollinaire@ac-guyane.fr>", "Mot de passe",
  """Bonjour,
Mot de passe e-sidoc perdu pour le collège de Maripasoula (9731589P).
J'écris depuis le téléphone, la 4G passe une fois sur deux ici, merci de
m'envoyer le lien par mail.
D. Apollinaire

Envoyé de mon iPhone
""", client="ip", enc="base64")

M("password_reset", False, "7200791X", "esidoc", True, "fr",
  "Quoted history is about an invoice, but the new text asks for a lost password; the request also wants the link sent to a new librarian's address not on file.",
  "Laetitia Filippi <laetitia.filippi@ac-corse.fr>", "RE: facture abonnement",
  """Bonjour,

Merci, la facture est bien arrivée. Autre chose : la nouvelle documentaliste,
Mme Orsini, n'a pas le mot de passe e-sidoc. Pouvez-vous lui envoyer un lien
sur son adresse (c.orsini@ac-corse.fr) ? L'ancienne adresse est celle de sa
prédécesseure.

Laetitia Filippi
Gestionnaire – Lycée de Corte – 7200791X

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 12 novembre 2024 10:04
À : Laetitia Filippi <laetitia.filippi@ac-corse.fr>
Objet : facture abonnement

Bonjour,
Vous trouverez ci-joint la facture de l'abonnement 2024-2025.
Cordialement
""", client="ol", reply=True)

M("password_reset", True, "9760365T", "esidoc", False, "fr",
  "Lost e-sidoc password; mentions the three-hour time difference with Paris.",
  "Anli Soilihi <anli.soilihi@ac-mayotte.fr>", "Demande de réinitialisation",
  """Bonjour,

J'ai essayé d'appeler votre hotline mais avec le décalage horaire (vous
ouvrez quand on sort de cours) je n'ai jamais réussi.
J'ai oublié le mot de passe administrateur du portail e-sidoc du lycée de
Sada, UAI 9760365T.

Merci de m'envoyer un lien.
Anli Soilihi
""", client="tb")

M("password_reset", True, "9711702Y", "espace_acheteur", False, "fr",
  "Espace Acheteur identifier and password both forgotten; HTML-only Outlook mail.",
  "Gestion Lycée Baimbridge <gestion.9711702Y@ac-guadeloupe.fr>", "Identifiants espace acheteur",
  """Bonjour,

Nous ne retrouvons plus les identifiants de connexion à l'espace acheteur
(identifiant et mot de passe). Établissement 9711702Y, Les Abymes.

Merci par avance,
Service intendance
""", client="ol", html="only")

M("password_reset", True, "9730008W", "esidoc", False, "en",
  "English; the reset page says the link is invalid; new link needed.",
  "Tom Baptiste <tom.baptiste@ac-guyane.fr>", "Reset link not working",
  """Hello,

I clicked on the e-sidoc reset link this morning (Cayenne time) and got
"invalid or already used link". I think our mail filter opens links before
we do. School 9730008W. Could you send another one?

Regards,
Tom Baptiste
IT assistant
""", client="gm")

M("password_reset", True, "6201415U", "esidoc", False, "fr",
  "Short mail, typos, forgot password; UAI only in the signature.",
  "Lisandru Ristori <lisandru.ristori@ac-corse.fr>", "oubli",
  """Bonjour,
j'ai oublier mon mot de pase pour le portail du cdi.
Merci

Lisandru Ristori
Prof doc - Collège d'Ajaccio - 6201415U
""", client="tb")
# ---------------------------------------------------------------- missing_noreply_mail (17)
M("missing_noreply_mail", True, "9710856D", "esidoc", False, "fr",
  "The activation mail never arrived; no anti-spam product named.",
  "Carole Nagau <carole.nagau@ac-guadeloupe.fr>", "Mail d'activation jamais reçu",
  """Bonjour,

J'ai créé le compte du CDI sur e-sidoc lundi mais je n'ai jamais reçu le
mail d'activation. Ça fait trois jours.
Collège de Baie-Mahault, 9710856D.

Cordialement,
Carole Nagau
""", client="tb")

M("missing_noreply_mail", True, "9721614X", "esidoc", False, "fr",
  "New-password mail never received after several tries; junk not mentioned; no product named.",
  "Fabrice Louis-Joseph <fabrice.louis-joseph@ac-martinique.fr>", "Pas de mail de nouveau mot de passe",
  """Bonjour,

J'ai fait trois fois « mot de passe oublié » sur e-sidoc, je ne reçois rien.
UAI 9721614X. Est-ce que vos mails passent bien vers la Martinique ?

Fabrice Louis-Joseph
""", client="ol")

M("missing_noreply_mail", True, "9741425F", "espace_acheteur", False, "fr",
  "Espace Acheteur notifications stopped arriving; checked nothing yet; no anti-spam named.",
  "Service achats <achats.lycee@ac-reunion.fr>", "Notifications espace acheteur",
  """Bonjour,

Depuis début octobre nous ne recevons plus les notifications de l'espace
acheteur (validation de panier, suivi de commande). Avant, elles arrivaient
de no-reply@... sans problème.

Établissement 9741425F (lycée Le Port).

Service achats
""", client="zm")

M("missing_noreply_mail", True, None, "esidoc", False, "fr",
  "Activation link missing, no UAI; sender domain ac-corse.fr gives the region.",
  "Ange Mattei <ange.mattei@ac-corse.fr>", "lien d'activation",
  """Bonjour,

Je n'ai pas reçu le lien d'activation de mon compte sur le portail. J'ai
regardé partout.

Ange Mattei
""", client="am")

M("missing_noreply_mail", True, "9731620Y", "esidoc", False, "en",
  "English; the reset mail never arrives; no anti-spam product named.",
  "Maria Lopes <maria.lopes@ac-guyane.fr>", "No email received",
  """Hello,

I requested a password reset for the e-sidoc portal three times today but no
email ever came, not even in junk. Our school code is 9731620Y.

Is something blocked on your side?

Maria Lopes
""", client="gm")

M("missing_noreply_mail", True, "9761024J", "esidoc", False, "fr",
  "Creole/Shimaore touches; reset mail never received; no anti-spam named.",
  "Zaïnaba Madi <zainaba.madi@ac-mayotte.fr>", "jamais reçu le mail",
  """Jéjé,

Je demande le nouveau mot de passe depuis vendredi, le mail n'arrive jamais.
Collège de Dembéni, 9761024J.

Marahaba
Zaïnaba Madi
""", client="ip", enc="base64")

M("missing_noreply_mail", True, "6201618P", "esidoc", False, "fr",
  "Reset mail not in inbox nor junk; no product named.",
  "Santa Pieri <santa.pieri@ac-corse.fr>", "Mail de réinitialisation introuvable",
  """Bonjour,

J'ai demandé un nouveau mot de passe e-sidoc hier soir. Rien dans la boîte
de réception, rien dans les indésirables. Collège de Propriano (6201618P).

Merci de vérifier.
Santa Pieri
""", client="tb")

M("missing_noreply_mail", False, "9720401D", "esidoc", True, "fr",
  "Reply (Outlook '-----Message d'origine-----') after the junk-folder answer: still nothing after 48 h; a person must follow up.",
  "Hervé Sainte-Rose <herve.sainte-rose@ac-martinique.fr>", "RE: [#SUP-118377] Mail d'activation",
  """Bonjour,

Toujours rien après 48 h, j'ai ajouté l'adresse no-reply aux expéditeurs
autorisés comme vous l'avez dit. Il faudrait que quelqu'un regarde.

Hervé Sainte-Rose
Lycée de Trinité – 9720401D

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 14 octobre 2024 09:30
À : Hervé Sainte-Rose
Objet : [#SUP-118377] Mail d'activation

Bonjour,
Vérifiez votre dossier de courriers indésirables et ajoutez l'adresse
no-reply à vos expéditeurs autorisés. Sans nouvelles de votre part sous
48 h, nous reviendrons vers vous.
""", client="ol", reply=True)

M("missing_noreply_mail", True, "9740994M", "esidoc", True, "fr",
  "Negation: it is not about a lost password (she has it), only the notifications of new reader suggestions stopped arriving.",
  "Corinne Grondin <corinne.grondin@ac-reunion.fr>", "Notifications e-sidoc",
  """Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte sans souci. Mais
je ne reçois plus les mails automatiques quand un élève fait une suggestion
d'achat sur le portail. Rien dans les spams non plus.

Collège du Tampon, 9740994M.

Corinne Grondin
""", client="ol")

M("missing_noreply_mail", True, "9711990L", "espace_acheteur", False, "fr",
  "Espace Acheteur confirmation mail missing; no anti-spam named.",
  "Eddy Mérion <eddy.merion@ac-guadeloupe.fr>", "Confirmation de compte",
  """Bonjour,

Je me suis inscrit sur l'espace acheteur pour le lycée de Pointe-à-Pitre
(9711990L) mais le mail de confirmation n'arrive pas.

Eddy Mérion
Adjoint gestionnaire
""", client="gm")

M("missing_noreply_mail", True, "7200323N", "espace_acheteur", False, "en",
  "English; order confirmation e-mails are not received; no filter named.",
  "James Orsoni <james.orsoni@ac-corse.fr>", "Order confirmation emails",
  """Hi,

We placed an order on the buyer space last week and never got the order
confirmation email. School 7200323N (Calvi). Could you check whether the
automatic emails are going out?

Thanks,
James Orsoni
""", client="am")

M("missing_noreply_mail", True, "9730015D", "esidoc", True, "fr",
  "UAI written with spaces and lower case ('973 0015 d'); activation mail missing.",
  "Ludovic Gaillou <ludovic.gaillou@ac-guyane.fr>", "pas reçu mail activation",
  """Bonjour,

pas reçu le mail d'activation pour le portail du CDI, uai 973 0015 d
(collège de Mana). On a eu une coupure internet de 2 jours, peut-être
que c'est perdu ?

Ludovic Gaillou
""", client="tb")

M("missing_noreply_mail", True, "9760549T", "esidoc", False, "fr",
  "New-password mail missing; explains the school mail is slow; no anti-spam named.",
  "Ali Combo <ali.combo@ac-mayotte.fr>", "Mail mot de passe",
  """Bonjour,

Le mail avec le nouveau mot de passe n'est jamais arrivé. J'ai attendu
toute la journée, ici les mails mettent parfois plusieurs heures mais là
rien depuis hier. Lycée de Mamoudzou Nord, 9760549T.

Ali Combo
""", client="ol", html="alt")

M("missing_noreply_mail", True, "9721017Y", "esidoc", False, "fr",
  "Activation mail missing, HTML-only mail from a webmail.",
  "Murielle Jean-Baptiste <murielle.jean-baptiste@ac-martinique.fr>", "Activation compte",
  """Bonjour,

Le mail d'activation du compte e-sidoc n'est pas arrivé.
Établissement 9721017Y, Sainte-Marie.

Bien à vous,
Murielle Jean-Baptiste
""", client="zm", html="only")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Gmail user, no UAI, no académie domain; never got the Espace Acheteur sign-up mail.",
  "Mickaël Rabenirina <mika.rabe974@gmail.com>", "inscription",
  """Bonjour,

Je me suis inscrit sur votre espace acheteur pour l'association de parents
mais je n'ai jamais reçu le mail pour valider. J'ai regardé dans les spams.

Mickaël
""", client="gm")

M("missing_noreply_mail", True, "9740394K", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-reunion.fr sender address; the office never got the reset mail.",
  "Collège Les Deux Canons <ce.9740394K@ac-reunion.fr>", "Mail non reçu",
  """Bonjour,

Nous avons demandé un nouveau mot de passe pour le portail du CDI mais le
mail n'est jamais arrivé sur cette adresse.

Cordialement,
Le secrétariat de direction
""", client="zm")

M("missing_noreply_mail", True, "9710120D", "esidoc", False, "fr",
  "Time-zone touch: the mail should have come overnight; nothing arrived; no product named.",
  "Gilles Calixte <gilles.calixte@ac-guadeloupe.fr>", "Toujours pas de mail",
  """Bonjour,

J'ai fait la demande de réinitialisation hier à 16h (heure de Guadeloupe,
donc la nuit chez vous). Ce matin, toujours aucun mail. UAI 9710120D.

Gilles Calixte
""", client="tb")

# ---------------------------------------------------------------- mailinblack_spam (13)
M("mailinblack_spam", True, "9710969B", "esidoc", False, "fr",
  "MailInBlack named: the reset mail is held in quarantine.",
  "Stéphanie Démocrite <stephanie.democrite@ac-guadeloupe.fr>", "Mail bloqué par Mailinblack",
  """Bonjour,

Le mail de réinitialisation e-sidoc est bloqué par MailInBlack : je le vois
dans la quarantaine mais je ne peux pas le libérer, il faut passer par
l'informatique du rectorat.

Collège de Saint-François, 9710969B.

Stéphanie Démocrite
""", client="ol")

M("mailinblack_spam", True, "9721863T", "esidoc", False, "fr",
  "MailInBlack named (typo 'mail in black'); activation mail held.",
  "Ruddy Césaire <ruddy.cesaire@ac-martinique.fr>", "mail in black",
  """bonjour
le mail d activation est bloqué par mail in black au lycee
uai 9721863T
comment faire ?
ruddy
""", client="ip", enc="base64")

M("mailinblack_spam", True, "9741776M", "espace_acheteur", False, "fr",
  "MailInBlack quarantine holds the Espace Acheteur notifications.",
  "Valérie Fontaine <valerie.fontaine@ac-reunion.fr>", "Notifications en quarantaine",
  """Bonjour,

Le service informatique a installé MailInBlack sur les boîtes du lycée et
depuis, vos notifications de l'espace acheteur restent en quarantaine.
Pouvez-vous nous dire quelle adresse autoriser ?
UAI 9741776M.

Valérie Fontaine
Secrétaire d'intendance
""", client="ol")

M("mailinblack_spam", False, "9731824V", "esidoc", True, "fr",
  "The sender-authentication challenge is described (click to prove you are human) without naming MailInBlack: a person should confirm before sending the guide.",
  "Patricia Edouard <patricia.edouard@ac-guyane.fr>", "vos mails n'arrivent pas",
  """Bonjour,

Je pense avoir compris : notre messagerie envoie à chaque nouvel expéditeur
un message lui demandant de cliquer pour prouver qu'il n'est pas un robot,
et tant qu'il ne clique pas, le mail reste bloqué. Votre adresse no-reply ne
cliquera jamais… Du coup je n'ai pas le lien d'activation e-sidoc.

Collège de Saint-Georges, 9731824V.

Patricia Edouard
""", client="tb")

M("mailinblack_spam", True, "6200840U", "esidoc", False, "en",
  "English; MailInBlack named as holding the reset email.",
  "Paul Grimaldi <paul.grimaldi@ac-corse.fr>", "Reset email stuck in MailInBlack",
  """Hello,

Your password reset email is stuck in our MailInBlack quarantine and I do
not have the rights to release it. School 6200840U.

What should we do?
Paul Grimaldi
""", client="am")

M("mailinblack_spam", True, "9761665F", "esidoc", False, "fr",
  "MailInBlack named; notifications sitting in 'courriers en attente'.",
  "Issa Bacar <issa.bacar@ac-mayotte.fr>", "MailinBlack bloque vos messages",
  """Bonjour,

Tous vos messages arrivent dans « courriers en attente » de Mailinblack.
Est-ce qu'il y a une procédure pour vous mettre en liste blanche ?
Collège de Tsingoni, UAI 9761665F.

Issa Bacar
Référent numérique
""", client="ol", html="alt")

M("mailinblack_spam", False, "9720814C", "esidoc", True, "fr",
  "Two topics: MailInBlack blocks the activation mail (main) and asks who the administrator of the structure is (account_creation).",
  "Nadège Pélage <nadege.pelage@ac-martinique.fr>", "Activation bloquée + administrateur",
  """Bonjour,

Le lien d'activation est bloqué par MailInBlack chez nous (9720814C).
Au passage, pouvez-vous me dire qui est l'administrateur de notre structure
sur e-sidoc ? Personne ici ne le sait.

Nadège Pélage
""", client="gm")

M("mailinblack_spam", True, "7201011L", "espace_acheteur", True, "fr",
  "MailInBlack named; UAI only in the ce.<UAI>@ac-corse.fr sender address.",
  "Lycée de Balagne <ce.7201011L@ac-corse.fr>", "Messages bloqués",
  """Bonjour,

Vos mails de l'espace acheteur sont bloqués par notre anti-spam MailInBlack.
Merci de nous indiquer la procédure.

Secrétariat
""", client="zm")

M("mailinblack_spam", True, "9710577A", "esidoc", False, "fr",
  "IT staff mention MailInBlack allow-list; the reset mail is held.",
  "Service informatique <dsi-etab@ac-guadeloupe.fr>", "Liste blanche MailInBlack",
  """Bonjour,

Nous administrons MailInBlack pour plusieurs établissements de l'académie.
Le lycée de Basse-Terre (9710577A) ne reçoit pas vos mails de mot de passe :
ils sont retenus. Pouvez-vous nous communiquer les adresses et domaines
d'envoi à autoriser ?

Cordialement,
Pôle informatique
""", client="ol")

M("mailinblack_spam", True, "9741702G", "esidoc", False, "fr",
  "MailInBlack named; reader notifications held; Réunion time mentioned.",
  "Fabienne Boyer <fabienne.boyer@ac-reunion.fr>", "Mailinblack",
  """Bonjour,

Depuis la mise en place de Mailinblack, le mail de réinitialisation reste
bloqué. Je vous écris à 17h heure de La Réunion, j'espère une réponse
demain matin. Collège de Saint-Paul, 9741702G.

Fabienne Boyer
""", client="tb")

M("mailinblack_spam", True, "9731583H", "espace_acheteur", False, "en",
  "English; MailInBlack challenge mentioned by name.",
  "Kim Wong <kim.wong@ac-guyane.fr>", "MailInBlack challenge",
  """Hi,

Our school uses MailInBlack. Your no-reply address gets a challenge it can
never answer, so we never receive buyer-space emails. UAI 9731583H.

Best,
Kim Wong
""", client="gm")

M("mailinblack_spam", False, None, "esidoc", True, "fr",
  "UAI typed 6201105H: wrong check letter (the digits give 6201105G); MailInBlack named; region from ac-corse.fr; the sender already applied the guide, so a person must follow up.",
  "Dumenica Casanova <dumenica.casanova@ac-corse.fr>", "Re: MailInBlack",
  """Bonjour,

J'ai suivi votre guide MailInBlack, j'ai ajouté l'adresse en liste blanche,
mais le mail est encore bloqué. Établissement 6201105H.

Dumenica Casanova

> Bonjour,
> Veuillez trouver ci-dessous la procédure pour autoriser notre adresse
> dans MailInBlack.
""", client="tb", reply=True)

M("mailinblack_spam", True, "9760256Z", "esidoc", False, "fr",
  "MailInBlack quarantine; short phone mail.",
  "Moussa Ousseni <moussa.ousseni@ac-mayotte.fr>", "quarantaine",
  """Bonjour,
vos mails e-sidoc sont en quarantaine MailInBlack chez nous, 9760256Z.
Merci
Moussa

Envoyé depuis mon téléphone
""", client="ip", enc="base64")
# ---------------------------------------------------------------- account_creation (10)
M("account_creation", True, "9711491U", "esidoc", False, "fr",
  "Asks how to create an e-sidoc account for a new CDI; the sign-up answer fits.",
  "Léa Bourgeois <lea.bourgeois@ac-guadeloupe.fr>", "Création de compte",
  """Bonjour,

Le collège de Petit-Bourg (9711491U) ouvre un CDI rénové. Comment créer un
compte sur le portail e-sidoc ?

Léa Bourgeois
""", client="tb")

M("account_creation", True, None, "espace_acheteur", False, "fr",
  "New buyer asks how to open an Espace Acheteur account; the sign-up form answer fits.",
  "Christelle Louisy <christelle.louisy@ac-martinique.fr>", "ouvrir un compte acheteur",
  """Bonjour,

Je viens d'être nommée gestionnaire. Comment ouvrir un compte sur l'espace
acheteur ?

Christelle Louisy
""", client="ol")

M("account_creation", False, "9740351N", "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks; the administrator is unreachable: the region must step in.",
  "Thierry Hoarau <thierry.hoarau@ac-reunion.fr>", "Compte en attente de validation",
  """Bonjour,

Mon compte sur l'espace acheteur est « en attente de validation » depuis
trois semaines. L'administrateur de l'établissement est en congé longue
maladie. UAI 9740351N.

Que faire ?
Thierry Hoarau
""", client="ol")

M("account_creation", False, None, "esidoc", False, "fr",
  "Asks who the structure's administrator is: a look-up, a person answers.",
  "Marc-Antoine Nivet <marc-antoine.nivet@ac-guyane.fr>", "Qui est l'administrateur ?",
  """Bonjour,

Qui est l'administrateur e-sidoc de notre établissement ? Je voudrais
demander des droits de catalogage.

Marc-Antoine Nivet
""", client="gm")

M("account_creation", True, "9761267Y", "esidoc", False, "en",
  "English; new library account needed for a school that opened this year.",
  "Hannah Said <hannah.said@ac-mayotte.fr>", "New account for our library",
  """Hello,

Our collège in Bandraboua opened this September (UAI 9761267Y). How do we
create an account for the library portal?

Thank you,
Hannah Said
""", client="am")

M("account_creation", False, "6201884D", "espace_acheteur", False, "fr",
  "Asks for order-validation rights to be opened on an existing account: a person answers.",
  "Francescu Leca <francescu.leca@ac-corse.fr>", "Droits de validation",
  """Bonjour,

J'ai bien un compte sur l'espace acheteur mais je ne peux pas valider les
paniers. Pouvez-vous m'ouvrir les droits de validation ?
Collège de Bonifacio, 6201884D.

Francescu Leca, adjoint gestionnaire
""", client="tb")

M("account_creation", False, "9721342B", "esidoc", True, "fr",
  "Negation: not a password problem; two librarians each want an administrator account: a person answers.",
  "Sandrine Rosamont <sandrine.rosamont@ac-martinique.fr>", "deux comptes admin ?",
  """Bonjour,

Ce n'est pas un souci de mot de passe, tout marche. Nous sommes deux
documentalistes au lycée (9721342B) : est-il possible d'avoir chacune un
compte administrateur ?

Sandrine Rosamont
""", client="zm")

M("account_creation", False, None, "espace_acheteur", True, "fr",
  "UAI typed 9741107J: wrong check letter (the digits give 9741107K); the establishment is 'not in the list' at sign-up, which goes to the sales team.",
  "Olivier Fontaine <olivier.fontaine@ac-reunion.fr>", "Etablissement introuvable",
  """Bonjour,

En créant le compte client, notre établissement n'apparaît pas dans la
liste. J'ai tapé 9741107J plusieurs fois. Nous sommes à Saint-Benoît.

Olivier Fontaine
""", client="ol")

M("account_creation", True, "9710969B", "esidoc", False, "fr",
  "Creole greeting; asks how to register the CDI on e-sidoc.",
  "Aurélie Pioche <aurelie.pioche@ac-guadeloupe.fr>", "Inscription portail",
  """Bonjou tout moun,

Comment inscrire le CDI du collège de Saint-François sur e-sidoc ?
(UAI 9710969B)

Aurélie Pioche
""", client="gm")

M("account_creation", True, "9730785R", "espace_acheteur", False, "fr",
  "Asks how to create a buyer account for the school; UAI in the signature.",
  "Julien Mathurin <julien.mathurin@ac-guyane.fr>", "compte espace acheteur",
  """Bonjour,

Comment créer un compte sur l'espace acheteur pour passer nos commandes ?

Julien Mathurin
Gestionnaire
Lycée de Rémire-Montjoly – 9730785R
""", client="ol", html="alt")

# ---------------------------------------------------------------- subscription_activation (10)
M("subscription_activation", True, "9720070U", "esidoc", False, "fr",
  "Subscription ordered two days ago not yet visible: the 72-hour rule answers it.",
  "Pascale Grivalliers <pascale.grivalliers@ac-martinique.fr>", "Abonnement pas encore actif",
  """Bonjour,

Nous avons commandé avant-hier l'abonnement à la ressource presse en ligne
pour le CDI, mais elle n'apparaît pas encore sur notre portail.
UAI 9720070U.

Pascale Grivalliers
""", client="tb")

M("subscription_activation", False, "9740094J", "esidoc", True, "fr",
  "Ordered three weeks ago and still not active: past the 72-hour rule, a person checks the order.",
  "Jean-Hugues Hoarau <jean-hugues.hoarau@ac-reunion.fr>", "Abonnement toujours pas activé",
  """Bonjour,

Commande passée le 2 octobre, nous sommes le 23 et le service n'est
toujours pas activé sur notre portail. UAI 9740094J.

JH Hoarau
""", client="ol")

M("subscription_activation", True, "9760436V", "esidoc", False, "fr",
  "Resource to publish on the portal after the order; the activation answer fits.",
  "Roukia Attoumani <roukia.attoumani@ac-mayotte.fr>", "publier la ressource",
  """Bonjour,

Comment publier la ressource numérique que nous venons d'acheter sur notre
portail ? Je ne la vois pas dans la liste. Collège de Chiconi 9760436V.

Roukia Attoumani
""", client="gm")

M("subscription_activation", True, "6201063L", "esidoc", False, "en",
  "English; subscription ordered yesterday not visible yet.",
  "Emma Rossi <emma.rossi@ac-corse.fr>", "Subscription not visible",
  """Hello,

We ordered the online encyclopedia subscription yesterday but I can't see it
on our portal. School 6201063L.

Regards,
Emma Rossi
""", client="am")

M("subscription_activation", True, "9711673S", "esidoc", False, "fr",
  "Subscription not yet available after the order this week.",
  "Frantz Bélénus <frantz.belenus@ac-guadeloupe.fr>", "Service commandé non disponible",
  """Bonjour,

Le service commandé lundi n'est pas disponible. Établissement 9711673S.

Frantz Bélénus
""", client="zm")

M("subscription_activation", True, "9730623P", "esidoc", False, "fr",
  "Module ordered, not visible; no accents.",
  "cdi.lycee.cayenne@ac-guyane.fr", "module pas visible",
  """bonjour
on a commande le module de pret numerique il y a 2 jours, toujours pas visible
etab 9730623P
merci
""", client="ip", enc="base64")

M("subscription_activation", False, "7200605V", "esidoc", True, "fr",
  "Two topics: subscription not active (main) and contract amendment documents not visible; beyond the template.",
  "Battistu Simeoni <battistu.simeoni@ac-corse.fr>", "Abonnement + avenant",
  """Bonjour,

L'abonnement commandé vendredi n'est toujours pas actif sur le portail du
lycée (7200605V). Et je ne vois pas non plus l'avenant au contrat dans mes
documents.

Battistu Simeoni
""", client="tb")

M("subscription_activation", True, "9741686P", "esidoc", False, "fr",
  "Subscription not yet visible; time-zone and slow connection mentioned.",
  "Jessica Maillot <jessica.maillot@ac-reunion.fr>", "Ressource non visible",
  """Bonjour,

La ressource commandée mercredi n'est pas visible. Je précise que nous
sommes à La Réunion, donc je vérifie tôt le matin heure de Paris.
UAI 9741686P.

Jessica Maillot
""", client="ol", html="alt")

M("subscription_activation", True, "9721653P", "esidoc", False, "fr",
  "Subscription not visible yet; UAI in the signature.",
  "Yves Lordinot <yves.lordinot@ac-martinique.fr>", "abonnement",
  """Bonjour,

L'abonnement n'est pas encore actif.

Yves Lordinot
Collège de Fort-de-France – UAI 9721653P
""", client="gm")

M("subscription_activation", True, "9760385P", "esidoc", False, "en",
  "English; new subscription not showing, ordered two days ago.",
  "Omar Houmadi <omar.houmadi@ac-mayotte.fr>", "New subscription not showing",
  """Hi,

We ordered a subscription two days ago and it isn't showing on the portal.
School 9760385P, Mayotte.

Thanks,
Omar Houmadi
""", client="ol")

# ---------------------------------------------------------------- head_of_establishment_request (13)
M("head_of_establishment_request", False, "9710721G", "esidoc", False, "fr",
  "The principal asks in writing to reset the administrator password and contact address.",
  "Principal Collège Vieux-Habitants <ce.9710721G@ac-guadeloupe.fr>", "Demande du chef d'établissement",
  """Madame, Monsieur,

En tant que principal du collège de Vieux-Habitants (9710721G), je vous
demande de bien vouloir réinitialiser le mot de passe administrateur
e-sidoc et de remplacer l'adresse de contact par celle de notre nouvelle
documentaliste, Mme Raphaël.

Le principal,
Joël Nelson
""", client="ol")

M("head_of_establishment_request", False, "9721443L", "espace_acheteur", False, "fr",
  "The proviseure authorises an order in writing.",
  "Proviseure <ce.9721443L@ac-martinique.fr>", "Autorisation de commande",
  """Bonjour,

J'autorise la commande de renouvellement passée par Mme Clovis, gestionnaire
du lycée (9721443L), sur l'espace acheteur.

La proviseure,
Marie-Claude Bellay
""", client="zm")

M("head_of_establishment_request", False, "9741107K", "esidoc", False, "fr",
  "Head of establishment asks to change the administrator of the account.",
  "Direction Collège Saint-Benoît <ce.9741107K@ac-reunion.fr>", "Changement d'administrateur",
  """Bonjour,

Je suis le principal du collège. Notre documentaliste a muté ; je vous
demande de désigner Mme Anne Lebon comme nouvelle administratrice du
portail e-sidoc pour l'établissement 9741107K.

Cordialement,
Le principal, Patrick Grondin
""", client="ol", attach=("courrier_principal.pdf", "application/pdf"))

M("head_of_establishment_request", False, "9731597Y", "esidoc", False, "en",
  "English; the head teacher authorises a password reset to the new librarian's address.",
  "Head Teacher <ce.9731597Y@ac-guyane.fr>", "Authorisation - administrator password",
  """Dear Support,

As head of the school (UAI 9731597Y), I authorise you to reset the e-sidoc
administrator password and send it to our new librarian, Mr. Jacques.

Kind regards,
Mrs. Fleury, Principal
""", client="ol")

M("head_of_establishment_request", False, "6201580Y", "espace_acheteur", True, "fr",
  "The head writes from a personal address (not the ce. box) to change the contact address: a person must check the evidence.",
  "Jean-Dominique Albertini <jdalbertini@orange.fr>", "Adresse de contact",
  """Bonjour,

Proviseur du lycée de Porticcio (6201580Y), je vous demande de modifier
l'adresse de contact de notre compte espace acheteur : la nouvelle adresse
est intendance.porticcio@ac-corse.fr. Je vous écris de mon adresse
personnelle car la messagerie académique est en panne.

Jean-Dominique Albertini
""", client="am")

M("head_of_establishment_request", False, "9760825T", "esidoc", True, "fr",
  "Head asks to reset the admin password; quoted history is an earlier MailInBlack exchange.",
  "Principal <ce.9760825T@ac-mayotte.fr>", "RE: Mail bloqué",
  """Bonjour,

Suite à nos échanges, et puisque le mail n'arrive toujours pas, je vous
demande officiellement, en tant que principal, de réinitialiser le mot de
passe administrateur e-sidoc du collège de Kahani et de le transmettre à
Mme Ahamadi.

M. Abdallah, principal

-----Message d'origine-----
De : Assistance
Objet : Mail bloqué
Votre anti-spam MailInBlack retient nos messages. Voici la procédure…
""", client="ol", reply=True)

M("head_of_establishment_request", False, "9711177C", "esidoc", False, "fr",
  "Written authorisation from the principal following the librarian's password request.",
  "Principal Sainte-Rose <ce.9711177C@ac-guadeloupe.fr>", "Autorisation réinitialisation",
  """Bonjour,

Je confirme la demande de Mme Zénon, professeure documentaliste : merci de
réinitialiser le mot de passe administrateur e-sidoc du collège (9711177C)
et de l'envoyer à son adresse académique ketty.zenon@ac-guadeloupe.fr.

Le principal, Harry Coco
""", client="zm", attach=("autorisation_signee.pdf", "application/pdf"))

M("head_of_establishment_request", False, "7201433V", "espace_acheteur", False, "fr",
  "The proviseur authorises a quote to become an order.",
  "Proviseur Lycée de Corte <ce.7201433V@ac-corse.fr>", "Validation de commande",
  """Bonjour,

J'autorise la transformation du devis en commande pour le lycée
(7201433V). Bon pour accord.

Le proviseur
""", client="ol")

M("head_of_establishment_request", False, "9720401D", "esidoc", True, "fr",
  "The directrice of a primary school asks to change the admin; no accents; UAI in the body with spaces.",
  "ecole.trinite@ac-martinique.fr", "changement admin",
  """bonjour
directrice de l'ecole, je demande que l'administrateur du portail soit
remplace par mme Desir (ancienne admin partie en metropole)
etablissement 972 0401 D
cordialement
S. Bellemare, directrice
""", client="ip", enc="base64")

M("head_of_establishment_request", False, "9741425F", "espace_acheteur", False, "fr",
  "Head authorises in writing the change of buyer administrator.",
  "Proviseure Lycée Le Port <ce.9741425F@ac-reunion.fr>", "Nouvel administrateur acheteur",
  """Madame, Monsieur,

Je vous prie de bien vouloir désigner M. Virapin, nouveau gestionnaire,
comme administrateur du compte espace acheteur de l'établissement
9741425F, en remplacement de Mme Técher.

La proviseure, Mme Dijoux
""", client="ol", html="alt")

M("head_of_establishment_request", False, "9731541M", "esidoc", True, "fr",
  "Two topics: the principal authorises the reset and also asks about a missing invoice; the authorisation is the main request.",
  "Principal <ce.9731541M@ac-guyane.fr>", "Demande officielle",
  """Bonjour,

1. J'autorise la réinitialisation du mot de passe administrateur e-sidoc
   du collège d'Apatou (9731541M) au profit de M. Gaillou.
2. Par ailleurs, pouvez-vous renvoyer la facture 2024 à l'intendance ?

Le principal
""", client="tb")

M("head_of_establishment_request", False, "9761932W", "espace_acheteur", False, "fr",
  "The principal authorises an order for the new school year.",
  "Principal Collège Koungou <ce.9761932W@ac-mayotte.fr>", "Accord commande",
  """Bonjour,

Je donne mon accord pour la commande des abonnements 2025 passée sur
l'espace acheteur pour le collège de Koungou (9761932W).

Le principal
""", client="zm")

M("head_of_establishment_request", False, "6200210J", "esidoc", False, "en",
  "English; the principal asks to reset the contact address of the account.",
  "Principal <ce.6200210J@ac-corse.fr>", "Change of contact address",
  """Hello,

I am the principal of the collège (6200210J). Please replace the contact
address of our library portal account with cdi.college@ac-corse.fr.

Regards,
The Principal
""", client="am")
# ---------------------------------------------------------------- order_billing (10)
M("order_billing", False, "9710729R", "espace_acheteur", False, "fr",
  "Asks for a quote (devis) for the renewal, needed for the bon d'engagement.",
  "Intendance Capesterre <intendance.capesterre@ac-guadeloupe.fr>", "Demande de devis",
  """Bonjour,

Merci de nous faire parvenir un devis pour le renouvellement de
l'abonnement, afin d'établir le bon d'engagement. UAI 9710729R.

L'intendance
""", client="ol")

M("order_billing", False, "9721389C", "espace_acheteur", False, "fr",
  "Invoice not found in Chorus Pro.",
  "Guylaine Ursulet <guylaine.ursulet@ac-martinique.fr>", "Facture Chorus",
  """Bonjour,

La facture de septembre n'apparaît pas sur Chorus Pro. Lycée 9721389C.
Pouvez-vous la redéposer ?

Guylaine Ursulet, gestionnaire
""", client="tb")

M("order_billing", False, "9741425F", "espace_acheteur", False, "en",
  "English; basket cannot be validated, order stuck.",
  "Ravi Virapin <ravi.virapin@ac-reunion.fr>", "Cannot validate basket",
  """Hello,

I cannot validate our basket on the buyer space: the button stays grey.
School 9741425F. The order must go out before the end of the budget year.

Ravi Virapin
""", client="ol")

M("order_billing", False, "6201804S", "espace_acheteur", False, "fr",
  "Asks which payment means are accepted (mandat administratif).",
  "Agent comptable <ac.lycee.ajaccio@ac-corse.fr>", "Moyens de paiement",
  """Bonjour,

Acceptez-vous le paiement par mandat administratif ? Lycée 6201804S.

L'agence comptable
""", client="zm")

M("order_billing", False, "9731824V", "espace_acheteur", False, "fr",
  "Invoice with the wrong establishment name; needs a corrected invoice.",
  "Gestion Saint-Georges <gestion.stgeorges@ac-guyane.fr>", "Facture erronée",
  """Bonjour,

La facture reçue porte le nom d'un autre collège. Merci de nous envoyer une
facture corrigée au nom du collège de Saint-Georges (9731824V).

Le gestionnaire
""", client="ol", attach=("facture_2024-118.pdf", "application/pdf"))

M("order_billing", False, "9760549T", "espace_acheteur", True, "fr",
  "Negation: not a password problem; the bon de commande was sent but the order is not validated.",
  "Ali Combo <ali.combo@ac-mayotte.fr>", "Commande non validée",
  """Bonjour,

Ce n'est pas un problème de connexion cette fois, j'arrive à me connecter.
Mais la commande envoyée il y a 10 jours (bon de commande n° 2024-56) est
toujours « en attente de validation ». UAI 9760549T.

Ali Combo
""", client="ol")

M("order_billing", False, "9711990L", "espace_acheteur", False, "fr",
  "Asks for the Chorus service code to send the invoice.",
  "Eddy Mérion <eddy.merion@ac-guadeloupe.fr>", "code service chorus",
  """Bonjour,

Pour la facture, quel code service faut-il mettre sur Chorus ? Lycée
9711990L.

Eddy Mérion
""", client="gm")

M("order_billing", False, None, "espace_acheteur", True, "fr",
  "UAI typed 9720132K: wrong check letter (the digits give 9720132L); asks for a quote; region from ac-martinique.fr.",
  "Gestion collège du Robert <gestion.robert@ac-martinique.fr>", "devis",
  """Bonjour,

Pouvez-vous m'adresser un devis pour 2025, établissement 9720132K ?

Merci
""", client="zm")

M("order_billing", False, "7201808C", "espace_acheteur", False, "en",
  "English; invoice payment reminder dispute.",
  "Pierre-Louis Vinciguerra <pl.vinciguerra@ac-corse.fr>", "Payment reminder received by mistake",
  """Hello,

We received a payment reminder for invoice F-2024-3391, but it was paid on
10 October by transfer. School 7201808C. Please check.

Pierre-Louis Vinciguerra
""", client="am")

M("order_billing", False, "9740684A", "espace_acheteur", False, "fr",
  "Asks for a pro forma invoice for the budget vote.",
  "Intendance Juliette Dodu <intendance.dodu@ac-reunion.fr>", "Facture pro forma",
  """Bonjour,

Le conseil d'administration se réunit jeudi ; il nous faut une facture pro
forma pour l'abonnement. Collège 9740684A.

Merci, l'intendance
""", client="ol", html="only")

# ---------------------------------------------------------------- contract_documents (6)
M("contract_documents", False, "9710856D", "espace_acheteur", False, "fr",
  "Cannot see the market documents on the buyer space.",
  "Achats Baie-Mahault <achats.bm@ac-guadeloupe.fr>", "Documents du marché",
  """Bonjour,

Nous ne voyons pas les pièces du marché (CCAP, CCTP) dans l'espace acheteur.
Établissement 9710856D.

Service achats
""", client="ol")

M("contract_documents", False, "9721017Y", "esignature", False, "fr",
  "The amendment to sign electronically is not visible.",
  "Murielle Jean-Baptiste <murielle.jean-baptiste@ac-martinique.fr>", "Avenant à signer",
  """Bonjour,

On me dit qu'un avenant est à signer électroniquement mais je ne le vois
pas dans la plateforme de signature. Lycée 9721017Y.

Murielle Jean-Baptiste
""", client="zm")

M("contract_documents", False, "9741776M", "espace_acheteur", False, "en",
  "English; cannot download the convention.",
  "Valérie Fontaine <valerie.fontaine@ac-reunion.fr>", "Convention document",
  """Hi,

I cannot download the convention for our school (9741776M): the link gives
an error. Could you send it by email?

Valérie Fontaine
""", client="ol")

M("contract_documents", False, "6201618P", "espace_acheteur", False, "fr",
  "Contract document missing from the documents list.",
  "Santa Pieri <santa.pieri@ac-corse.fr>", "contrat introuvable",
  """Bonjour,

Le contrat 2024-2027 n'apparaît pas dans nos documents. Collège 6201618P.

Santa Pieri
""", client="tb")

M("contract_documents", False, "9730785R", "espace_acheteur", True, "fr",
  "Quoted history about a quote; the new text asks for the missing market documents.",
  "Julien Mathurin <julien.mathurin@ac-guyane.fr>", "Re: Devis 2025",
  """Bonjour,

Merci pour le devis. Par contre je ne vois toujours pas les documents du
marché (acte d'engagement, avenant n°2) dans l'espace. 9730785R.

Julien

Le 4 nov. 2024 à 09:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, veuillez trouver le devis demandé en pièce jointe.
""", client="am", reply=True)

M("contract_documents", False, "9761024J", "espace_acheteur", False, "fr",
  "Convention not visible; phone mail.",
  "Zaïnaba Madi <zainaba.madi@ac-mayotte.fr>", "convention",
  """Bonjour
je ne vois pas la convention signée dans les documents, 9761024J
merci
""", client="ip", enc="base64")

# ---------------------------------------------------------------- transfer_incident (9)
M("transfer_incident", False, "9741314K", "ecoledirecte", False, "fr",
  "Nightly data transfer to EcoleDirecte fails.",
  "Sébastien Técher <sebastien.techer@ac-reunion.fr>", "Transfert EcoleDirecte en échec",
  """Bonjour,

Le transfert des données vers EcoleDirecte échoue depuis trois jours
(message « échec de synchronisation »). Collège 9741314K.

Sébastien Técher
""", client="ol")

M("transfer_incident", False, "9710120D", "ecoledirecte", False, "fr",
  "Asks for the daily maintenance password.",
  "Secrétariat <secretariat.9710120D@ac-guadeloupe.fr>", "mot de passe de maintenance",
  """Bonjour,

Il nous faut le mot de passe de maintenance du jour pour relancer le
transfert. Établissement 9710120D.

Secrétariat
""", client="zm")

M("transfer_incident", False, "9721863T", "ecoledirecte", True, "fr",
  "Negation: not the admin password but the licence to regenerate after a server change.",
  "Ruddy Césaire <ruddy.cesaire@ac-martinique.fr>", "Licence à régénérer",
  """Bonjour,

Il ne s'agit pas d'un mot de passe perdu : on a changé le serveur de vie
scolaire et il faut régénérer la licence pour la synchronisation
EcoleDirecte. Lycée 9721863T.

Ruddy Césaire
""", client="gm")

M("transfer_incident", False, "6201105G", "ecoledirecte", False, "en",
  "English; synchronisation stopped after the time change.",
  "Marc Cristofari <marc.cristofari@ac-corse.fr>", "Sync stopped",
  """Hello,

Since the clocks changed last Sunday, the data synchronisation with
EcoleDirecte has stopped. School 6201105G.

Marc Cristofari, IT
""", client="am")

M("transfer_incident", False, "9731620Y", "ecoledirecte", False, "fr",
  "Transfer fails because of connection cuts.",
  "Maria Lopes <maria.lopes@ac-guyane.fr>", "transfert coupé",
  """Bonjour,

Le transfert vers EcoleDirecte s'interrompt à chaque fois (coupures de
réseau fréquentes à Saint-Laurent). Établissement 9731620Y.

Maria Lopes
""", client="gm", attach=("capture_erreur.png", "image/png"))

M("transfer_incident", False, "9760365T", "ecoledirecte", False, "fr",
  "Needs the maintenance password; Mayotte time mentioned.",
  "Anli Soilihi <anli.soilihi@ac-mayotte.fr>", "maintenance",
  """Bonjour,

Besoin du mot de passe de maintenance pour ce jour. Il est 8h à Mayotte.
9760365T.

Anli
""", client="tb")

M("transfer_incident", False, "7200158J", "ecoledirecte", True, "fr",
  "UAI only in the ce.<UAI>@ac-corse.fr sender address; transfer of marks fails.",
  "Lycée <ce.7200158J@ac-corse.fr>", "échec remontée des notes",
  """Bonjour,

La remontée des notes vers EcoleDirecte est en échec depuis lundi.

Secrétariat de direction
""", client="zm")

M("transfer_incident", False, "9740994M", "ecoledirecte", False, "fr",
  "Licence expired, synchronisation blocked.",
  "Corinne Grondin <corinne.grondin@ac-reunion.fr>", "Licence expirée",
  """Bonjour,

La licence de synchronisation a expiré, pouvez-vous la régénérer ?
Collège 9740994M.

Corinne Grondin
""", client="ol")

M("transfer_incident", False, "9711702Y", "ecoledirecte", False, "fr",
  "Daily transfer error code.",
  "Gestion Lycée Baimbridge <gestion.9711702Y@ac-guadeloupe.fr>", "Erreur transfert",
  """Bonjour,

Erreur 503 au transfert quotidien vers EcoleDirecte. 9711702Y.

Merci
""", client="ol", html="alt")
# ---------------------------------------------------------------- other (18)
M("other", False, None, None, False, "en",
  "English SEO spam.",
  "Rank Booster <offers@rankbooster-seo.biz>", "Boost your website to page 1 of Google",
  """Dear Sir/Madam,

We noticed your website is not ranking on Google. Our team can bring you to
page 1 in 30 days. Reply for a free audit.

Best regards,
Rank Booster Team
""", client="bot")

M("other", False, None, None, False, "fr",
  "Thank-you message with nothing to do.",
  "Murielle Bonheur <murielle.bonheur@ac-guadeloupe.fr>", "Merci !",
  """Bonjour,

Tout fonctionne, merci beaucoup pour votre aide rapide malgré le décalage
horaire. Bonne fin de journée en métropole !

Murielle
""", client="tb")

M("other", False, "9720070U", "esidoc", False, "fr",
  "Asks for training on the portal in Martinique: not in the taxonomy.",
  "Pascale Grivalliers <pascale.grivalliers@ac-martinique.fr>", "Formation e-sidoc",
  """Bonjour,

Organisez-vous des formations à e-sidoc en Martinique ? Plusieurs collègues
seraient intéressés. Collège 9720070U.

Pascale Grivalliers
""", client="tb")

M("other", False, None, None, False, "fr",
  "Phishing attempt imitating the académie webmail.",
  "Service Messagerie <support@ac-reunion-webmail.com>", "Votre boîte mail sera suspendue",
  """Cher utilisateur,

Votre boîte aux lettres a dépassé son quota. Cliquez ici pour la valider
sous 24 heures, faute de quoi elle sera suspendue.

Service Messagerie
""", client="bot", html="only")

M("other", False, "6201415U", "esidoc", False, "fr",
  "Feature suggestion (Corsican-language interface), no request category.",
  "Lisandru Ristori <lisandru.ristori@ac-corse.fr>", "Suggestion : interface en corse",
  """Bonjour,

Serait-il possible d'avoir le portail du CDI en langue corse ? Beaucoup
d'élèves suivent la filière bilingue. Collège 6201415U.

Lisandru Ristori
""", client="tb")

M("other", False, None, None, False, "en",
  "English; a publisher proposes a partnership, unrelated to support.",
  "Caribbean Books <contact@caribbeanbooks.example.com>", "Partnership proposal",
  """Hello,

We publish children's books in Creole and French and would like our titles
to be listed on your platform. Who should we contact?

Caribbean Books
""", client="gm")

M("other", False, "9731556D", "esidoc", False, "fr",
  "Question about cataloguing Creole-language books (which language code); a content question for a person.",
  "Sarah Whitfield <sarah.whitfield@ac-guyane.fr>", "Catalogage livres en créole",
  """Bonjour,

Quel code de langue utiliser pour cataloguer des albums en créole guyanais
sur e-sidoc ? Lycée 9731556D.

Sarah Whitfield
""", client="gm")

M("other", False, None, None, False, "fr",
  "Job application sent to the support address.",
  "Noémie Hoarau <noemie.hoarau974@gmail.com>", "Candidature spontanée",
  """Bonjour,

Je vous adresse ma candidature pour un poste de technicienne support.
Je réside à Saint-Denis de La Réunion et suis disponible immédiatement.

Noémie Hoarau
""", client="gm", attach=("CV_Noemie_Hoarau.pdf", "application/pdf"))

M("other", False, "9761166N", "esidoc", True, "fr",
  "The word 'mot de passe' appears but the mail asks whether the portal works offline during network cuts: a product question, not a reset.",
  "Fatima Mohamed <fatima.mohamed@ac-mayotte.fr>", "Portail hors connexion ?",
  """Bonjour,

Pas de souci de mot de passe. Ma question : le portail peut-il fonctionner
hors connexion ? Avec les coupures d'eau et d'électricité, le réseau
tombe souvent au collège (9761166N).

Fatima Mohamed
""", client="ol")

M("other", False, None, None, False, "fr",
  "Invitation to a regional documentalists' day; informational.",
  "Réseau des professeurs documentalistes <docs-corse@ac-corse.fr>", "Invitation journée des documentalistes",
  """Bonjour,

Nous serions ravis que votre équipe intervienne à la journée des
professeurs documentalistes de Corse le 12 mars à Corte.

Le groupe de pilotage
""", client="ol", html="alt")

M("other", False, "9710577A", "esidoc", False, "en",
  "English; asks for portal usage statistics for a report.",
  "Nadia Ibo <nadia.ibo@ac-guadeloupe.fr>", "Usage statistics",
  """Hello,

Could you send me the usage statistics of our library portal for last year?
School 9710577A. It's for the annual report.

Nadia Ibo
""", client="ol")

M("other", False, None, None, False, "fr",
  "Complaint about the hotline hours not suited to overseas time zones; a person answers.",
  "Henri Félicité <henri.felicite@ac-martinique.fr>", "Horaires de la hotline",
  """Bonjour,

Vos horaires 9h-17h heure de Paris, c'est 3h-11h chez nous en hiver. Ce
n'est pas possible de vous joindre. Avez-vous prévu quelque chose pour les
Outre-mer ?

Henri Félicité
""", client="tb")

M("other", False, None, None, False, "fr",
  "Mail meant for the rectorat (sick leave form), sent here by mistake.",
  "Josiane Théodose <josiane.theodose@ac-martinique.fr>", "Arrêt de travail",
  """Bonjour,

Ci-joint mon arrêt de travail du 3 au 10 décembre.

Josiane Théodose
""", client="tb", attach=("arret_travail.pdf", "application/pdf"))

M("other", False, None, None, False, "en",
  "English crypto spam.",
  "Crypto Wins <win@crypto-gains.example.net>", "You have 2.5 BTC waiting",
  """Congratulations! Your wallet has 2.5 BTC waiting. Confirm your details
within 48 hours to claim.
""", client="bot")

M("other", False, "9740684A", "esidoc", True, "fr",
  "Quoted history is a password reset; the new text only asks to close the ticket and thanks: nothing to do.",
  "Nathalie Payet <nathalie.payet@ac-reunion.fr>", "RE: [#SUP-118455] Compte bloqué",
  """C'est bon, j'ai pu me connecter, vous pouvez fermer. Mersi !

Nathalie Payet – 9740684A

-----Message d'origine-----
De : Assistance
Objet : [#SUP-118455] Compte bloqué
Un lien de réinitialisation a été envoyé à l'adresse de l'établissement.
""", client="ol", reply=True)

M("other", False, None, None, False, "fr",
  "Survey request from a university student, unrelated.",
  "Amandine Louis <amandine.louis@univ-antilles.example.fr>", "Questionnaire mémoire",
  """Bonjour,

Étudiante en master à Schœlcher, je fais un mémoire sur les CDI aux
Antilles. Accepteriez-vous de répondre à un court questionnaire ?

Amandine Louis
""", client="gm")

M("other", False, "7201692B", "esidoc", False, "fr",
  "Asks how to export the catalogue; a how-to question outside the categories.",
  "Marie-Laure Luciani <marie-laure.luciani@ac-corse.fr>", "Export du catalogue",
  """Bonjour

Comment exporter tout le catalogue du CDI en fichier tableur ? 7201692B.

ML Luciani
""", client="zm")

M("other", False, None, None, False, "fr",
  "Supplier advertising furniture; commercial spam in French.",
  "Mobilier Scolaire Océan Indien <promo@mobilier-oi.example.re>", "Promotions rentrée",
  """Bonjour,

Profitez de -20 % sur nos chaises et tables de CDI, livraison à La Réunion
et à Mayotte.

L'équipe commerciale
""", client="bot", html="only")
# ---------------------------------------------------------------- automated (20)
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
GEN = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk"}

M("automated", False, "9710729R", None, True, "fr",
  "Out-of-office of a CDI address that mentions passwords and e-sidoc; Auto-Submitted is present.",
  "Murielle Bonheur <murielle.bonheur@ac-guadeloupe.fr>", "Réponse automatique : Mot de passe e-sidoc oublié",
  """Bonjour,

Je suis absente du CDI jusqu'au 4 novembre (congés de la Toussaint).
Pour tout problème de mot de passe e-sidoc, merci de contacter le
secrétariat du collège (9710729R).

Murielle Bonheur
""", client="ol", hdrs=OOO, reply=True)

M("automated", False, "9721614X", None, False, "fr",
  "Vacation auto-reply (Zimbra) from a Martinique teacher.",
  "Fabrice Louis-Joseph <fabrice.louis-joseph@ac-martinique.fr>", "Absence",
  """Je suis en congé jusqu'au 6 janvier. Bòn fèt !
Lycée 9721614X
""", client="zm", hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)"}, reply=True)

M("automated", False, None, None, False, "en",
  "Delivery failure (bounce) from MAILER-DAEMON for an unknown recipient.",
  "Mail Delivery System <MAILER-DAEMON@smtp.ac-guyane.fr>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.ac-guyane.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ancien.cdi@ac-guyane.fr>: host mx.ac-guyane.fr said: 550 5.1.1
    User unknown
""", kind="bounce", rcpt="ancien.cdi@ac-guyane.fr")

M("automated", False, None, None, True, "fr",
  "Bounce (mailbox full) in French for a Réunion address; quotes our password mail but is a robot.",
  "MAILER-DAEMON@ac-reunion.fr", "Non remis : Votre nouveau mot de passe",
  """Votre message n'a pas pu être remis à certains destinataires.

<cdi.college-tampon@ac-reunion.fr> : boîte aux lettres pleine (552 5.2.2).

Objet du message : Votre nouveau mot de passe
""", kind="bounce", rcpt="cdi.college-tampon@ac-reunion.fr")

M("automated", False, None, None, True, "fr",
  "MailInBlack sender-authentication challenge sent to our no-reply: a robot, not a person asking about MailInBlack.",
  "MailInBlack <noreply@mailinblack.com>", "Confirmez votre envoi à nadege.pelage@ac-martinique.fr",
  """Bonjour,

Vous avez envoyé un message à nadege.pelage@ac-martinique.fr.
Cette adresse est protégée par MailInBlack. Pour que votre message soit
délivré, merci de confirmer que vous êtes un humain en cliquant sur le
lien ci-dessous.

https://secure.mailinblack.com/authenticate?id=8f3e1a
""", client="bot", hdrs=GEN, html="alt")

M("automated", False, None, None, False, "fr",
  "MailInBlack challenge in HTML only.",
  "MailInBlack <noreply@mailinblack.com>", "Authentification de l'expéditeur requise",
  """Votre message à issa.bacar@ac-mayotte.fr est en attente.
Cliquez sur le lien pour prouver que vous n'êtes pas un robot.
""", client="bot", hdrs=GEN, html="only")

M("automated", False, None, None, False, "fr",
  "Académie newsletter via a mailing list (List-Id).",
  "Lettre numérique <lettre-numerique@ac-guadeloupe.fr>", "La lettre du numérique éducatif – novembre",
  """Au sommaire ce mois-ci :
- le déploiement de la fibre dans les collèges de Marie-Galante ;
- retour sur la semaine du créole ;
- agenda des formations.

Pour vous désinscrire, répondez STOP.
""", client="bot", hdrs={"List-Id": "<lettre-numerique.ac-guadeloupe.fr>", "Precedence": "list", "List-Unsubscribe": "<mailto:sympa@ac-guadeloupe.fr?subject=unsubscribe>"}, html="alt")

M("automated", False, None, None, False, "en",
  "Read receipt (disposition notification).",
  "Kim Wong <kim.wong@ac-guyane.fr>", "Read: Your buyer space request",
  """Your message

  To: kim.wong@ac-guyane.fr
  Subject: Your buyer space request

was read on 14/11/2024 07:12 (UTC-03:00).
""", kind="mdn")

M("automated", False, None, None, False, "fr",
  "Accusé de lecture in French (Outlook).",
  "Valérie Fontaine <valerie.fontaine@ac-reunion.fr>", "Lu : [#SUP-118512] Notifications en quarantaine",
  """Votre message

  À : valerie.fontaine@ac-reunion.fr
  Objet : [#SUP-118512] Notifications en quarantaine

a été lu le 19/11/2024 10:41.
""", kind="mdn")

M("automated", False, "6201107J", None, True, "fr",
  "Auto-reply of a Corsican college's ce. box during holidays; mentions the portal but is a robot.",
  "Collège de Sartène <ce.6201107J@ac-corse.fr>", "Réponse automatique",
  """Bonjour,

L'établissement est fermé du 21 décembre au 6 janvier. Votre message sera
traité à la rentrée. Pour le portail du CDI, adressez-vous à la
documentaliste.

Bonnes fêtes, Bone feste !
""", client="zm", hdrs=OOO)

M("automated", False, None, "ticket_portal", False, "fr",
  "Notification auto-generated by the ticket portal itself.",
  "Portail assistance <noreply@tickets.assistance.example.fr>", "Nouveau commentaire sur votre ticket",
  """Un nouveau commentaire a été ajouté au ticket #118377.
Ne répondez pas à ce message.
""", client="bot", hdrs=GEN)

M("automated", False, None, "espace_acheteur", False, "fr",
  "Automatic basket notification from the buyer space.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "Votre panier a été validé",
  """Bonjour,

Votre panier n°PA-2024-7781 a été validé. Vous recevrez la facture par
Chorus Pro.

Ceci est un message automatique.
""", client="bot", hdrs=GEN)

M("automated", False, None, None, False, "en",
  "English out-of-office with Auto-Submitted.",
  "Tom Baptiste <tom.baptiste@ac-guyane.fr>", "Automatic reply: Reset link not working",
  """I'm out of the office until Monday with limited connectivity (field trip
to Saül). I'll answer when I'm back.

Tom
""", client="ol", hdrs=OOO, reply=True)

M("automated", False, None, None, False, "fr",
  "Delivery delay notice (not yet delivered) from a relay.",
  "Mail Delivery Subsystem <mailer-daemon@relay.ac-mayotte.fr>", "Delayed Mail (still being retried)",
  """Votre message à <secretariat.college@ac-mayotte.fr> n'a pas encore pu
être délivré. Le serveur distant ne répond pas. Nouvelle tentative pendant
5 jours.
""", kind="bounce", rcpt="secretariat.college@ac-mayotte.fr", action="delayed")

M("automated", False, None, None, False, "fr",
  "Newsletter of a regional library network (bulk).",
  "Réseau Lecture Réunion <infos@lecture-reunion.example.re>", "Les coups de cœur du mois",
  """Les coups de cœur du mois : romans jeunesse de l'océan Indien,
bandes dessinées en créole réunionnais…

Se désabonner : https://lecture-reunion.example.re/desabo
""", client="bot", hdrs={"Precedence": "bulk", "List-Unsubscribe": "<https://lecture-reunion.example.re/desabo>"}, html="only")

M("automated", False, "9741526R", None, True, "en",
  "English out-of-office (Auto-Submitted) from the bursar's office, mentions an invoice; a robot.",
  "Priya Ramassamy <priya.ramassamy@ac-reunion.fr>", "Out of Office: Invoice",
  """Thank you for your email. I'm away until 2 December. For invoices please
contact the bursar's office of school 9741526R.

Priya
""", client="ol", hdrs=OOO, reply=True)

M("automated", False, None, None, False, "fr",
  "Académie system alert (auto-generated) about planned network maintenance.",
  "DSI Corse <ne-pas-repondre@ac-corse.fr>", "Maintenance réseau programmée",
  """Une maintenance du réseau académique aura lieu samedi de 6h à 12h.
Les services de messagerie seront indisponibles.

Message généré automatiquement.
""", client="bot", hdrs=GEN)

M("automated", False, "9731597Y", None, False, "fr",
  "Out-of-office of a Guyane ce. box during the holidays.",
  "Lycée <ce.9731597Y@ac-guyane.fr>", "Absence du bureau",
  """Le secrétariat est fermé pendant les vacances de carnaval.
Réouverture le 10 mars.
""", client="ol", hdrs=OOO, reply=True)

M("automated", False, None, None, False, "en",
  "Bounce in English: domain not found.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to cdi.lycee@ac-guyanne.fr because the
domain ac-guyanne.fr couldn't be found.
""", kind="bounce", rcpt="cdi.lycee@ac-guyanne.fr")

M("automated", False, None, "esignature", False, "fr",
  "Automatic e-signature reminder.",
  "Signature électronique <notifications@esignature.example.fr>", "Rappel : document en attente de signature",
  """Bonjour,

Un document (avenant n°2) est en attente de votre signature depuis 7 jours.

Ce message est envoyé automatiquement.
""", client="bot", hdrs=GEN, html="alt")

# ======================================================================== engine
import html as _html
from email.utils import parseaddr

CLIENT_HDRS = {
    "tb": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
           ("Content-Language", "fr")],
    "ol": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "fr")],
    "gm": [],
    "am": [("X-Mailer", "Apple Mail (2.3776.700.51)")],
    "zm": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF132 (Win)/9.0.0_ZEXTRAS_20240927)"),
           ("X-Originating-IP", "[10.96.12.40]")],
    "ip": [("X-Mailer", "iPhone Mail (21H216)")],
    "bot": [],
}
DEFAULT_CTE = {"tb": "8bit", "ol": "quoted-printable", "gm": "quoted-printable", "am": "8bit",
               "zm": "quoted-printable", "ip": "base64", "bot": "quoted-printable"}


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def msgid(client, domain):
    if client == "gm":
        return "<CA%s@mail.gmail.com>" % "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(40))
    if client == "ol":
        return "<000%s$%s$%s@%s>" % (rhex(5), rhex(8), rhex(8), domain)
    if client == "zm":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6), RNG.randint(10**12, 10**13), domain)
    if client in ("am", "ip"):
        return "<%s@%s>" % (ruuid().upper(), domain)
    return "<%s@%s>" % (ruuid(), domain)


def to_html(text, client):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [_html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines):
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">%s</blockquote>"
                       % "<br>".join(l[4:].lstrip() for l in lines))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    body = "\n".join(out)
    if client == "ol":
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<style>p.MsoNormal{margin:0cm;font-family:Calibri,sans-serif}</style></head>"
                "<body lang=FR><div class=WordSection1>\n%s\n</div></body></html>\n" % body)
    return "<html><body>\n<div dir=\"ltr\">\n%s\n</div>\n</body></html>\n" % body


def local_offset(region, when):
    if region in TZ and region != "corse":
        return TZ[region]
    summer = (when.month, when.day) < (10, 27) and when.month >= 4
    return 2 if summer else 1


def make_date(region, client):
    start = datetime(2024, 9, 2, tzinfo=timezone.utc)
    day = start + timedelta(days=RNG.randint(0, 190))
    off = local_offset(region, day)
    # people write between 6:00 and 21:59 their own time
    utc = day + timedelta(hours=RNG.randint(6, 21) - off, minutes=RNG.randint(0, 59), seconds=RNG.randint(0, 59))
    local = utc.astimezone(timezone(timedelta(hours=off)))
    # patchy connections: a phone or a remote school may hand the mail over hours late
    delay = timedelta(minutes=RNG.randint(180, 600)) if client == "ip" else timedelta(seconds=RNG.randint(3, 400))
    paris = (utc + delay).astimezone(timezone(timedelta(hours=local_offset("corse", utc))))
    return local, paris


def report_mail(m, addr, domain, date, rx, mid):
    kind = m["kw"]["kind"]
    b = "=_report_%s" % rhex(12)
    hdr = [("Return-Path", "<>"), ("Received", rx),
           ("From", m["frm"]), ("To", "Assistance <no-reply@assistance.example.fr>"),
           ("Subject", m["subj"]), ("Date", format_datetime(date)), ("Message-ID", mid),
           ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied" if kind == "mdn" else "auto-generated")]
    msg = EmailMessage(policy=policy.default)
    for k, v in hdr:
        msg[k] = v
    text = EmailMessage(policy=policy.default)
    text.set_content(m["body"], charset="utf-8", cte="quoted-printable")
    del text["MIME-Version"]
    if kind == "bounce":
        rtype = "delivery-status"
        action = m["kw"].get("action", "failed")
        status = "4.4.1" if action == "delayed" else "5.1.1"
        ds = ("Reporting-MTA: dns; %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n"
              % (domain, m["kw"]["rcpt"], action, status))
        second = ("message/delivery-status", ds)
        third = ("text/rfc822-headers",
                 "From: Assistance <no-reply@assistance.example.fr>\nTo: %s\nSubject: Votre compte\n"
                 "Message-ID: <%s@assistance.example.fr>\n" % (m["kw"]["rcpt"], rhex(16)))
    else:
        rtype = "disposition-notification"
        second = ("message/disposition-notification",
                  "Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822; %s\n"
                  "Original-Message-ID: <%s@assistance.example.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n"
                  % (domain, addr, rhex(16)))
        third = None
    parts = ["--%s\n%s\n" % (b, text.as_string(policy=policy.default).rstrip("\n") + "\n"),
             "--%s\nContent-Type: %s\n\n%s\n" % (b, second[0], second[1])]
    if third:
        parts.append("--%s\nContent-Type: %s\n\n%s\n" % (b, third[0], third[1]))
    head = "".join("%s: %s\n" % (k, v) for k, v in msg.items() if k not in ("From", "Subject"))
    head = msg.as_string(policy=policy.default).split("\n\n", 1)[0] + "\n"
    head += 'Content-Type: multipart/report; report-type=%s;\n boundary="%s"\n' % (rtype, b)
    raw = head + "\nThis is a MIME-encapsulated message.\n\n" + "".join(parts) + "--%s--\n" % b
    return raw.encode("utf-8")


def build(m):
    kw = m["kw"]
    client = kw.get("client", "tb")
    name, addr = parseaddr(m["frm"])
    domain = addr.rsplit("@", 1)[1].lower()
    region = region_for(m["uai"], addr)
    local, paris = make_date(region, client)
    mid = msgid(client, domain if client != "gm" else "mail.gmail.com")
    ip = "192.0.2.%d" % RNG.randint(2, 250)
    rx = ("from smtp%d.%s (smtp.%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s"
          " for <support@assistance.example.fr>; %s" % (RNG.randint(1, 4), domain, domain, ip,
                                                        rhex(12).upper(), format_datetime(paris)))
    if kw.get("kind"):
        return report_mail(m, addr, domain, local, rx, mid)
    msg = EmailMessage(policy=policy.default)
    msg["Return-Path"] = "<%s>" % addr
    msg["Delivered-To"] = "support@assistance.example.fr"
    msg["Received"] = rx
    trusted = domain.startswith("ac-") or domain in ("gmail.com", "orange.fr") or client != "bot"
    msg["Authentication-Results"] = (
        "mx1.assistance.example.fr; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s"
        % ("pass" if trusted else "none", domain, "pass" if trusted else "softfail", domain))
    msg["From"] = m["frm"]
    msg["To"] = "Assistance <support@assistance.example.fr>"
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(local)
    msg["Message-ID"] = mid
    if kw.get("reply"):
        ref = re.search(r"#(SUP-\d+)", m["subj"])
        irt = "<%s.%d.%s@assistance.example.fr>" % (ref.group(1), RNG.randint(1725000000, 1740000000), rhex(6)) if ref \
            else "<%s@assistance.example.fr>" % rhex(20)
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    for k, v in CLIENT_HDRS[client]:
        if v is None:
            v = "A" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(27)) + "=="
        msg[k] = v
    if client == "bot":
        msg["X-Mailer"] = "PHPMailer 6.8.1" if not kw.get("hdrs") else "mailer-%s" % domain.split(".")[0]
    for k, v in (kw.get("hdrs") or {}).items():
        msg[k] = v
    cte = kw.get("enc", DEFAULT_CTE[client])
    mode = kw.get("html")
    if mode is None and client in ("gm", "ol", "am") and RNG.random() < 0.6:
        mode = "alt"
    if mode == "only":
        msg.set_content(to_html(m["body"], client), subtype="html", charset="utf-8", cte=cte)
    else:
        msg.set_content(m["body"], charset="utf-8", cte=cte)
        if mode == "alt":
            msg.add_alternative(to_html(m["body"], client), subtype="html", charset="utf-8", cte=cte)
    if kw.get("attach"):
        fname, ctype = kw["attach"]
        maint, subt = ctype.split("/")
        data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" if subt == "pdf"
                else b"\x89PNG\r\n\x1a\n" + bytes(RNG.randrange(256) for _ in range(64)))
        msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%s" % rhex(20))
    return msg.as_bytes(policy=policy.default)


def visible_text(msg):
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = _html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def main():
    RNG.shuffle(MAILS)
    labels = []
    for i, m in enumerate(MAILS, 1):
        fname = "h%03d.eml" % i
        raw = build(m)
        (HERE / fname).write_bytes(raw)
        addr = parseaddr(m["frm"])[1]
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["auto"], "uai": m["uai"],
                       "region": region_for(m["uai"], addr), "platform": m["plat"], "hard": m["hard"],
                       "lang": m["lang"], "notes": m["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150, len(labels)
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    assert [l["file"] for l in labels] == files
    cats = set()
    for lab in labels:
        f = lab["file"]
        assert list(lab) == KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        cats.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 10, f
        assert lab["uai"] is None or uai_ok(lab["uai"]), f
        raw = (HERE / f).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        sender = parseaddr(str(msg["From"]))[1]
        # region consistent with regions.md
        if lab["uai"]:
            assert lab["region"] == DEPT_REGION[lab["uai"][:3]], f
        else:
            assert lab["region"] == DOMAIN_REGION.get(sender.rsplit("@", 1)[-1].lower()), f
        text = visible_text(msg)
        flat = re.sub(r"\s+", "", text).upper()
        if lab["uai"]:
            assert lab["uai"] in flat, (f, lab["uai"])
        wrong_note = "wrong check letter" in lab["notes"]
        found_wrong = False
        for code in CODE_RE.findall(text):
            c = code.upper()
            if uai_ok(c):
                assert c == lab["uai"] or c in lab["notes"], (f, c)
            else:
                assert wrong_note and c in lab["notes"], (f, c)
                found_wrong = True
        if wrong_note:
            assert found_wrong, f
            for c in re.findall(r"\d{7}[A-Z]", lab["notes"]):
                if c in text.upper():
                    assert not uai_ok(c) or c == lab["uai"], (f, c)
                else:  # the code the digits really give
                    assert uai_ok(c), (f, c)
    assert cats == set(CATEGORIES), set(CATEGORIES) - cats
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    print("ok: 150 mails, %d English, %d hard" % (n_en, sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()
