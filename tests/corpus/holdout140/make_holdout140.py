#!/usr/bin/env python3
"""Build the holdout140 blind test set: 150 hand-written support mails.

Theme: the overseas académies (La Réunion, Mayotte, Guadeloupe, Martinique,
Guyane) in February 2025: ordinary requests with local touches, time zones
and connection difficulties.

Every mail text below is written by hand. The code only wraps each text in
realistic headers and MIME structure, writes h001.eml ... h150.eml and
labels.jsonl, then re-reads everything and checks it.

Standard library only; deterministic (fixed seed).
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
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(140140)
DESK = "support@assistance.example.fr"

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
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# regions.md, transcribed
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
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr",
    "mayotte": "ac-mayotte.fr",
}
DEPT2REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        DEPT2REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN2REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def expected_region(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN2REGION.get(dom)


TZ = {"RE": 4, "YT": 3, "GP": -4, "MQ": -4, "GF": -3, "FR": 1}

MAILS = []

FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
FAKE_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def m(cat, ok, uai, reg, plat, hard, lang, notes, frm, subj, body, **o):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, reg=reg, plat=plat, hard=hard,
                      lang=lang, notes=notes, frm=frm, subj=subj, body=body,
                      o=o))


def q(text):
    """Quote a (hand-written) earlier message, mail-client style."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# password_reset
# ---------------------------------------------------------------------------

m("password_reset", True, "9741141X", "la-reunion", "esidoc", False, "fr",
  "Lost e-sidoc back-office password after the austral summer holidays; UAI in the signature. Réunion time zone.",
  ("Nathalie Payet", "nathalie.payet@ac-reunion.fr"), "Mot de passe e-sidoc oublié",
  """Bonjour,

Après deux mois de vacances australes, impossible de me souvenir du mot de passe
du compte administrateur e-sidoc du collège. J'ai essayé les deux ou trois que
j'utilise d'habitude, sans succès, et je préfère ne pas insister avant de
bloquer le compte.

Pourriez-vous m'envoyer un lien pour en choisir un nouveau ?

Bonne journée (ici il fait déjà 31 degrés à 8 h...)

Nathalie Payet
Professeure documentaliste
Collège Les Tamarins - Le Tampon
RNE : 9741141X
""", tz="RE", day=3, hour=8, client="outlook", mode="alt")

m("password_reset", True, "9760212B", "mayotte", "esidoc", False, "fr",
  "Mayotte after the cyclone: the notebook with the codes was lost; personal Gmail, UAI in the body; ordinary reset request.",
  ("Anrifa Soilihi", "anrifa.soilihi976@gmail.com"), "Accès portail CDI perdu",
  """Bonjour,

Je suis la documentaliste du collège de Kawéni (UAI 9760212B). Avec le cyclone
nous avons perdu beaucoup de choses au CDI, y compris le cahier où étaient notés
les identifiants du portail e-sidoc. Je ne retrouve plus le mot de passe.

Je vous écris depuis ma boîte Gmail car la messagerie académique ne marche que
par moments chez moi.

Merci de m'indiquer comment le réinitialiser.

Anrifa Soilihi
""", tz="YT", day=4, hour=17, client="gmail", mode="alt")

m("password_reset", True, "9720440W", "martinique", "esidoc", False, "fr",
  "Account locked after too many attempts; asks to unlock or get a reset link. Zimbra webmail, Martinique.",
  ("Josiane Rosemain", "josiane.rosemain@ac-martinique.fr"), "Compte bloqué",
  """Bonjour,

Le compte d'administration e-sidoc du lycée (identifiant 9720440W) est bloqué :
le message dit « trop de tentatives ». Une collègue a dû se tromper plusieurs
fois pendant que j'étais en stage.

Pouvez-vous le débloquer ou me faire parvenir un lien de réinitialisation ?

Merci d'avance,
J. Rosemain
CDI - Lycée Schœlcher, Fort-de-France
""", tz="MQ", day=5, hour=13, client="zimbra", mode="alt")

m("password_reset", True, "9730254N", "guyane", "esidoc", False, "fr",
  "Reset link expired because the page took too long to load on a slow connection; asks for a new one. Guyane.",
  ("Patrick Lony", "patrick.lony@ac-guyane.fr"), "Lien expiré (connexion trop lente)",
  """Bonjour,

J'ai demandé un nouveau mot de passe pour e-sidoc hier après-midi. Le temps que
notre connexion (4G partagée, la fibre est coupée depuis lundi à Saint-Laurent)
arrive à ouvrir la page, le lien était expiré.

Pourriez-vous m'en renvoyer un ? Je l'ouvrirai tout de suite ce matin, le réseau
est meilleur avant 7 h.

Patrick Lony
Documentaliste, lycée Bertène Juminer
9730254N
""", tz="GF", day=6, hour=6, client="thunderbird", cte="8bit")

m("password_reset", True, "9740273D", "la-reunion", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-reunion.fr sender address; the secretariat asks for the link on that official address (safe path).",
  ("Secrétariat Collège", "ce.9740273D@ac-reunion.fr"), "demande de réinitialisation",
  """Bonjour,

La documentaliste du collège ne parvient plus à se connecter au portail e-sidoc
(mot de passe oublié). Merci d'envoyer le lien de réinitialisation sur cette
adresse, qui est la boîte officielle de l'établissement ; nous le lui
transmettrons.

Cordialement,

Le secrétariat de direction
Collège de Bras-Panon
""", tz="RE", day=7, hour=10, client="zimbra", mode="alt")

m("password_reset", False, "9710664V", "guadeloupe", "esidoc", True, "fr",
  "Wants the new password sent to his personal Hotmail address, which is not on file: no automatic answer.",
  ("Frantz Bélénus", "frantz.belenus@hotmail.fr"), "Mot de passe e-sidoc à envoyer sur ma boîte perso svp",
  """Bonjour,

Je n'ai plus le mot de passe du portail e-sidoc du lycée (9710664V). L'ancienne
adresse du CDI n'existe plus et je n'ai pas accès à la boîte du lycée.

Pouvez-vous m'envoyer directement le nouveau mot de passe ici, sur mon adresse
hotmail ? Ce serait le plus simple pour moi.

Merci
Frantz Bélénus
Lycée polyvalent, Les Abymes
""", tz="GP", day=10, hour=19, client="outlook", mode="html")

m("password_reset", True, None, "martinique", "esidoc", False, "fr",
  "Two lines from a phone: forgotten e-sidoc password, no UAI; region from the ac-martinique.fr sender.",
  ("Sandrine Nelson", "sandrine.nelson@ac-martinique.fr"), "mdp",
  """Bjr, j'ai oublié mon mot de passe e-sidoc, comment faire ?
Merci
Envoyé de mon iPhone
""", tz="MQ", day=11, hour=7, client="iphone", cte="qp")

m("password_reset", False, "9731941X", "guyane", "esidoc", False, "fr",
  "Reply to the automatic reset answer: the link went to the official address, which nobody can read while the secretary is away; the standard path failed, a person must take over.",
  ("Murielle Sabayo", "murielle.sabayo@ac-guyane.fr"), "RE: [#SUP-008412] Mot de passe oublié e-sidoc",
  """Bonjour,

Merci pour la réponse. Le problème, c'est que le lien part sur l'adresse ce. du
collège, et la secrétaire qui la relève est en congé maladie jusqu'à fin février.
Personne d'autre n'a le mot de passe de cette boîte.

Comment fait-on dans ce cas ? Je dois préparer la semaine de la presse.

Murielle Sabayo
Collège Gran Man Difou, Maripasoula - 9731941X

Le 12/02/2025 à 09:14, Assistance a écrit :
""" + q("""Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement (ce.97*****X@ac-guyane.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance""") + "\n", tz="GF", day=13, hour=11, client="thunderbird", reply=True)

m("password_reset", True, "9761192S", "mayotte", "espace_acheteur", False, "fr",
  "Espace Acheteur login unknown: the gestionnaire does not know which address the account was created with. UAI in the body.",
  ("Intendance Lycée Petite-Terre", "intendance.lpt976@gmail.com"), "Identifiant Espace Acheteur",
  """Bonjour,

Je suis le nouveau gestionnaire du lycée de Petite-Terre (UAI 9761192S). Je dois
passer une commande sur l'Espace Acheteur mais je ne connais ni l'identifiant ni
le mot de passe ; mon prédécesseur est reparti en métropole et l'adresse du
compte était peut-être la sienne.

Comment puis-je récupérer l'accès ?

Cordialement,
Ahmed Ali Madi
Gestionnaire
""", tz="YT", day=12, hour=9, client="gmail", mode="alt")

m("password_reset", True, "9740594C", "la-reunion", "esidoc", False, "en",
  "English, from the international section; forgotten e-sidoc password, UAI given.",
  ("Emma Whitfield", "emma.whitfield@ac-reunion.fr"), "Forgotten password - library portal",
  """Hello,

I look after the library of the international section at Lycée Leconte de Lisle
(school code 9740594C) while our librarian is on leave. I have forgotten the
password for the e-sidoc back office and cannot update the new arrivals.

Could you please send me a reset link, or tell me what to do?

Many thanks,
Emma Whitfield
English section coordinator
""", tz="RE", day=14, hour=15, client="outlook", mode="alt")

m("password_reset", False, "9740859R", "la-reunion", "esidoc", True, "fr",
  "Two topics: password reset (first) and an invoice missing from Chorus; one template would answer only half.",
  ("Jean-Hugues Hoarau", "jean-hugues.hoarau@ac-reunion.fr"), "Mot de passe + facture",
  """Bonjour,

Deux choses, désolé de tout mettre dans le même message :

1) je n'ai plus le mot de passe du portail e-sidoc du lycée (9740859R), il a dû
expirer pendant les vacances ;
2) notre intendante me dit que la facture de l'abonnement 2025 n'est toujours
pas arrivée sur Chorus Pro, alors que la commande date de décembre.

Merci de votre aide sur les deux points.

Jean-Hugues Hoarau
Lycée de Saint-Paul
""", tz="RE", day=17, hour=14, client="zimbra")

m("password_reset", True, None, "guadeloupe", "esidoc", True, "fr",
  "UAI typed 9711942K: wrong check letter (the digits give 9711942J), so no UAI; region from the ac-guadeloupe.fr sender. Otherwise a plain lost password.",
  ("Ketty Zénon", "ketty.zenon@ac-guadeloupe.fr"), "Perte mot de passe portail documentaire",
  """Bonjour,

Je ne retrouve plus le mot de passe de notre portail e-sidoc. Notre code
établissement est le 9711942K.

Je vous remercie de me dire comment procéder.

Bien cordialement,
Ketty Zénon
Professeure documentaliste
Collège de Capesterre-Belle-Eau
""", tz="GP", day=18, hour=10, client="outlook", cs="iso-8859-1", mode="alt")

m("password_reset", False, "9720077B", "martinique", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administrator password (explicitly not the daily maintenance password): no reset template exists for this product.",
  ("Didier Laventure", "direction@ecole-sainte-marie-972.fr"), "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je n'ai plus le mot de passe du compte administrateur EcoleDirecte de
l'établissement (UAI 9720077B). Je précise que ce n'est pas le mot de passe de
maintenance du jour, celui-là je sais le demander : c'est bien le mot de passe
de l'administrateur qui ouvre les droits aux professeurs.

Merci de me recontacter.

D. Laventure
Chef d'établissement adjoint
École privée Sainte-Marie, Le Lamentin
""", tz="MQ", day=19, hour=16, client="outlook", mode="alt")

m("password_reset", True, "9760385P", "mayotte", "esidoc", False, "fr",
  "Expired password, old one forgotten; base64 body from Outlook for Android.",
  ("Zaïnaba Houmadi", "zainaba.houmadi@ac-mayotte.fr"), "Mot de passe expiré",
  """Bonjour,
Le portail me dit que mon mot de passe a expiré et je ne me souviens plus de
l'ancien pour le changer. Collège de Sada, 9760385P.
Merci
Z. Houmadi

Obtenir Outlook pour Android
""", tz="YT", day=20, hour=12, client="android", cte="b64")

m("password_reset", True, "9731292S", "guyane", "esidoc", False, "fr",
  "New librarian who never had the password; satellite connection in an inland commune. UAI given.",
  ("Léa Marchal", "lea.marchal@ac-guyane.fr"), "Prise de poste - accès e-sidoc",
  """Bonjour,

Je viens d'arriver au collège de Grand-Santi (9731292S) comme professeure
documentaliste. Personne ici ne connaît le mot de passe du portail e-sidoc et je
ne sais pas à quelle adresse le compte est rattaché.

Petite précision : nous ne sommes reliés que par satellite, donc si vous
m'envoyez un lien, merci de ne pas le faire expirer trop vite...

Merci beaucoup,
Léa Marchal
""", tz="GF", day=21, hour=9, client="roundcube", cte="8bit")

m("password_reset", True, "9740296D", "la-reunion", "esidoc", True, "fr",
  "Two UAIs: her former school 0693187P (Lyon) and the new one 9740296D (Réunion), which the request is about; region from the new UAI, which agrees with the ac-reunion.fr sender.",
  ("Claire Dumoulin", "claire.dumoulin@ac-reunion.fr"), "Nouvel établissement, mot de passe inconnu",
  """Bonjour,

J'ai été mutée cette année de Lyon (collège 0693187P, dont j'avais bien les
accès) au collège Bois-de-Nèfles à Saint-Denis, UAI 9740296D.

Pour ce nouvel établissement je n'ai jamais reçu le mot de passe du portail
e-sidoc. Pourriez-vous me dire comment l'obtenir ? Je précise que l'ancien compte
lyonnais ne me concerne plus.

Merci et bonne journée,
Claire Dumoulin
""", tz="RE", day=24, hour=9, client="thunderbird", cte="qp")

m("password_reset", False, "9720889J", "martinique", "esidoc", True, "fr",
  "Lost password, but the writer explicitly asks for a phone call from a person, not an automatic mail.",
  ("Marie-Line Adèle", "marie-line.adele@ac-martinique.fr"), "Mot de passe - merci de m'appeler",
  """Bonjour,

J'ai perdu le mot de passe administrateur du portail e-sidoc du lycée du Robert
(9720889J). J'ai déjà reçu deux mails automatiques que je n'ai pas compris, et
je ne suis pas à l'aise avec tout ça.

Est-ce qu'une personne pourrait m'appeler au 0596 65 xx xx ? Attention au
décalage : je suis joignable entre 7 h et 12 h heure de Martinique, soit 12 h à
17 h chez vous.

Merci infiniment,
Marie-Line Adèle
""", tz="MQ", day=25, hour=11, client="zimbra", mode="alt")

m("password_reset", True, None, "guyane", "esidoc", False, "fr",
  "Does not know what the identifier is (it is the UAI) nor the password; no UAI given, region from ac-guyane.fr.",
  ("Serge Sylvestre", "serge.sylvestre@ac-guyane.fr"), "c'est quoi l'identifiant ?",
  """Bonjour,

On me demande un « identifiant » et un mot de passe pour entrer dans la partie
gestion du portail du CDI. Je n'ai ni l'un ni l'autre. C'est quoi l'identifiant,
mon nom ? mon adresse mail ?

Merci de votre retour.
Serge Sylvestre, collège de Kourou
""", tz="GF", day=4, hour=14, client="zimbra")

m("password_reset", True, "9741108L", "la-reunion", "esidoc", False, "fr",
  "Forward (Outlook 'TR:') of the reset mail whose link is no longer valid; asks for a new one.",
  ("Valérie Grondin", "valerie.grondin@ac-reunion.fr"), "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Le lien ci-dessous ne fonctionne plus (« lien expiré »). Avec la coupure de
courant d'hier soir à Saint-Pierre je n'ai pu ouvrir ma messagerie que ce matin.
Pouvez-vous m'en renvoyer un ?

Merci, Valérie Grondin - Lycée Ambroise Vollard (9741108L)

-----Message d'origine-----
De : no-reply <no-reply@assistance.example.fr>
Envoyé : mercredi 5 février 2025 19:02
À : Valérie Grondin <valerie.grondin@ac-reunion.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour choisir un nouveau mot de passe, cliquez sur le lien suivant (valable
12 heures) : https://assistance.example.fr/reset/8c1f0e7a
""", tz="RE", day=6, hour=7, client="outlook", mode="alt")

m("password_reset", True, None, None, "esidoc", False, "fr",
  "Forgotten password from a Yahoo address, no UAI and no académie domain: no region.",
  ("Fatima B.", "fatimab.mtsamboro@yahoo.fr"), "oublie du mot de passe",
  """bonjour
je suis aide documentaliste a Mtsamboro et j ai oublié le mot de passe du
logiciel du CDI (e-sidoc). la directrice m a dit de vous ecrire.
merci
Fatima
""", tz="YT", day=7, hour=13, client="plain", cte="8bit")

m("password_reset", True, "9710309J", "guadeloupe", "esidoc", False, "fr",
  "HTML-only Outlook: the browser no longer remembers the password after a PC change; asks for a reset. Marie-Galante.",
  ("Rose-Aimée Cocoyer", "rose-aimee.cocoyer@ac-guadeloupe.fr"), "Connexion e-sidoc après changement d'ordinateur",
  """Bonjour,

Le CDI a reçu un nouvel ordinateur la semaine dernière. L'ancien retenait le mot
de passe du portail e-sidoc et personne ne l'avait noté.

Pouvez-vous m'aider à en créer un nouveau ? Collège de Grand-Bourg,
Marie-Galante, code 9710309J.

Cordialement,
Rose-Aimée Cocoyer
""", tz="GP", day=10, hour=8, client="outlook", mode="html", cs="windows-1252")

m("password_reset", True, "9721040Y", "martinique", "esidoc", True, "fr",
  "UAI only in the subject line; the body is one sentence.",
  ("Lycée agricole - CDI", "cdi.lpa.croix-rivail@gmail.com"), "9721040Y - mot de passe oublié",
  """Bonjour, pouvez-vous réinitialiser notre mot de passe e-sidoc s'il vous plaît ? Merci.
""", tz="MQ", day=12, hour=9, client="gmail", mode="alt")

m("password_reset", True, "9740242V", "la-reunion", "esidoc", False, "fr",
  "Cyclone alert: the school is closed, the librarian works from home and forgot the password. ISO-8859-1 8-bit body from Thunderbird.",
  ("Gilles Técher", "gilles.techer@ac-reunion.fr"), "Mot de passe portail (alerte cyclonique)",
  """Bonjour,

Les établissements sont fermés aujourd'hui (alerte rouge) et je voulais en
profiter pour avancer sur le portail depuis la maison. Malheureusement le mot de
passe est noté sur un post-it au CDI...

Serait-il possible de recevoir un lien de réinitialisation ? Collège Juliette
Dodu, 9740242V.

Merci, et bon courage à tous ceux qui ont des coupures.
Gilles Técher
""", tz="RE", day=27, hour=10, client="thunderbird", cs="iso-8859-1", cte="8bit")


# ---------------------------------------------------------------------------
# automated
# ---------------------------------------------------------------------------

m("automated", False, None, "la-reunion", None, False, "fr",
  "Zimbra vacation reply from an academic address ('Auto-Submitted: auto-replied (zimbra; vacation)'); region from the sender domain.",
  ("Isabelle Fontaine", "isabelle.fontaine@ac-reunion.fr"), "Absente jusqu'au 10 février",
  """Bonjour,

Je suis absente du CDI jusqu'au lundi 10 février inclus. Pour toute urgence,
merci de contacter le secrétariat du collège.

Isabelle Fontaine
""", tz="RE", day=5, client="zimbra", reply=True,
  hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

m("automated", False, None, "martinique", None, False, "fr",
  "Exchange out-of-office in French ('Réponse automatique :') mentioning the Carnival holidays; Auto-Submitted and X-Auto-Response-Suppress.",
  ("Rodolphe Sainte-Rose", "rodolphe.sainte-rose@ac-martinique.fr"), "Réponse automatique : [#SUP-008533] Commande bloquée",
  """Bonjour,

Je suis en congé pendant les vacances de Carnaval et serai de retour le
lundi 10 mars. Votre message ne sera pas transféré.

Bon Carnaval !
R. Sainte-Rose
""", tz="MQ", day=28, client="owa", reply=True, mode="alt",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

_bounce_yt = """This is a MIME-encapsulated message.

--B0unce.976.Report
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.ac-mayotte.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<saindou.attoumani@ac-mayotte.fr>: host mbox3.ac-mayotte.fr[10.76.3.12] said:
    550 5.1.1 <saindou.attoumani@ac-mayotte.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--B0unce.976.Report
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.ac-mayotte.fr
X-Postfix-Queue-ID: 4Yq7Lm2xKz
Arrival-Date: Tue, 18 Feb 2025 14:21:07 +0300 (EAT)

Final-Recipient: rfc822; saindou.attoumani@ac-mayotte.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <saindou.attoumani@ac-mayotte.fr>: Recipient
    address rejected: User unknown in virtual mailbox table

--B0unce.976.Report
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: saindou.attoumani@ac-mayotte.fr
Subject: [#SUP-008702] Votre demande de compte
Date: Tue, 18 Feb 2025 12:21:02 +0100
Message-ID: <SUP-008702.1739877662.a81c3e@assistance.example.fr>
Auto-Submitted: auto-replied

--B0unce.976.Report--
"""
m("automated", False, None, "mayotte", None, False, "en",
  "Postfix bounce from the Mayotte académie mail system (multipart/report, null Return-Path): the desk's reply to a departed user. Region from the sender domain.",
  ("Mail Delivery System", "MAILER-DAEMON@ac-mayotte.fr"), "Undelivered Mail Returned to Sender",
  "", tz="YT", day=18, hour=14, client="plain", rp="<>", relay="mx2.ac-mayotte.fr", auth="none",
  hdrs=[("Auto-Submitted", "auto-replied")],
  raw=('multipart/report; report-type=delivery-status;\n boundary="B0unce.976.Report"', _bounce_yt))

m("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text from a commune's server (mailbox full): no Auto-Submitted, no multipart/report; only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mairie-maripasoula.fr"), "Mail delivery failed: returning message to sender",
  "", tz="GF", day=9, client="plain", rp="<>", relay="mail.mairie-maripasoula.fr", auth="none",
  raw=("text/plain; charset=us-ascii", """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  scolaire@mairie-maripasoula.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: scolaire@mairie-maripasoula.fr
Subject: [#SUP-008390] Demande d'ouverture de compte
Date: Wed, 5 Feb 2025 15:40:12 +0100
Auto-Submitted: auto-replied

Bonjour,

Nous avons bien reçu votre demande et la transmettons à l'équipe de
votre région.
"""))

_mdn_gp = """--MDN_gp_2025
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Line Bambuck
  Objet : [#SUP-008611] Activation Cafeyn
  Envoyé : mardi 11 février 2025 16:05:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 11 février 2025 11:47:02 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.

--MDN_gp_2025
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;line.bambuck@ac-guadeloupe.fr
Original-Message-ID: <SUP-008611.1739286341.5b2e90@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN_gp_2025--
"""
m("automated", False, None, "guadeloupe", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-guadeloupe.fr sender.",
  ("Line Bambuck", "line.bambuck@ac-guadeloupe.fr"), "Lu : [#SUP-008611] Activation Cafeyn",
  "", tz="GP", day=11, hour=11, client="outlook",
  raw=('multipart/report; report-type=disposition-notification;\n boundary="MDN_gp_2025"', _mdn_gp))

m("automated", False, None, None, "espace_acheteur", False, "fr",
  "Marketing newsletter of the Espace Acheteur: List-Id, List-Unsubscribe, Precedence: bulk.",
  ("Espace Acheteur - Actualités", "actualites@news.espace-acheteur.example.fr"), "Février : nouveaux marchés et webinaire outre-mer",
  """Lettre d'information - février 2025

Nouveaux marchés disponibles
- Fournitures scolaires 2025-2027 : le marché est ouvert aux établissements de
  tous les territoires, livraison en outre-mer incluse.
- Mobilier de CDI : nouvelle offre référencée.

Webinaire « Commander depuis les territoires ultramarins »
Jeudi 20 février à 14 h (heure de Paris) - soit 9 h aux Antilles, 10 h en
Guyane, 16 h à Mayotte et 17 h à La Réunion.

Vous recevez cette lettre car vous êtes inscrit sur l'Espace Acheteur.
Se désinscrire : https://news.espace-acheteur.example.fr/u/k3f9
""", tz="FR", day=13, hour=10, client="plain", mode="alt", to=DESK,
  hdrs=[("List-Id", "Actualites Espace Acheteur <actualites.news.espace-acheteur.example.fr>"),
        ("List-Unsubscribe", "<https://news.espace-acheteur.example.fr/u/k3f9>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")])

m("automated", False, None, "la-reunion", None, True, "fr",
  "Rectorat broadcast about the cyclone alert sent from a no-reply académie address to a distribution list (Precedence: bulk, List-Id): informational, nothing asked of the desk. Region from the sender domain.",
  ("Rectorat de La Réunion", "ne-pas-repondre@ac-reunion.fr"), "Vigilance cyclonique : fermeture des établissements",
  """Mesdames et Messieurs,

En raison du passage de l'alerte orange à l'alerte rouge cyclonique prévu cette
nuit, l'ensemble des écoles, collèges et lycées de l'académie seront fermés
demain. Les personnels ne doivent pas se déplacer.

La continuité pédagogique sera assurée dans la mesure du possible ; des
coupures d'électricité et de réseau sont à prévoir.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Le service communication du rectorat
""", tz="RE", day=27, hour=16, client="plain", to="liste-partenaires@ac-reunion.fr, " + DESK,
  hdrs=[("Precedence", "bulk"), ("List-Id", "<partenaires.ac-reunion.fr>")])

m("automated", False, "9730458K", "guyane", "espace_acheteur", True, "fr",
  "No-reply notification to the desk (administrator of structures without one): an account for a Guyane lycée awaits validation. The notification names the structure's UAI, so it is the label; Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur a demandé l'accès à la structure suivante :

  Structure : Lycée Lumina Sophie - Saint-Laurent-du-Maroni
  UAI : 9730458K
  Demandeur : Karen Abienso (gestionnaire)
  Date de la demande : 14/02/2025 08:12 (heure de Paris)

Cette structure n'a pas d'administrateur : la demande vous est transmise.
Valider ou refuser : https://espace-acheteur.example.fr/admin/demandes

Ceci est un message automatique, merci de ne pas y répondre.
""", tz="FR", day=14, hour=8, client="plain",
  hdrs=[("Auto-Submitted", "auto-generated")])

m("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
  ("Portail de tickets", "notifications@tickets.example.fr"), "[TCK-41877] Nouveau commentaire : lenteurs depuis Mayotte",
  """Un nouveau commentaire a été ajouté au ticket TCK-41877.

Résumé : lenteurs d'accès au portail depuis Mayotte
Auteur : Équipe réseau
Commentaire :
  Les temps de réponse mesurés depuis le point de présence de l'océan Indien
  sont revenus à la normale depuis hier 18 h UTC. Nous laissons le ticket ouvert
  48 h en observation.

Voir le ticket : https://tickets.example.fr/browse/TCK-41877

Vous recevez ce message car vous suivez ce ticket.
""", tz="FR", day=19, hour=9, client="plain", mode="alt",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "TCK-41877")])

m("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'completed' notification for a Martinique convention: no Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic.",
  ("Signature électronique", "ne-pas-repondre@esign.example.fr"), "Document signé par tous les signataires : Convention d'adhésion 2025",
  """Bonjour,

Le document « Convention d'adhésion 2025 - Lycée Joseph Zobel » a été signé par
l'ensemble des signataires.

- Jean-Claude Marie-Rose, proviseur - signé le 17/02/2025 à 08:41 (UTC-4)
- Assistance - signé le 17/02/2025 à 15:02 (UTC+1)

Vous pouvez télécharger le document signé et le certificat de preuve pendant
30 jours : https://esign.example.fr/d/7Qk2mZ

L'équipe Signature électronique
""", tz="FR", day=17, hour=15, client="plain", mode="html")

m("automated", False, None, "guyane", None, False, "en",
  "DMARC aggregate report (gzip attachment) sent by the Guyane académie's mail system; region from the sender domain.",
  ("DMARC reports", "dmarc-noreply@ac-guyane.fr"), "Report Domain: assistance.example.fr Submitter: ac-guyane.fr Report-ID: 2025.02.16.ag",
  """This is an aggregate DMARC report for assistance.example.fr.

Submitter: ac-guyane.fr
Period: 2025-02-15 00:00 UTC to 2025-02-16 00:00 UTC
""", tz="GF", day=16, hour=2, client="plain",
  att=[("ac-guyane.fr!assistance.example.fr!1739577600!1739664000.xml.gz", "application/gzip",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"<feedback/>" * 3)])

m("automated", False, None, None, None, False, "en",
  "Delay warning from the desk's own relay: the mail to a Mayotte school is still being retried (connection timed out). Not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"), "Delayed Mail (still being retried)",
  "", tz="FR", day=21, hour=3, client="plain", rp="<>", relay="relay.assistance.example.fr", auth="none",
  hdrs=[("Auto-Submitted", "auto-replied")],
  raw=('multipart/report; report-type=delivery-status;\n boundary="dly.2502.A1"', """--dly.2502.A1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<ce.9761459G@ac-mayotte.fr>: connect to mx1.ac-mayotte.fr[203.0.113.76]:25:
    Connection timed out

--dly.2502.A1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; ce.9761459G@ac-mayotte.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.ac-mayotte.fr[203.0.113.76]:25:
    Connection timed out
Will-Retry-Until: Wed, 26 Feb 2025 23:10:44 +0100 (CET)

--dly.2502.A1--
"""))

m("automated", False, None, None, None, True, "fr",
  "Out-of-office sent by a client-side rule from a Gmail address: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  ("Mariame Abdou", "mariame.abdou.doc@gmail.com"), "Absence",
  """Bonjour,

Je suis actuellement en congé et n'ai qu'un accès très limité à Internet
(coupures fréquentes). Je traiterai votre message à mon retour, le 3 mars.

Pour les urgences concernant le CDI, merci d'écrire au secrétariat du collège.

Mariame Abdou
""", tz="YT", day=22, client="gmail", mode="alt")

m("automated", False, None, "guadeloupe", None, False, "fr",
  "The académie IT help desk's automatic acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the sender domain.",
  ("Assistance DSI Guadeloupe", "assistance-dsi@ac-guadeloupe.fr"), "[DSI-2025-01873] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence DSI-2025-01873.
Un technicien la prendra en charge dans les meilleurs délais. Les demandes
sont traitées du lundi au vendredi, de 7 h à 16 h (heure de Guadeloupe).

Merci de ne pas répondre à ce message : pour compléter votre demande, utilisez
le lien de suivi.

La plateforme d'assistance de la DSI
""", tz="GP", day=12, client="plain", reply=True,
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dsi@ac-guadeloupe.fr"),
        ("Precedence", "auto_reply")])

m("automated", False, None, "la-reunion", "esidoc", True, "fr",
  "A librarian's real e-sidoc question, but posted to the académie's librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-reunion.fr sender.",
  ("Sophie Lauret", "sophie.lauret@ac-reunion.fr"), "[docs-reunion] Import des notices e-sidoc après le cyclone",
  """Bonjour à toutes et à tous,

Est-ce que l'une d'entre vous a déjà réimporté des notices dans e-sidoc après une
panne de serveur ? Le nôtre a pris l'eau pendant l'alerte et je ne sais pas si
les exemplaires saisis la dernière semaine sont perdus.

Merci pour vos retours,
Sophie - collège de Saint-Benoît

--
Liste de diffusion des professeurs documentalistes de l'académie de La Réunion
Pour se désabonner : docs-reunion-unsubscribe@listes.ac-reunion.fr
""", tz="RE", day=26, client="thunderbird", to="docs-reunion@listes.ac-reunion.fr",
  hdrs=[("List-Id", "Documentalistes de La Reunion <docs-reunion.listes.ac-reunion.fr>"),
        ("Precedence", "list"), ("Sender", "docs-reunion-bounces@listes.ac-reunion.fr")])

m("automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply:' from a publisher's sales contact; Auto-Submitted and X-Auto-Response-Suppress.",
  ("Daniel Okafor", "d.okafor@islandbooks-publishing.co.uk"), "Automatic reply: Subscription access for overseas schools",
  """Thank you for your email. I am travelling until 21 February with limited
access to email. For urgent matters please contact sales@islandbooks-publishing.co.uk.

Kind regards,
Daniel
""", tz="FR", day=17, hour=11, client="owa", reply=True,
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

m("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)",
  "", tz="FR", day=8, client="plain", rp="<>", relay="mail-sor-f69.google.com",
  hdrs=[("Auto-Submitted", "auto-replied")],
  raw=('multipart/report; boundary="000000000000a1b2c3dsn"; report-type=delivery-status', """--000000000000a1b2c3dsn
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to kevin.mcd.cdi972@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 08 Feb 2025 06:12:31 -0800 (PST)

Final-Recipient: rfc822; kevin.mcd.cdi972@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3dsn
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: kevin.mcd.cdi972@gmail.com
Subject: [#SUP-008455] Votre demande
Date: Sat, 08 Feb 2025 15:12:28 +0100

--000000000000a1b2c3dsn--
"""))

m("automated", False, None, None, None, True, "fr",
  "A MailInBlack sender-authentication challenge sent TO the desk by a school's protected mailbox: machine-generated, not a person asking for help, so automated rather than mailinblack_spam.",
  ("Mailinblack", "no-reply@protect.mailinblack.example.com"), "Votre message pour cdi.lycee-bellepierre@ac-reunion.fr est en attente",
  """Bonjour,

Vous avez envoyé un message à cdi.lycee-bellepierre@ac-reunion.fr.
Ce destinataire est protégé par Mailinblack. Afin que votre message soit
délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien
ci-dessous :

https://protect.mailinblack.example.com/challenge/6b1d9e

Sans action de votre part, votre message sera supprimé dans 7 jours.

Ceci est un message automatique.
""", tz="FR", day=19, hour=13, client="plain", mode="alt",
  hdrs=[("Auto-Submitted", "auto-replied")])

_mdn_yt = """--------------ack976
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier électronique envoyé à
nadjati.said@ac-mayotte.fr le 20/02/2025 11:03.

Note : cet accusé de réception indique seulement que le message a été affiché
sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire
ait lu ou compris le contenu du message.

--------------ack976
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: Mozilla/5.0 Thunderbird/128.7.0
Final-Recipient: rfc822;nadjati.said@ac-mayotte.fr
Original-Message-ID: <SUP-008771.1740045780.c0ffee@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------ack976--
"""
m("automated", False, None, "mayotte", None, False, "fr",
  "Thunderbird return receipt in French, multipart/report disposition-notification; region from the ac-mayotte.fr sender.",
  ("Nadjati Said", "nadjati.said@ac-mayotte.fr"), "Accusé de réception (affiché) - [#SUP-008771] Accès Cafeyn",
  "", tz="YT", day=20, hour=15, client="thunderbird",
  raw=('multipart/report; report-type=disposition-notification;\n boundary="------------ack976"', _mdn_yt))

m("automated", False, "9741759U", "la-reunion", None, False, "fr",
  "Out-of-office of a school office (ce.<UAI> address): the school is closed by the cyclone alert; Auto-Submitted present. The UAI comes from the address.",
  ("Collège Les Alizés", "ce.9741759U@ac-reunion.fr"), "Réponse automatique : Collège fermé (alerte cyclonique)",
  """Bonjour,

En raison de l'alerte rouge cyclonique, le collège est fermé et le secrétariat
ne peut pas traiter les messages. Nous vous répondrons dès la levée de l'alerte.

Le secrétariat
""", tz="RE", day=28, hour=6, client="zimbra", reply=True,
  hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

m("automated", False, None, None, None, True, "fr",
  "Host-provided autoresponder from a Guyane supplier: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ("Librairie du Fleuve", "contact@librairie-du-fleuve.fr"), "Re: Commande de manuels pour le CDI",
  """Bonjour et merci pour votre message !

La librairie est fermée pour inventaire jusqu'au 15 février. Nous traiterons
votre demande dès notre retour. Bon Carnaval à tous !

L'équipe de la Librairie du Fleuve - Saint-Laurent-du-Maroni
""", tz="GF", day=11, client="plain", cte="8bit",
  hdrs=[("X-Autoreply", "yes"), ("X-Autorespond", "Re: Commande de manuels pour le CDI")])


# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------

m("other", False, None, "la-reunion", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  ("Nathalie Payet", "nathalie.payet@ac-reunion.fr"), "RE: [#SUP-008350] Mot de passe e-sidoc oublié",
  """Merci beaucoup, le lien a fonctionné du premier coup et j'ai pu changer mon
mot de passe. Bonne fin de journée à vous (et bonne soirée ici !).

Nathalie

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 3 février 2025 05:21
Objet : [#SUP-008350] Mot de passe e-sidoc oublié

Bonjour,
Un lien de réinitialisation vient d'être envoyé à l'adresse enregistrée pour
votre établissement. Il est valable 12 heures.
""", tz="RE", day=3, hour=16, client="outlook", reply=True, mode="alt")

m("other", False, None, None, None, False, "fr",
  "Hotel promotion spam (weekend in Mauritius) sent to the desk.",
  ("Escapades Océan Indien", "offres@escapades-oi-promo.com"), "🌴 -40% sur votre séjour à l'île Maurice ce mois-ci !",
  """Chère cliente, cher client,

Profitez des vacances de février pour vous offrir une parenthèse au soleil :
hôtel 4 étoiles en bord de lagon, demi-pension, transferts aéroport inclus.
Départs de Saint-Denis et de Dzaoudzi tous les vendredis.

Offre valable jusqu'au 28 février, dans la limite des places disponibles.
Réservez maintenant : https://escapades-oi-promo.com/maurice-fevrier

Pour ne plus recevoir nos offres, répondez STOP.
""", tz="RE", day=9, client="plain", mode="html", auth="none")

m("other", False, None, None, None, True, "fr",
  "Phishing: 'your ac-reunion mailbox is full, confirm your password'. Mentions a password but is not password_reset; the look-alike domain ac-reunion-webmail.com is not an académie domain, so no region.",
  ("Service Messagerie Académique", "securite@ac-reunion-webmail.com"), "Votre boîte aux lettres est pleine - action requise",
  """Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de sa capacité. Pour éviter la
suppression de vos messages, vous devez confirmer votre identifiant et votre mot
de passe dans les 24 heures via le lien ci-dessous :

https://ac-reunion-webmail.com/verification

Service informatique du rectorat
""", tz="RE", day=12, client="plain", mode="html", auth="fail")

m("other", False, None, None, None, False, "pt",
  "Portuguese cold prospecting from a Brazilian supplier (Amapá, across the border from Guyane): unrelated, not automated.",
  ("Rafael Costa", "rafael.costa@oiapoque-moveis.com.br"), "Proposta de móveis escolares para a Guiana Francesa",
  """Bom dia,

Somos uma empresa de Macapá especializada em móveis escolares e de biblioteca.
Já atendemos escolas em Saint-Georges-de-l'Oyapock e gostaríamos de apresentar
o nosso catálogo para os estabelecimentos da Guiana Francesa.

Podemos marcar uma videochamada na próxima semana?

Atenciosamente,
Rafael Costa
Oiapoque Móveis Ltda.
""", tz="GF", day=14, hour=10, client="gmail", mode="alt")

m("other", False, None, None, None, False, "fr",
  "A parent asks how to enrol his son in a collège in Mayotte: wrong address, unrelated.",
  ("Abdallah Mdallah", "abdallah.mdallah@outlook.fr"), "inscription collège",
  """Bonjour madame monsieur
mon fils a 11 ans nous sommes arrivés a Mamoudzou en janvier, il n'a pas encore
de place au collège. a qui je dois envoyer le dossier ? on m'a donné cette
adresse à la mairie.
merci beaucoup
Abdallah
""", tz="YT", day=10, client="android", cte="b64")

m("other", False, None, "martinique", None, False, "fr",
  "'Bien reçu, merci' from a phone: nothing to do. Region from the ac-martinique.fr sender.",
  ("Christelle Jean-Louis", "christelle.jean-louis@ac-martinique.fr"), "Re: [#SUP-008498] Facture",
  """Bien reçu, merci !

Envoyé de mon iPhone
""", tz="MQ", day=14, client="iphone", reply=True)

m("other", False, None, "guyane", None, False, "fr",
  "Angry complaint about an unanswered request that does not say what the request was: no category can be told.",
  ("Marc Horth", "marc.horth@ac-guyane.fr"), "TOUJOURS PAS DE RÉPONSE",
  """Bonjour,

Trois semaines que j'ai écrit, et toujours rien. Je sais bien qu'on est loin et
qu'avec le décalage on ne travaille pas aux mêmes heures, mais quand même.

Est-ce que quelqu'un lit ces messages ?

M. Horth
""", tz="GF", day=17, client="zimbra")

m("other", False, None, "guadeloupe", "ticket_portal", False, "fr",
  "How to attach a photo to an existing ticket on the ticket portal: a how-to question with no category of its own.",
  ("Yannick Bourgeois", "yannick.bourgeois@ac-guadeloupe.fr"), "Ajouter une pièce jointe sur le portail de tickets",
  """Bonjour,

Sur le portail de suivi des tickets, je ne trouve pas comment ajouter une capture
d'écran à une demande déjà ouverte. Le bouton « Joindre » tourne dans le vide,
peut-être à cause de notre connexion, mais je ne suis pas sûr qu'il soit au bon
endroit.

Pouvez-vous m'indiquer la marche à suivre ?

Y. Bourgeois
Lycée de Baimbridge
""", tz="GP", day=18, client="outlook", mode="alt")

m("other", False, None, "martinique", None, False, "fr",
  "A teacher asks for teaching resources on the history of the abolition of slavery for a CDI exhibition: unrelated to the services. Region from the sender.",
  ("Fabienne Ursulet", "fabienne.ursulet@ac-martinique.fr"), "Ressources pour exposition",
  """Bonjour,

Nous préparons avec mes élèves de 4e une exposition au CDI pour le 22 mai
(commémoration de l'abolition de l'esclavage en Martinique). Auriez-vous des
ressources, des affiches ou une bibliographie à nous conseiller ?

Merci d'avance,
Fabienne Ursulet, professeure d'histoire-géographie
""", tz="MQ", day=20, client="zimbra", mode="alt")

m("other", False, None, None, None, False, "fr",
  "Hand-written request to be removed from the newsletter: written by a person, so not automated.",
  ("Jocelyne Maillot", "jocelyne.maillot974@orange.fr"), "désinscription",
  """Bonjour,

Je ne suis plus gestionnaire depuis janvier (retraite !). Merci de me retirer de
votre lettre d'information, je reçois tout en double.

Bonne continuation depuis Saint-Gilles,
Jocelyne Maillot
""", tz="RE", day=15, client="thunderbird", cte="8bit")

m("other", False, None, None, None, False, "fr",
  "GDPR erasure request from a former librarian who left Mayotte: other (human review), not account_creation.",
  ("Hélène Roussel", "helene.roussel@laposte.net"), "Suppression de mes données personnelles",
  """Madame, Monsieur,

J'ai été professeure documentaliste au collège de Chiconi jusqu'en juillet 2024
et j'ai quitté l'Éducation nationale. Conformément au RGPD, je vous demande de
supprimer mon compte et toutes les données personnelles me concernant que vous
détenez (nom, adresse électronique, historique).

Merci de me confirmer la suppression.

Hélène Roussel
""", tz="FR", day=6, client="roundcube")

m("other", False, None, None, None, False, "fr",
  "Unsolicited internship application with a CV attached.",
  ("Kevin Ramassamy", "kevin.ramassamy97@gmail.com"), "Candidature stage BTS SIO",
  """Bonjour,

Étudiant en BTS SIO au lycée Bellepierre à Saint-Denis, je recherche un stage
de six semaines à partir du 7 avril. Votre service d'assistance m'intéresse
beaucoup et je serais prêt à travailler à distance avec le décalage horaire.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Kevin Ramassamy
""", tz="RE", day=11, client="gmail", mode="alt",
  att=[("CV_Kevin_Ramassamy.pdf", "application/pdf", FAKE_PDF)])

m("other", False, None, None, None, False, "en",
  "English edtech conference invitation (cold outreach), not a support request.",
  ("Priya Natarajan", "priya@edsummit-islands.com"), "Invitation: Island EdTech Summit 2025 (speaker slot)",
  """Hi there,

We are putting together the Island EdTech Summit, bringing together schools from
the Caribbean and the Indian Ocean, and we would love to have someone from your
team speak about supporting remote schools with low-bandwidth connections.

Would you have 15 minutes for a quick call this week?

Best,
Priya Natarajan
Partnerships, Island EdTech Summit
""", tz="FR", day=18, client="gmail", mode="alt")

m("other", False, None, "guadeloupe", None, False, "fr",
  "Asks for the desk's opening hours in Guadeloupe time and a phone number: general information, no category.",
  ("Murielle Flessel", "murielle.flessel@ac-guadeloupe.fr"), "Horaires de l'assistance",
  """Bonjour,

Pourriez-vous m'indiquer vos horaires d'ouverture, et si possible un numéro de
téléphone ? Avec les cinq heures de décalage (quatre en été, je crois ?), quand
j'arrive au collège vous êtes déjà partis déjeuner, et quand je rentre de la
récréation de l'après-midi vous êtes fermés.

Merci,
Murielle Flessel
""", tz="GP", day=7, client="outlook", mode="alt")

m("other", False, None, "la-reunion", None, False, "fr",
  "Personal message sent to the desk by address autocomplete (meant for a colleague).",
  ("Laurence Boyer", "laurence.boyer@ac-reunion.fr"), "gâteau vendredi",
  """Coucou Sabine,

Pour vendredi je m'occupe du gâteau patate, tu peux prendre les bonbons piment ?
On fait ça au CDI à la récré de 10 h.

Bises
Laurence
""", tz="RE", day=19, client="zimbra")

m("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with a PDF attachment from an unknown sender with failing SPF: phishing, not order_billing.",
  ("Service Recouvrement", "recouvrement@factures-dom-express.net"), "Facture impayée n°FA-2025-00917 - relance avant poursuites",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture n°FA-2025-00917 d'un montant de 1 846,00 €
reste impayée à ce jour. Sans règlement sous 48 heures, le dossier sera transmis
à notre service contentieux.

Vous trouverez la facture en pièce jointe. Règlement par virement uniquement.

Service Recouvrement
""", tz="FR", day=24, client="plain", auth="fail",
  att=[("FA-2025-00917.pdf", "application/pdf", FAKE_PDF)])

m("other", False, None, "guyane", "espace_acheteur", False, "fr",
  "Wants to register for the Espace Acheteur webinar but the registration page times out: other.",
  ("Karen Abienso", "karen.abienso@ac-guyane.fr"), "Inscription webinaire du 20 février",
  """Bonjour,

J'aimerais participer au webinaire du 20 février sur les commandes depuis
l'outre-mer, mais la page d'inscription n'aboutit jamais (elle tourne puis
affiche « délai dépassé »). Pouvez-vous m'inscrire directement ?

Karen Abienso
Gestionnaire, lycée de Saint-Laurent-du-Maroni
""", tz="GF", day=14, client="zimbra", mode="alt")

m("other", False, None, "guyane", "esidoc", False, "fr",
  "Asks whether the e-sidoc portal has an offline or low-bandwidth mode for a school reached by satellite: product question, no category.",
  ("Hervé Ho-A-Chuck", "herve.ho-a-chuck@ac-guyane.fr"), "Portail CDI et connexion satellite",
  """Bonjour,

Au collège de Papaïchton nous n'avons qu'une liaison satellite, partagée avec
l'administration. Le portail e-sidoc met parfois une minute à s'afficher pour
les élèves.

Existe-t-il une version allégée, ou un moyen de consulter le catalogue hors
ligne ? Tout conseil est bienvenu.

Hervé Ho-A-Chuck
""", tz="GF", day=25, client="thunderbird")

m("other", False, None, "mayotte", "esignature", True, "fr",
  "The convention to e-sign carries the establishment's former name; only the document's sender can fix it. About a convention, but not access to contract documents, so other.",
  ("Moussa Bacar", "moussa.bacar@ac-mayotte.fr"), "Convention à signer : mauvais nom d'établissement",
  """Bonjour,

J'ai reçu la demande de signature électronique pour la convention 2025, mais le
document indique encore l'ancien nom du collège (avant la fusion avec l'annexe
de Dembéni). Je ne peux pas signer un document faux.

Qui peut corriger le document et me le renvoyer ?

Moussa Bacar, principal adjoint
""", tz="YT", day=13, client="outlook", mode="alt")


# ---------------------------------------------------------------------------
# missing_noreply_mail
# ---------------------------------------------------------------------------

m("missing_noreply_mail", True, "9740632U", "la-reunion", "espace_acheteur", False, "fr",
  "Activation link of the Espace Acheteur never came; junk folder checked; no anti-spam product named.",
  ("Patricia Hoarau", "patricia.hoarau@ac-reunion.fr"), "Lien d'activation non reçu",
  """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur lundi pour le lycée de Saint-Joseph
(UAI 9740632U). On m'annonce un mail d'activation, mais rien n'est arrivé, ni
dans la boîte de réception ni dans les indésirables.

Merci de votre aide,
Patricia Hoarau, adjointe gestionnaire
""", tz="RE", day=5, client="zimbra", mode="alt")

m("missing_noreply_mail", True, "9761170T", "mayotte", "espace_acheteur", False, "fr",
  "New-password mail never arrives; wonders whether the unstable connection since the cyclone is the cause. No product named.",
  ("Soula Daroueche", "soula.daroueche@ac-mayotte.fr"), "Mail de nouveau mot de passe jamais reçu",
  """Bonjour,

J'ai fait trois fois « mot de passe oublié » sur l'Espace Acheteur depuis
mercredi. Le site dit qu'un mail est parti mais je ne reçois rien. Notre réseau
est très instable depuis le cyclone, est-ce que ça peut bloquer les mails ?

Collège de Koungou, 9761170T.

Soula Daroueche
""", tz="YT", day=7, client="outlook", mode="alt")

m("missing_noreply_mail", True, None, "guadeloupe", "ticket_portal", False, "fr",
  "The ticket portal's invitation mail (to set a password) never arrived; region from the ac-guadeloupe.fr sender.",
  ("Eddy Laurent", "eddy.laurent@ac-guadeloupe.fr"), "Pas reçu l'invitation au portail de suivi",
  """Bonjour,

Au téléphone on m'a dit que je recevrais une invitation pour suivre mes
demandes sur le portail de tickets et y choisir un mot de passe. Je n'ai rien
reçu depuis jeudi. Pouvez-vous la renvoyer ?

Eddy Laurent
Référent numérique, collège de Sainte-Rose
""", tz="GP", day=10, client="outlook")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; the new-password mail from the no-reply address never arrives; Gmail sender, no region.",
  ("Kevin McDonald", "kevin.mcdonald.972@gmail.com"), "No email received from no-reply",
  """Hi,

I'm the new assistant bursar at a private school in Martinique. I asked for a
new password on the Espace Acheteur twice yesterday, but the e-mail from the
no-reply address never shows up (not in spam either).

Could you check on your side?

Thanks,
Kevin
""", tz="MQ", day=11, client="gmail", mode="alt")

m("missing_noreply_mail", True, "9731285J", "guyane", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the académie does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  ("Régine Cantinol", "regine.cantinol@ac-guyane.fr"), "Aucun mail de confirmation",
  """Bonjour,

Je n'ai jamais reçu le mail de confirmation d'inscription à l'Espace Acheteur.
Avant que vous me parliez de MailInBlack : nous ne l'avons pas en Guyane, notre
DSI me l'a confirmé. Les indésirables sont vides aussi.

Lycée de Rémire-Montjoly, 9731285J.

Régine Cantinol
""", tz="GF", day=12, client="zimbra", mode="alt")

m("missing_noreply_mail", False, "9741148E", "la-reunion", "espace_acheteur", False, "fr",
  "Reply after the junk-folder answer: still nothing after 48 h, asks for the region to look at it. The template was already sent: a person must follow up.",
  ("Bruno Rivière", "bruno.riviere@ac-reunion.fr"), "RE: [#SUP-008560] Mail d'activation",
  """Bonjour,

J'ai suivi vos conseils (indésirables, ajout de l'adresse no-reply aux
expéditeurs autorisés), et rien n'est arrivé en 48 h. Pouvez-vous transmettre à
l'équipe de la région comme indiqué ?

Bruno Rivière - Lycée du Port, 9741148E

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 10 février 2025 08:12
Objet : [#SUP-008560] Mail d'activation

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse d'envoi
à vos expéditeurs autorisés. Sans nouvelles de votre part sous 48 heures,
nous reviendrons vers vous.
""", tz="RE", day=12, client="outlook", reply=True, mode="alt")

m("missing_noreply_mail", True, None, "mayotte", "espace_acheteur", False, "fr",
  "Very short phone message: confirmation mail still not received; region from the ac-mayotte.fr sender.",
  ("Hamada Issouf", "hamada.issouf@ac-mayotte.fr"), "mail confirmation",
  """Tjrs pas reçu le mail de confirmation pour l'espace acheteur. Merci

Envoyé depuis mon Galaxy
""", tz="YT", day=14, client="samsung", cte="b64", mode="alt")

m("missing_noreply_mail", True, "9720857Z", "martinique", "espace_acheteur", False, "fr",
  "The structure administrator never receives the 'account to validate' notifications.",
  ("Georges Zaïre", "georges.zaire@ac-martinique.fr"), "Notifications de validation de comptes",
  """Bonjour,

Je suis administrateur de la structure pour le lycée de Trinité (9720857Z).
Deux collègues m'ont dit avoir demandé un compte la semaine dernière, mais je
n'ai reçu aucune notification pour les valider.

Les autres mails arrivent normalement. Que faut-il vérifier ?

G. Zaïre
""", tz="MQ", day=17, client="zimbra")

m("missing_noreply_mail", True, "9711334Y", "guadeloupe", "esidoc", False, "fr",
  "The activation mail for the customer account (needed for a first online order) never came.",
  ("Nadège Pédurand", "nadege.pedurand@ac-guadeloupe.fr"), "Activation du compte client",
  """Bonjour,

J'ai ouvert le compte client du collège (9711334Y) hier pour commander en ligne
le renouvellement du portail. Le message d'activation annoncé sous 12 heures
n'est jamais arrivé.

Merci d'avance,
Nadège Pédurand, gestionnaire
Collège de Morne-à-l'Eau
""", tz="GP", day=18, client="outlook", mode="alt", cs="iso-8859-1")

m("missing_noreply_mail", True, None, "la-reunion", "espace_acheteur", False, "fr",
  "Forward (Gmail French style) of a colleague's message: the account was validated but the first-login link never came. Region from the ac-reunion.fr sender.",
  ("Didier Maunier", "didier.maunier@ac-reunion.fr"), "Fwd: lien de première connexion",
  """Bonjour,

Je vous transfère le message de ma collègue, qui n'a pas d'adresse académique
pour l'instant. Son compte a été validé, mais elle n'a pas reçu le lien de
première connexion.

Didier Maunier

---------- Forwarded message ---------
De : Annie Payet <annie.payet.974@gmail.com>
Date: mar. 18 févr. 2025 à 09:40
Subject: lien de première connexion
To: Didier Maunier <didier.maunier@ac-reunion.fr>

Didier, mon compte Espace Acheteur est validé d'après l'écran, mais je n'ai
jamais eu le mail avec le lien sécurisé. Tu peux voir avec eux ?
Annie
""", tz="RE", day=18, client="gmail", mode="alt")

m("missing_noreply_mail", True, None, "guyane", "espace_acheteur", False, "fr",
  "HTML-only Outlook mail (windows-1252): suspects a strict mail filter but names no product. Region from the sender.",
  ("Sylvie Bertrand", "sylvie.bertrand@ac-guyane.fr"), "Messages automatiques bloqués ?",
  """Bonjour,

Aucun des messages automatiques de l'Espace Acheteur ne nous parvient :
ni confirmation, ni changement de mot de passe. Je soupçonne un filtrage très
strict sur la messagerie de l'établissement, mais je ne sais pas lequel.

Quelle adresse faut-il faire autoriser ?

Sylvie Bertrand
""", tz="GF", day=19, client="outlook", mode="html", cs="windows-1252")

m("missing_noreply_mail", True, "9760763A", "mayotte", "espace_acheteur", True, "fr",
  "Reads like a password problem, but the password tool works: the new-password mail never arrives. The taxonomy puts that under missing_noreply_mail.",
  ("Attoumane Ali", "attoumane.ali@ac-mayotte.fr"), "Problème mot de passe",
  """Bonjour,

J'ai un souci de mot de passe sur l'Espace Acheteur. Je clique bien sur « mot
de passe oublié », le site me répond « un e-mail vous a été envoyé », mais
l'e-mail ne vient jamais. J'ai attendu toute la journée d'hier.

Lycée de Sada, 9760763A.

Attoumane Ali
""", tz="YT", day=19, client="outlook", mode="alt")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Subscribed to offer alerts, never receives the notifications; Gmail sender, no region.",
  ("Christophe Lubin", "christophe.lubin.gp@gmail.com"), "alertes nouvelles offres",
  """Bonjour,

Je me suis abonné aux alertes « nouvelles offres » sur l'Espace Acheteur il y a
un mois, mais je ne reçois jamais rien alors que des marchés ont été publiés.

Christophe Lubin
Gestionnaire, Basse-Terre
""", tz="GP", day=20, client="gmail")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "IT department of the regional authority asks for the exact sender address because no automatic mail reaches several lycées; no UAI and no académie domain, so no region.",
  ("DSI Région - Support lycées", "support-lycees@dsi.regionreunion.example.fr"), "Adresse d'expédition des notifications",
  """Bonjour,

Plusieurs lycées nous signalent qu'ils ne reçoivent plus aucun mail automatique
de l'Espace Acheteur depuis notre changement de passerelle de messagerie.

Pouvez-vous nous communiquer l'adresse et les serveurs d'envoi exacts, afin
que nous les ajoutions à notre liste blanche ?

Cordialement,
Le support lycées de la DSI
""", tz="RE", day=21, client="owa", mode="alt")

m("missing_noreply_mail", True, "9720144Z", "martinique", "ticket_portal", False, "fr",
  "The ticket portal's password-setting mail never arrived.",
  ("Lucette Borromée", "lucette.borromee@ac-martinique.fr"), "Portail de tickets - e-mail de création du mot de passe",
  """Bonjour,

Mon compte sur le portail de tickets a été créé, mais l'e-mail pour définir mon
mot de passe n'arrive pas. Collège du Marin, 9720144Z.

Merci,
L. Borromée
""", tz="MQ", day=24, client="apple", mode="alt")

m("missing_noreply_mail", True, "9741672Z", "la-reunion", "espace_acheteur", False, "fr",
  "Order notifications from the no-reply address stopped arriving after a mailbox change; no product named.",
  ("Intendance Lycée Roland Garros", "intendance.9741672Z@ac-reunion.fr"), "Plus de notifications de commande",
  """Bonjour,

Depuis que nous utilisons cette nouvelle boîte fonctionnelle, nous ne recevons
plus les notifications de suivi de commande de l'Espace Acheteur. Les messages
de l'adresse no-reply n'apparaissent nulle part.

Le compte a bien été mis à jour avec cette adresse.

L'intendance
""", tz="RE", day=25, client="zimbra", mode="alt")

m("missing_noreply_mail", True, "9760200N", "mayotte", "espace_acheteur", False, "en",
  "English, from an IT contractor: the activation e-mail never arrived; UAI given.",
  ("Tom Hennessy", "tom.hennessy@ocean-it-services.example.com"), "Activation email not received",
  """Hello,

We manage the IT for a lycée in Mamoudzou (school code 9760200N). The bursar
registered on the Espace Acheteur on Monday, but the activation email has not
arrived. We checked the quarantine on our own mail gateway: nothing there.

Regards,
Tom Hennessy
Ocean IT Services
""", tz="YT", day=26, client="outlook", mode="alt")


# ---------------------------------------------------------------------------
# mailinblack_spam
# ---------------------------------------------------------------------------

m("mailinblack_spam", True, "9710809C", "guadeloupe", "espace_acheteur", False, "fr",
  "MailInBlack quarantine holds the activation links; asks how to let them through.",
  ("Marlène Dorville", "marlene.dorville@ac-guadeloupe.fr"), "Quarantaine MailInBlack",
  """Bonjour,

Les liens d'activation de l'Espace Acheteur atterrissent dans la quarantaine
MailInBlack de la messagerie du lycée. Le temps que je les libère, ils ont
expiré.

Comment faire pour qu'ils passent directement ? Lycée de Pointe-Noire,
9710809C.

Marlène Dorville
""", tz="GP", day=4, client="outlook", mode="alt")

m("mailinblack_spam", True, None, "mayotte", "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents, typos; region from the ac-mayotte.fr sender.",
  ("Toiyfat Madi", "toiyfat.madi@ac-mayotte.fr"), "mail bloquer",
  """bonjour
le mail in black du college bloque vos mails de l espace acheteur, je dois a
chaque fois cliquer pour debloquer et des fois ca marche pas. comment on fait
merci
toiyfat
""", tz="YT", day=6, client="plain", cte="8bit")

m("mailinblack_spam", True, "9720177K", "martinique", "espace_acheteur", False, "fr",
  "IT manager asks which senders to allow-list in MailInBlack.",
  ("Olivier Marie-Sainte", "olivier.marie-sainte@ac-martinique.fr"), "Liste blanche Mailinblack",
  """Bonjour,

Je suis le référent informatique de la cité scolaire du François (9720177K).
Nous venons de passer sous Mailinblack et je voudrais ajouter vos adresses
d'expédition en liste blanche avant que les collègues ne perdent des messages.

Pouvez-vous me donner les adresses ou domaines à autoriser ?

Olivier Marie-Sainte
""", tz="MQ", day=7, client="thunderbird")

m("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in the MailInBlack notice but the following mails are still held; Orange address, no region.",
  ("Josette Cabrera", "josette.cabrera@wanadoo.fr"), "Toujours bloqué malgré autorisation",
  """Bonjour,

J'ai cliqué sur « Autoriser l'expéditeur » dans le message de Mailinblack, mais
les mails suivants de l'Espace Acheteur sont toujours retenus. Je dois les
libérer un par un. Est-ce normal ?

Josette Cabrera
Secrétaire de gestion, Cayenne
""", tz="GF", day=10, client="outlook", mode="alt")

m("mailinblack_spam", False, "9731182X", "guyane", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (prove you are not a robot) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
  ("Daniel Ho-Fong-Choy", "daniel.ho-fong-choy@ac-guyane.fr"), "Vos mails sont retenus",
  """Bonjour,

Les mails de l'Espace Acheteur ne m'arrivent plus directement. À la place je
reçois un récapitulatif qui me demande de valider les expéditeurs, et de votre
côté il paraît que vous recevez une demande pour « prouver que vous n'êtes pas
un robot ». Je ne sais pas quel logiciel fait ça chez nous.

Collège de Macouria, 9731182X.

D. Ho-Fong-Choy
""", tz="GF", day=11, client="zimbra", mode="alt")

m("mailinblack_spam", True, "9760129L", "mayotte", "espace_acheteur", False, "en",
  "English; MailinBlack quarantine holds the activation links.",
  ("Sarah Mitchell", "sarah.mitchell@ac-mayotte.fr"), "Activation links stuck in MailinBlack",
  """Hello,

Our school (9760129L) uses MailinBlack and the Espace Acheteur activation links
are held in quarantine. By the time I release them they have expired.

What should we allow-list?

Thank you,
Sarah Mitchell
""", tz="YT", day=12, client="outlook", mode="alt")

m("mailinblack_spam", False, "9711682B", "guadeloupe", "espace_acheteur", True, "fr",
  "Two topics: activation mail blocked by MailInBlack (main) and who is the structure's administrator (account_creation).",
  ("Jocelyn Arnaud", "jocelyn.arnaud@ac-guadeloupe.fr"), "MailInBlack + administrateur",
  """Bonjour,

Deux questions :
- le mail d'activation de mon compte est resté bloqué dans MailInBlack et je
  ne le retrouve plus ;
- et qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je
  dois lui demander des droits.

Collège du Moule, 9711682B.
Merci !
Jocelyn Arnaud
""", tz="GP", day=13, client="outlook")

m("mailinblack_spam", True, "9730813W", "guyane", "espace_acheteur", False, "fr",
  "Reply quoting the junk-folder answer: their IT says MailInBlack is blocking; the MailInBlack guide is now the right answer.",
  ("Yolande Pindard", "yolande.pindard@ac-guyane.fr"), "RE: [#SUP-008620] Mail d'activation non reçu",
  """Bonjour,

Rien dans les indésirables. Notre informaticien vient de me dire que c'est
MailInBlack qui retient vos messages. Que faut-il lui demander de faire ?

Yolande Pindard - lycée de Kourou (9730813W)

Le 14/02/2025 à 10:02, Assistance a écrit :
""" + q("""Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse d'envoi
à vos expéditeurs autorisés.""") + "\n", tz="GF", day=14, client="thunderbird", reply=True)

m("mailinblack_spam", True, "9721129V", "martinique", "espace_acheteur", False, "fr",
  "A person forwards the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
  ("Aline Bellay", "aline.bellay@ac-martinique.fr"), "TR: Votre rapport quotidien Mailinblack",
  """Bonjour,

Voici le rapport que je reçois chaque matin : vos messages y sont
systématiquement. Comment les faire passer une bonne fois pour toutes ?

Aline Bellay, collège de Rivière-Salée (9721129V)

-----Message d'origine-----
De : Mailinblack <rapport@mailinblack.example.com>
Envoyé : mercredi 19 février 2025 06:00
Objet : Votre rapport quotidien Mailinblack

Messages en attente (3) :
- no-reply@espace-acheteur.example.fr - Confirmez votre adresse
- no-reply@espace-acheteur.example.fr - Nouvelle commande enregistrée
- newsletter@promo-fournitures.example.com - Soldes de février
""", tz="MQ", day=19, client="outlook", mode="alt")

m("mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by Mailinblack, send the guide. No platform named.",
  ("Sébastien Grondin", "seb.grondin@orange.fr"), "Mailinblack",
  """Bloqué par Mailinblack, vous pouvez m'envoyer la procédure ? Merci

Envoyé de mon iPhone
""", tz="RE", day=20, client="iphone")

m("mailinblack_spam", True, None, "la-reunion", "espace_acheteur", False, "fr",
  "HTML-only Outlook message; the regional authority installed Mailinblack on the lycées last month. Region from the sender.",
  ("Murielle Técher", "murielle.techer@ac-reunion.fr"), "Messages retenus par Mailinblack",
  """Bonjour,

Depuis que la Région a installé Mailinblack sur la messagerie des lycées le
mois dernier, vos messages (confirmation, mot de passe, commandes) sont tous
retenus. Pouvez-vous nous envoyer la procédure pour les autoriser ?

Murielle Técher
Lycée de Saint-André
""", tz="RE", day=21, client="outlook", mode="html")

m("mailinblack_spam", True, "9710193H", "guadeloupe", "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals; asks whether to allow the domain or the address.",
  ("Gérard Lollia", "gerard.lollia@ac-guadeloupe.fr"), "MAILINBLACK : domaine ou adresse ?",
  """Bonjour,

Pour MAILINBLACK, faut-il autoriser tout votre domaine ou seulement l'adresse
no-reply ? Notre prestataire me pose la question.

Lycée de Baie-Mahault, 9710193H.
Cordialement, G. Lollia
""", tz="GP", day=24, client="outlook")

m("mailinblack_spam", True, "9760422E", "mayotte", "espace_acheteur", True, "fr",
  "MailInBlack challenge page does not load on the school's weak connection, so the sender cannot be validated: still the MailInBlack guide (allow-list instead of challenge).",
  ("Fahardine Youssouf", "fahardine.youssouf@ac-mayotte.fr"), "Captcha Mailinblack impossible à valider",
  """Bonjour,

Vos mails sont bloqués par Mailinblack au lycée (9760422E). Normalement je dois
valider l'expéditeur sur une page avec un captcha, mais avec notre connexion
(on partage une 4G pour tout le bâtiment depuis Chido) la page ne charge jamais.

Existe-t-il un autre moyen de vous autoriser une fois pour toutes ?

Fahardine Youssouf
""", tz="YT", day=25, client="outlook", mode="alt")


# ---------------------------------------------------------------------------
# head_of_establishment_request
# ---------------------------------------------------------------------------

m("head_of_establishment_request", False, "9740371K", "la-reunion", "esidoc", True, "fr",
  "The proviseure herself writes from the ce.<UAI> address to ask for an e-sidoc password reset and a new contact address: a head-of-establishment request, not password_reset.",
  ("Proviseure Lycée Lislet Geoffroy", "ce.9740371K@ac-reunion.fr"), "Demande de réinitialisation et changement d'adresse de contact",
  """Madame, Monsieur,

En ma qualité de proviseure du lycée (UAI 9740371K), je vous demande de bien
vouloir réinitialiser le mot de passe administrateur du portail e-sidoc et de
remplacer l'adresse de contact du compte, qui est celle d'un ancien
documentaliste, par l'adresse officielle de l'établissement (celle-ci).

Je vous remercie par avance.

Marie-Annick Grondin
Proviseure
""", tz="RE", day=4, client="outlook", mode="alt")

m("head_of_establishment_request", False, "9761122R", "mayotte", "espace_acheteur", False, "fr",
  "The principal designates a new Espace Acheteur structure administrator (the former one left after the cyclone) and asks to close the former one's access.",
  ("Principal Collège de Tsimkoura", "ce.9761122R@ac-mayotte.fr"), "Changement d'administrateur de structure",
  """Bonjour,

Notre administrateur de structure sur l'Espace Acheteur, M. Daniel Cros, a quitté
Mayotte après le cyclone et ne reviendra pas. Je désigne à sa place notre
gestionnaire, Mme Rahamatou Ali (rahamatou.ali@ac-mayotte.fr).

Je vous demande également de fermer l'accès de M. Cros.

Le principal,
Saïd Ahamadi
Collège de Tsimkoura - 9761122R
""", tz="YT", day=5, client="outlook", mode="alt")

m("head_of_establishment_request", False, "9710099F", "guadeloupe", "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks to replace the contact address on the e-sidoc admin account with the school's address.",
  ("Directrice École Bébel", "ce.9710099F@ac-guadeloupe.fr"), "Modification de l'adresse de contact e-sidoc",
  """Bonjour,

Je suis la directrice de l'école élémentaire Bébel (9710099F). L'adresse de
contact du compte administrateur de notre portail e-sidoc est celle d'une
enseignante partie à la retraite. Je vous prie de la remplacer par l'adresse de
l'école, depuis laquelle je vous écris.

Cordialement,
Mme Gisèle Théodore, directrice
""", tz="GP", day=6, client="zimbra", mode="alt")

m("head_of_establishment_request", False, "9720493D", "martinique", "esidoc", False, "fr",
  "The proviseur authorises the librarian to validate the renewal order and attaches the bon d'engagement (PDF).",
  ("Proviseur LGT Bellevue", "ce.9720493D@ac-martinique.fr"), "Autorisation de commande - renouvellement e-sidoc",
  """Madame, Monsieur,

J'autorise Mme Céline Dormoy, professeure documentaliste, à valider la commande
de renouvellement de l'abonnement e-sidoc pour 2025. Vous trouverez ci-joint le
bon d'engagement signé.

Le proviseur,
Alex Jean-Baptiste
Lycée de Bellevue, Fort-de-France - 9720493D
""", tz="MQ", day=7, client="outlook",
  att=[("BE_2025-014_e-sidoc.pdf", "application/pdf", FAKE_PDF)])

m("head_of_establishment_request", False, "9730127A", "guyane", "esidoc", True, "fr",
  "The librarian sends the principal's signed letter (PDF) with the principal in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
  ("Amandine Séraphin", "amandine.seraphin@ac-guyane.fr"), "Courrier du principal - accès administrateur",
  """Bonjour,

Comme demandé, voici le courrier signé de M. le principal autorisant la
réinitialisation de l'accès administrateur de notre portail e-sidoc et
l'inscription de mon adresse comme adresse de contact. M. le principal est en
copie de ce message.

Collège Némo, Kourou - 9730127A

Amandine Séraphin
Professeure documentaliste
""", tz="GF", day=10, client="outlook", cc="Principal <ce.9730127A@ac-guyane.fr>",
  att=[("courrier_principal_esidoc.pdf", "application/pdf", FAKE_PDF)])

m("head_of_establishment_request", False, "9741170D", "la-reunion", None, True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts there: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Mentions two products, so no single platform.",
  ("Proviseur", "ce.9741170D@ac-reunion.fr"), "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée 9741170D. Suite à la fermeture du lycée pour
l'alerte cyclonique, je n'ai plus accès à la messagerie académique. Merci de
remplacer immédiatement l'adresse des comptes administrateurs e-sidoc et
Espace Acheteur par proviseur.lycee974@gmail.com et de m'envoyer les nouveaux
mots de passe à cette adresse.

C'est très urgent, merci de traiter aujourd'hui.

Le proviseur
""", tz="RE", day=27, client="plain", auth="fail", reply_to="proviseur.lycee974@gmail.com")

m("head_of_establishment_request", False, "9720186V", "martinique", "esidoc", False, "fr",
  "The principal confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done. Personal academic address, not the ce. one.",
  ("Thierry Vélasques", "thierry.velasques@ac-martinique.fr"), "Re: Réinitialisation accès e-sidoc",
  """Je confirme, en tant que principal du collège, mon accord pour la
réinitialisation du compte e-sidoc et l'envoi du lien à Mme Rosine.

T. Vélasques
Principal - Collège de Sainte-Luce (9720186V)

Envoyé de mon iPhone

> Le 18 févr. 2025 à 07:52, Paule Rosine <paule.rosine@ac-martinique.fr> a écrit :
>
> Bonjour Monsieur le Principal,
> L'assistance me demande votre accord écrit pour réinitialiser le compte
> administrateur du portail. Pourriez-vous leur répondre en copie ?
> Merci, Paule
""", tz="MQ", day=18, client="iphone", cc="paule.rosine@ac-martinique.fr")

m("head_of_establishment_request", False, None, None, "esidoc", False, "fr",
  "A primary-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  ("Ramlati Combo", "ramlati.combo@gmail.com"), "Accord de la directrice",
  """Bonjour,

Je suis la directrice de l'école primaire de Bandraboua et je donne mon accord
pour que Mme Nourainya Soumaila gère notre portail e-sidoc et reçoive le nouveau
mot de passe. Je vous écris de ma boîte personnelle, celle de l'école ne
fonctionne pas depuis décembre.

Ramlati Combo
""", tz="YT", day=11, client="gmail", mode="alt")

m("head_of_establishment_request", False, "9740828G", "la-reunion", "espace_acheteur", False, "en",
  "English; the head of an international school names a new structure administrator and asks to close the former one's access.",
  ("Principal - Lycée international", "ce.9740828G@ac-reunion.fr"), "Change of structure administrator",
  """Dear support team,

As head of school (code 9740828G), I am writing to appoint Mr Julien Nativel,
our new bursar, as administrator of our structure on the Espace Acheteur, in
place of Mrs Karine Ethève, who left at the end of January. Please close her
access.

Kind regards,
Catherine Lee-Hoarau
Head of School
""", tz="RE", day=12, client="outlook", mode="alt")

m("head_of_establishment_request", False, "9731194K", "guyane", "esidoc", False, "fr",
  "Reply (Zimbra quote) in which the principal gives the written request the desk asked for.",
  ("Principale Collège Auxence Contout", "ce.9731194K@ac-guyane.fr"), "Re: [#SUP-008642] Accès administrateur e-sidoc",
  """Bonjour,

Suite à votre message, je vous confirme par écrit ma demande : merci de
réinitialiser le mot de passe du compte administrateur e-sidoc du collège et
d'envoyer le lien sur cette adresse officielle.

Cordialement,
Jeanne Alcide, principale
Collège Auxence Contout - 9731194K

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "ce 9731194K" <ce.9731194K@ac-guyane.fr>
Envoyé: Jeudi 13 Février 2025 15:20:11
Objet: [#SUP-008642] Accès administrateur e-sidoc

Bonjour,
Pour des raisons de sécurité, la réinitialisation de l'accès administrateur
doit être demandée par écrit par le chef d'établissement.
""", tz="GF", day=14, client="zimbra", reply=True)

m("head_of_establishment_request", False, "9710149K", "guadeloupe", "espace_acheteur", False, "fr",
  "Written delegation: the head declares who may validate orders for the establishment.",
  ("Proviseur Lycée de Providence", "ce.9710149K@ac-guadeloupe.fr"), "Délégation de validation des commandes",
  """Madame, Monsieur,

Par la présente, je délègue à M. Fred Nagau, adjoint gestionnaire, la
validation des commandes de l'établissement sur l'Espace Acheteur, à compter du
17 février 2025. Mme Annick Lurel conserve ses droits de consultation.

Lycée de Providence, Les Abymes - UAI 9710149K

Le proviseur,
Patrice Clavier
""", tz="GP", day=17, client="outlook", mode="alt")

m("head_of_establishment_request", False, "9711098S", "guadeloupe", "esidoc", False, "fr",
  "HTML-only Outlook letter: the principal asks for a reset so that a librarian who left for mainland France loses access, link to the school's address.",
  ("Principal Collège Jean Jaurès", "ce.9711098S@ac-guadeloupe.fr"), "Départ de notre documentaliste",
  """Madame, Monsieur,

Notre professeur documentaliste a obtenu sa mutation en métropole et a quitté
l'établissement le 31 janvier. Je souhaite qu'il n'ait plus accès au portail
e-sidoc du collège (9711098S).

Je vous demande donc de réinitialiser le mot de passe administrateur et
d'envoyer le lien à l'adresse officielle du collège.

Le principal,
Max Bernadin
""", tz="GP", day=20, client="outlook", mode="html")

m("head_of_establishment_request", False, "9761309U", "mayotte", "esidoc", True, "fr",
  "The body gives 9761309V (wrong check letter) but the sender address ce.9761309U@ac-mayotte.fr carries the valid UAI, which is the label.",
  ("Proviseur Lycée de Chirongui", "ce.9761309U@ac-mayotte.fr"), "Demande écrite du chef d'établissement",
  """Madame, Monsieur,

Je soussigné, proviseur du lycée de Chirongui (UAI 9761309V), demande que
l'adresse de contact du compte administrateur e-sidoc soit remplacée par
celle de notre nouvelle documentaliste, Mme Faouzia Mze
(faouzia.mze@ac-mayotte.fr), et que le mot de passe soit réinitialisé.

Le proviseur,
Karim Bourhane
""", tz="YT", day=21, client="outlook", mode="alt")


# ---------------------------------------------------------------------------
# order_billing
# ---------------------------------------------------------------------------

m("order_billing", False, "9740780E", "la-reunion", "esidoc", False, "fr",
  "Asks for a formal quote for the renewal, needed for the bon d'engagement.",
  ("Sandrine Lebon", "sandrine.lebon@ac-reunion.fr"), "Demande de devis renouvellement",
  """Bonjour,

Pour pouvoir établir le bon d'engagement, notre agence comptable a besoin d'un
devis officiel pour le renouvellement du portail e-sidoc (1 an) du collège
Mille Roches, UAI 9740780E.

Pourriez-vous nous le faire parvenir ?

Sandrine Lebon, gestionnaire
""", tz="RE", day=3, client="outlook", mode="alt")

m("order_billing", False, "9710749M", "guadeloupe", "esidoc", False, "fr",
  "Order validated a month ago, invoice still not on Chorus Pro.",
  ("Henri Bernier", "henri.bernier@ac-guadeloupe.fr"), "Facture absente de Chorus",
  """Bonjour,

Notre commande a été validée le 10 janvier et nous ne voyons toujours aucune
facture déposée sur Chorus Pro. L'agence comptable ne peut pas payer sans elle.

Collège de Lamentin (Guadeloupe), 9710749M.

Henri Bernier
""", tz="GP", day=11, client="outlook")

m("order_billing", False, "9761494V", "mayotte", "esidoc", False, "fr",
  "Asks whether the school may pay by bank transfer and for the bank details; the local treasury's delays are mentioned.",
  ("Agence comptable Lycée Bamana", "ac.9761494V@ac-mayotte.fr"), "Paiement par virement",
  """Bonjour,

Les mandats passent très lentement en ce moment à Mayotte. Pouvons-nous régler
la facture de l'abonnement par virement ? Dans ce cas, merci de nous
transmettre un RIB.

L'agence comptable du lycée Younoussa Bamana (9761494V)
""", tz="YT", day=13, client="outlook", mode="alt")

m("order_billing", False, "9731003C", "guyane", "esidoc", True, "fr",
  "Invoice applies 20 % VAT although VAT does not apply in Guyane: an invoice correction, order_billing.",
  ("Marie-France Jean-Louis", "marie-france.jean-louis@ac-guyane.fr"), "Erreur de TVA sur facture",
  """Bonjour,

La facture reçue pour le renouvellement du portail du collège (9731003C) applique
une TVA à 20 %. Or la TVA n'est pas applicable en Guyane. L'agent comptable
refuse de la mettre en paiement.

Pourriez-vous émettre une facture rectificative ?

Marie-France Jean-Louis, gestionnaire
Collège de Saint-Georges-de-l'Oyapock
""", tz="GF", day=14, client="zimbra", mode="alt")

m("order_billing", False, "9720870N", "martinique", "esidoc", False, "fr",
  "The basket disappeared after the connection dropped during the order.",
  ("Cédric Ravin", "cedric.ravin@ac-martinique.fr"), "Panier disparu",
  """Bonjour,

J'avais préparé un panier avec le renouvellement et deux ressources
supplémentaires. La connexion a coupé au moment de valider (orage sur le
Lorrain), et en me reconnectant le panier était vide.

Est-il possible de le récupérer ? Lycée du Lorrain, 9720870N.

Cédric Ravin
""", tz="MQ", day=17, client="zimbra")

m("order_billing", False, "9730409G", "guyane", "esidoc", False, "fr",
  "The bon d'engagement upload fails at order validation (times out on a slow connection); PDF attached.",
  ("Gestionnaire Collège de Mana", "gestion.9730409G@ac-guyane.fr"), "Impossible de joindre le bon d'engagement",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue (le
chargement s'arrête à 60 % puis « erreur serveur »). Le fichier fait pourtant
moins de 1 Mo. Je vous le joins ici : pouvez-vous l'ajouter à la commande ?

Collège de Mana, 9730409G
""", tz="GF", day=18, client="outlook",
  att=[("bon_engagement_2025_0031.pdf", "application/pdf", FAKE_PDF)])

m("order_billing", False, "9740410C", "la-reunion", "esidoc", False, "fr",
  "Invoice received twice; asks to cancel the duplicate.",
  ("Olivier Boyer", "olivier.boyer@ac-reunion.fr"), "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la même facture (même montant, numéros différents)
pour l'abonnement 2025. Merci d'annuler le doublon pour que nous ne payions
pas deux fois.

Olivier Boyer
Lycée de Saint-Louis - 9740410C
""", tz="RE", day=20, client="thunderbird", cs="iso-8859-1", cte="8bit")

m("order_billing", False, None, None, "esidoc", False, "en",
  "English Outlook reply ('From: / Sent:' quote block) asking to address the invoice to the accounting office of the school.",
  ("Rebecca Hoareau", "rebecca.hoareau@ecole-internationale-oi.example.org"), "RE: Your order confirmation",
  """Hello,

Thank you for the confirmation. Could you please address the invoice to our
accounting office (comptabilite@ecole-internationale-oi.example.org) rather than
to me? They handle all payments.

Best regards,
Rebecca Hoareau
Librarian, École internationale de l'océan Indien

From: Assistance <support@assistance.example.fr>
Sent: Tuesday, February 18, 2025 9:12 AM
To: Rebecca Hoareau
Subject: Your order confirmation

Your order for the library portal renewal has been recorded.
""", tz="RE", day=18, client="outlook", reply=True, mode="alt")

m("order_billing", False, "9721694J", "martinique", "esidoc", False, "fr",
  "Forward (Thunderbird French style) of a payment reminder for an invoice already paid by mandat administratif.",
  ("Daniel Zobda", "daniel.zobda@ac-martinique.fr"), "Fwd: Relance facture",
  """Bonjour,

Nous recevons cette relance alors que la facture a été payée par mandat
administratif le 23 janvier (je peux fournir la preuve). Merci de vérifier.

D. Zobda - Lycée Victor Anicet, 9721694J


-------- Message transféré --------
Sujet : Relance facture
Date : Mon, 24 Feb 2025 09:00:02 +0100
De : Comptabilité clients <compta@assistance.example.fr>

Madame, Monsieur, sauf erreur de notre part, la facture du 12 décembre
2024 reste impayée. Merci de procéder à son règlement.
""", tz="MQ", day=24, client="thunderbird")


# ---------------------------------------------------------------------------
# account_creation
# ---------------------------------------------------------------------------

m("account_creation", True, None, "la-reunion", "espace_acheteur", False, "fr",
  "New buyer asks how to create an account: the sign-up answer fits. Region from the sender.",
  ("Stéphanie Fontaine", "stephanie.fontaine@ac-reunion.fr"), "Création d'un compte acheteur",
  """Bonjour,

Je viens d'être nommée adjointe gestionnaire et je dois passer des commandes sur
l'Espace Acheteur. Comment créer mon compte ?

Merci,
Stéphanie Fontaine
""", tz="RE", day=4, client="zimbra")

m("account_creation", True, "9761088D", "mayotte", "espace_acheteur", False, "fr",
  "Filled in the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
  ("Anziza Mohamed", "anziza.mohamed@ac-mayotte.fr"), "Compte créé mais pas d'accès",
  """Bonjour,

J'ai rempli le formulaire d'inscription sur l'Espace Acheteur lundi (collège de
Dzaoudzi, 9761088D), mais quand j'essaie de me connecter on me dit que mon
compte est « en attente ». Que dois-je faire ?

Anziza Mohamed
""", tz="YT", day=6, client="outlook", mode="alt")

m("account_creation", False, "9711194W", "guadeloupe", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  ("Ludovic Baptiste", "ludovic.baptiste@ac-guadeloupe.fr"), "Qui est notre administrateur ?",
  """Bonjour,

Pour obtenir des droits sur l'Espace Acheteur je dois passer par
l'administrateur de la structure, mais personne au lycée ne sait qui c'est.
Pourriez-vous me le dire ? Lycée de Port-Louis, 9711194W.

Ludovic Baptiste
""", tz="GP", day=7, client="outlook")

m("account_creation", True, "9720122A", "martinique", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
  ("Nicole Lordinot", "nicole.lordinot@ac-martinique.fr"), "Pas de compte",
  """Bonjour,

Je précise tout de suite : je n'ai pas perdu mon mot de passe, je n'ai
simplement jamais eu de compte sur l'Espace Acheteur. Je remplace la
gestionnaire du collège de Ducos (9720122A) jusqu'en juin.

Comment m'inscrire ?

Nicole Lordinot
""", tz="MQ", day=10, client="zimbra", mode="alt")

m("account_creation", False, None, "mayotte", "esidoc", False, "fr",
  "A collège opened in January 2025 is not in the UAI list when opening the customer account: the FAQ sends these to the sales team.",
  ("Houdhoirati Abdou", "houdhoirati.abdou@ac-mayotte.fr"), "Établissement introuvable à l'inscription",
  """Bonjour,

Notre collège a ouvert en janvier 2025 à Ouangani. Quand j'essaie d'ouvrir le
compte client pour commander le portail du CDI, notre établissement n'apparaît
pas dans la liste (le code UAI n'est pas reconnu).

Comment faire ?

Houdhoirati Abdou, gestionnaire
""", tz="YT", day=12, client="outlook", mode="alt")

m("account_creation", False, "9730864B", "guyane", "espace_acheteur", False, "fr",
  "Account works; asks for order-management rights to be opened.",
  ("Félix Edouard", "felix.edouard@ac-guyane.fr"), "Droits de commande",
  """Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, mais je ne vois que les offres :
je n'ai pas le droit de passer commande. Pouvez-vous m'ouvrir les droits de
gestion des commandes ? Collège de Matoury, 9730864B.

Félix Edouard, adjoint gestionnaire
""", tz="GF", day=13, client="zimbra")

m("account_creation", False, None, "la-reunion", "espace_acheteur", False, "fr",
  "Account waiting for validation for two weeks; the administrator is on long leave: the region must step in. Region from the sender.",
  ("Erick Clain", "erick.clain@ac-reunion.fr"), "Compte en attente depuis 15 jours",
  """Bonjour,

Ma demande de compte est en attente de validation depuis deux semaines.
L'administrateur de notre structure est en congé longue maladie et ne pourra
pas la valider avant plusieurs mois.

Quelqu'un d'autre peut-il le faire ?

Erick Clain - Collège de Cilaos
""", tz="RE", day=19, client="outlook", mode="alt")

m("account_creation", True, None, "guyane", "esidoc", False, "fr",
  "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first order. Region from the sender.",
  ("Patricia Rosier", "patricia.rosier@ac-guyane.fr"), "Ouverture d'un compte client",
  """Bonjour,

Nouvelle gestionnaire au collège de Saül, je souhaite ouvrir notre compte client
afin de commander le portail e-sidoc pour la rentrée. Quelle est la démarche ?

Cordialement,
Patricia Rosier
""", tz="GF", day=20, client="outlook", mode="html")

m("account_creation", False, "9710119C", "guadeloupe", "esidoc", False, "fr",
  "Asks whether each of the two librarians can have an administrator account: a person answers.",
  ("Corinne Céleste", "corinne.celeste@ac-guadeloupe.fr"), "Deux comptes administrateur ?",
  """Bonjour,

Nous sommes deux professeures documentalistes au lycée (9710119C), à mi-temps
chacune. Est-il possible d'avoir chacune notre propre compte administrateur sur
le portail e-sidoc plutôt que de partager le même ?

Merci,
Corinne Céleste
""", tz="GP", day=25, client="outlook", mode="alt")


# ---------------------------------------------------------------------------
# subscription_activation
# ---------------------------------------------------------------------------

m("subscription_activation", True, "9740367F", "la-reunion", "esidoc", False, "fr",
  "Cafeyn ordered two days ago, not visible yet: within the 72-hour window.",
  ("Aurélie Hoarau", "aurelie.hoarau@ac-reunion.fr"), "Cafeyn pas encore visible",
  """Bonjour,

Nous avons commandé l'abonnement Cafeyn avant-hier pour le CDI du collège de
Saint-Leu (9740367F). Il n'apparaît pas encore sur notre portail. Faut-il faire
quelque chose de notre côté ?

Aurélie Hoarau
""", tz="RE", day=5, client="zimbra", mode="alt")

m("subscription_activation", True, "9721159C", "martinique", "esidoc", False, "fr",
  "How to publish the Europresse resource on the portal (activation and publication of a resource).",
  ("Valérie Coridon", "valerie.coridon@ac-martinique.fr"), "Publier Europresse sur le portail",
  """Bonjour,

L'abonnement Europresse est actif, mais je ne sais pas comment le faire
apparaître sur la page d'accueil de notre portail pour les élèves.
Lycée de Sainte-Marie, 9721159C.

Merci d'avance,
Valérie Coridon
""", tz="MQ", day=6, client="zimbra")

m("subscription_activation", False, "9760515F", "mayotte", "esidoc", False, "fr",
  "Ordered twelve days ago and still not active: past the 72-hour rule, a person must look at the order.",
  ("Nassim Hamidou", "nassim.hamidou@ac-mayotte.fr"), "Abonnement toujours pas actif",
  """Bonjour,

Notre commande d'abonnement Universalis date du 3 février, soit douze jours, et
la ressource n'est toujours pas accessible. On nous avait parlé de 72 heures.

Collège de Bouéni, 9760515F.

Nassim Hamidou
""", tz="YT", day=15, client="outlook", mode="alt")

m("subscription_activation", True, "9711864Z", "guadeloupe", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', the login works; the Cafeyn resource is not published for pupils.",
  ("Magalie Nestoret", "magalie.nestoret@ac-guadeloupe.fr"), "Ressource invisible pour les élèves",
  """Bonjour,

Ce n'est pas un problème de mot de passe (je ne l'ai pas oublié, je me connecte
très bien) : c'est la ressource Cafeyn qui n'apparaît pas côté élèves, alors
que l'abonnement a été pris jeudi dernier.

Collège de Vieux-Habitants, 9711864Z.
Magalie Nestoret
""", tz="GP", day=10, client="outlook", mode="alt")

m("subscription_activation", True, "9731256C", "guyane", "esidoc", False, "fr",
  "Renewed subscription still shown as expired in 'Mes abonnements'; order from yesterday.",
  ("Jocelyne Linguet", "jocelyne.linguet@ac-guyane.fr"), "Renouvellement encore affiché expiré",
  """Bonjour,

Nous avons renouvelé hier notre abonnement au portail, mais dans « Mes
abonnements » il est toujours indiqué « expiré ». Est-ce normal ?

Lycée de Cayenne, 9731256C
J. Linguet
""", tz="GF", day=18, client="thunderbird", cte="8bit")

m("subscription_activation", True, "9741228S", "la-reunion", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  ("Principal Collège de La Possession", "ce.9741228S@ac-reunion.fr"), "Date de mise à disposition de l'abonnement",
  """Bonjour,

Nous avons souscrit lundi l'abonnement à la presse en ligne pour le CDI. Pouvez-
vous me dire quand il sera accessible aux élèves ? Je souhaite l'annoncer au
conseil pédagogique de jeudi.

Le principal,
Jean-Marc Payet
""", tz="RE", day=19, client="outlook", mode="alt")

m("subscription_activation", True, "9761402V", "mayotte", "esidoc", False, "fr",
  "Short: please activate the subscription, order validated yesterday.",
  ("Mikidache Ousseni", "mikidache.ousseni@ac-mayotte.fr"), "Activation abonnement",
  """Bonjour, merci d'activer notre abonnement, la commande a été validée hier.
Collège de M'Tsangamouji, 9761402V.
M. Ousseni
""", tz="YT", day=20, client="android", cte="b64")

m("subscription_activation", True, "9720870N", "martinique", "esidoc", False, "fr",
  "Active subscription not visible to pupils through the ENT: publication step.",
  ("Cédric Ravin", "cedric.ravin@ac-martinique.fr"), "Ressource non visible depuis l'ENT",
  """Bonjour,

Depuis l'ENT, les élèves arrivent bien sur le portail du CDI, mais la ressource
Universalis (abonnement actif depuis le 3 février) n'apparaît pas dans la liste.
Faut-il la publier quelque part ?

Lycée du Lorrain, 9720870N.
Cédric Ravin
""", tz="MQ", day=21, client="zimbra", mode="alt")

m("subscription_activation", True, "9710749M", "guadeloupe", "esidoc", False, "fr",
  "Irritated tone; Universalis ordered 24 hours ago and not yet reachable.",
  ("Henri Bernier", "henri.bernier@ac-guadeloupe.fr"), "Universalis ???",
  """Bonjour,

Commande passée HIER, payée, et Universalis toujours inaccessible. Les élèves
attendent pour leur exposé. On est en 2025, ça ne devrait pas prendre des jours.

H. Bernier, collège de Lamentin (9710749M)
""", tz="GP", day=25, client="outlook")

m("subscription_activation", False, "9731206Y", "guyane", "esidoc", True, "fr",
  "Two topics: new subscription not yet visible (main) and a request for the invoice to be sent to the agence comptable (order_billing).",
  ("Sandra Petit-Frère", "sandra.petit-frere@ac-guyane.fr"), "Abonnement + facture",
  """Bonjour,

La ressource Europresse commandée avant-hier n'apparaît pas encore sur notre
portail. Et par la même occasion : pourriez-vous envoyer la facture directement
à l'agence comptable du lycée, et non au CDI ?

Lycée de Saint-Laurent, 9731206Y.
Sandra Petit-Frère
""", tz="GF", day=26, client="zimbra", mode="alt")


# ---------------------------------------------------------------------------
# transfer_incident
# ---------------------------------------------------------------------------

m("transfer_incident", False, "9740472V", "la-reunion", "ecoledirecte", False, "fr",
  "EcoleDirecte transfers stopped since a power cut during the storm; parents no longer see grades.",
  ("Frédéric Nativel", "frederic.nativel@ac-reunion.fr"), "Transferts EcoleDirecte arrêtés",
  """Bonjour,

Depuis la coupure de courant de mardi soir (fortes pluies sur l'Est), les
transferts vers EcoleDirecte ne partent plus : le dernier date d'il y a trois
jours et les parents ne voient plus les notes.

Le serveur a redémarré normalement. Collège de Saint-André, 9740472V.

Frédéric Nativel, référent numérique
""", tz="RE", day=6, client="outlook", mode="alt")

m("transfer_incident", False, "9761435F", "mayotte", "ecoledirecte", False, "fr",
  "Licence to regenerate after the server was replaced (the old one was destroyed by the cyclone).",
  ("Ibrahim Boina", "ibrahim.boina@ac-mayotte.fr"), "Licence à régénérer - nouveau serveur",
  """Bonjour,

Notre serveur a été détruit pendant le cyclone et nous venons d'en installer un
nouveau. Le logiciel démarre mais indique que la licence n'est pas valide pour
ce poste, et les transferts vers EcoleDirecte ne fonctionnent plus.

Pouvez-vous régénérer la licence ? Lycée de Kahani, 9761435F.

Ibrahim Boina
""", tz="YT", day=10, client="outlook", mode="alt")

m("transfer_incident", False, None, "guadeloupe", "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to repair the base: transfer_incident per the taxonomy, not password_reset.",
  ("Raphaël Calvados", "raphael.calvados@ac-guadeloupe.fr"), "Mot de passe de maintenance",
  """Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je dois
lancer une réparation de la base avant de relancer les transferts vers
EcoleDirecte. Attention, pour nous c'est encore le 11 !

Merci,
R. Calvados
""", tz="GP", day=11, hour=19, client="zimbra")

m("transfer_incident", False, "9720122A", "martinique", "ecoledirecte", False, "fr",
  "New firewall/proxy at the rectorat: transfer settings; the diagnostic fails on the connection test.",
  ("Steeve Rémy", "steeve.remy@ac-martinique.fr"), "Transferts bloqués par le nouveau pare-feu",
  """Bonjour,

Le rectorat a mis en place un nouveau pare-feu avec proxy obligatoire. Depuis,
le diagnostic des transferts échoue au test de connexion. Quels paramètres
(adresse, port) faut-il renseigner dans l'outil, et quels flux faut-il ouvrir ?

Collège de Ducos, 9720122A
Steeve Rémy, assistant informatique
""", tz="MQ", day=12, client="outlook", mode="alt")

m("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "The antivirus quarantines the Charlemagne tool, so transfers no longer run.",
  ("Collège Privé Saint-Joseph de Cluny", "informatique@sjc-cayenne.example.fr"), "Antivirus et transferts",
  """Bonjour,

Depuis la mise à jour de notre antivirus lundi, l'outil de transfert de
Charlemagne est mis en quarantaine à chaque démarrage. Les transferts vers
EcoleDirecte ne se font plus. Que devons-nous exclure ?

Service informatique
Collège privé Saint-Joseph de Cluny, Cayenne
""", tz="GF", day=13, client="outlook")

m("transfer_incident", False, "9731480W", "guyane", "ecoledirecte", False, "fr",
  "Transfers time out over the satellite link; asks what can be done (transfer incident).",
  ("Olivier Tiouka", "olivier.tiouka@ac-guyane.fr"), "Transferts en échec (liaison satellite)",
  """Bonjour,

Au collège de Maripasoula (9731480W), les transferts vers EcoleDirecte
échouent presque tous depuis la semaine dernière avec « délai d'attente
dépassé ». Notre liaison satellite est lente mais elle fonctionne pour le reste.

Peut-on augmenter le délai ou envoyer les données en plusieurs fois ?

Olivier Tiouka
""", tz="GF", day=17, client="thunderbird", cte="8bit")

m("transfer_incident", False, "9740509K", "la-reunion", "ecoledirecte", False, "fr",
  "Replication re-initialisation needed after restoring a backup; screenshot attached.",
  ("Johan Lauret", "johan.lauret@ac-reunion.fr"), "Réinitialisation après restauration",
  """Bonjour,

Après la restauration d'une sauvegarde du 14 février (disque endommagé), les
transferts vers EcoleDirecte sont en erreur. L'écran de détail parle d'une
réplication à réinitialiser (capture jointe).

Lycée de Saint-Pierre, 9740509K.
Johan Lauret
""", tz="RE", day=18, client="outlook",
  att=[("capture_incident_transfert.png", "image/png", FAKE_PNG)])

m("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Apple Mail forward of a parent's complaint: grades no longer reach EcoleDirecte. Written by the head of a private school, but not a head-of-establishment request.",
  ("Sœur Marie-Claire Louis", "direction@externat-saint-joseph-972.example.fr"), "Fwd: Notes invisibles",
  """Bonjour,

Je vous transfère le message d'un parent. Effectivement, les notes saisies
depuis le 10 février n'apparaissent pas sur EcoleDirecte. Pouvez-vous regarder
les transferts ?

Sœur Marie-Claire Louis
Cheffe d'établissement, Externat Saint-Joseph, Fort-de-France

Début du message réexpédié :

De: Jean-Paul Rabathaly <jp.rabathaly@gmail.com>
Date: 19 février 2025 à 18:22:10 UTC−4
Objet: Notes invisibles

Madame la directrice, je ne vois plus aucune note de ma fille depuis
deux semaines sur EcoleDirecte. Est-ce normal ?
""", tz="MQ", day=20, client="apple", mode="alt")

m("transfer_incident", False, "9761104W", "mayotte", "ecoledirecte", True, "fr",
  "Asks to move the nightly transfer because the Paris-time schedule falls in the middle of the school's power rationing: transfer configuration, transfer_incident.",
  ("Naïma Anli", "naima.anli@ac-mayotte.fr"), "Horaire des transferts automatiques",
  """Bonjour,

Les transferts automatiques vers EcoleDirecte sont programmés à 3 h du matin,
heure de Paris, ce qui fait 5 h chez nous : c'est justement le créneau des
délestages électriques dans notre commune, donc le serveur est éteint et le
transfert échoue une nuit sur deux.

Est-il possible de décaler l'heure du transfert ? Collège de Chiconi, 9761104W.

Naïma Anli
""", tz="YT", day=24, client="outlook", mode="alt")


# ---------------------------------------------------------------------------
# contract_documents
# ---------------------------------------------------------------------------

m("contract_documents", False, "9740178A", "la-reunion", "espace_acheteur", False, "fr",
  "Market 2024-031 no longer found in 'Mes Marchés'.",
  ("Karine Robert", "karine.robert@ac-reunion.fr"), "Marché introuvable dans Mes Marchés",
  """Bonjour,

Le marché 2024-031 (fournitures de bureau) n'apparaît plus dans « Mes
Marchés ». Nous en avons besoin pour une commande cette semaine.

Collège du Tampon, 9740178A
Karine Robert, gestionnaire
""", tz="RE", day=7, client="zimbra")

m("contract_documents", False, None, "guadeloupe", "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one: contract_documents, although the usual fix is access rights from the structure administrator (close to account_creation).",
  ("Manuella Tirolien", "manuella.tirolien@ac-guadeloupe.fr"), "Conventions invisibles sur la nouvelle plateforme",
  """Bonjour,

Sur l'ancienne plateforme je voyais toutes nos conventions d'adhésion. Depuis la
migration vers le nouvel Espace Acheteur, la rubrique est vide pour moi, alors
que ma collègue les voit.

Merci de votre aide,
Manuella Tirolien
""", tz="GP", day=12, client="outlook", mode="alt")

m("contract_documents", False, "9720122A", "martinique", "espace_acheteur", False, "fr",
  "Amendment no. 3 of a market is missing from the contract documents.",
  ("Nicole Lordinot", "nicole.lordinot@ac-martinique.fr"), "Avenant n°3 manquant",
  """Bonjour,

Le fournisseur nous a annoncé un avenant n°3 au marché de restauration, mais il
ne figure pas parmi les documents du marché sur l'Espace Acheteur.

Collège de Ducos, 9720122A.
Nicole Lordinot
""", tz="MQ", day=14, client="zimbra")

m("contract_documents", False, "9730444V", "guyane", "espace_acheteur", False, "fr",
  "CCAP not found for the school-supplies market.",
  ("Guy Sankalé", "guy.sankale@ac-guyane.fr"), "CCAP introuvable",
  """Bonjour,

Je ne trouve pas le CCAP du marché de fournitures scolaires 2025 dans les
documents du marché. Seul le bordereau de prix est téléchargeable.

Lycée de Kourou, 9730444V
Guy Sankalé
""", tz="GF", day=18, client="outlook")

m("contract_documents", False, "9761278K", "mayotte", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
  ("Ansufati Mlanao", "ansufati.mlanao@ac-mayotte.fr"), "Re: [#SUP-008590] Convention introuvable",
  """Bonjour,

Merci pour votre réponse, mais j'ai vidé le cache et réessayé depuis deux
ordinateurs : la convention 2025 n'apparaît toujours pas.

Lycée de Dembéni, 9761278K

Le lun. 17 févr. 2025 à 11:42, Assistance <support@assistance.example.fr> a écrit :
""" + q("""Bonjour,
L'équipe de votre région a vérifié : la convention est bien déposée.
Pouvez-vous vider le cache de votre navigateur et réessayer ?""") + "\n",
  tz="YT", day=19, client="gmail", reply=True, mode="alt")

m("contract_documents", False, "9740367F", "la-reunion", "espace_acheteur", False, "fr",
  "Administrative certificate (attestation) missing for a market; ISO-8859-1 8-bit body.",
  ("Aurélie Hoarau", "aurelie.hoarau@ac-reunion.fr"), "Attestation administrative manquante",
  """Bonjour,

Pour le marché de mobilier 2024-088, l'attestation administrative demandée par
notre agent comptable n'est pas dans les documents du marché. Pourriez-vous la
mettre en ligne ?

Collège de Saint-Leu, 9740367F.
Aurélie Hoarau
""", tz="RE", day=24, client="thunderbird", cs="iso-8859-1", cte="8bit")

m("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English; cannot see the market documents for the framework agreement; non-academic sender, no region.",
  ("Andrew Pelage", "andrew.pelage@caribbean-school-supplies.example.com"), "Cannot access contract documents",
  """Hello,

I handle purchasing for a private school in Schoelcher. On the Espace Acheteur I
can see the framework agreement for IT equipment, but the "Documents" tab is
empty: no contract, no price list.

Could you check whether something is missing on our account?

Regards,
Andrew Pelage
""", tz="MQ", day=26, client="outlook", mode="alt")



# ---------------------------------------------------------------------------
# MIME wrapping (formatting only: the words are all in the texts above)
# ---------------------------------------------------------------------------

def hdr_text(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()"'):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def to_html(text, client, cs="utf-8"):
    out, inq = [], False
    for line in text.split("\n"):
        isq = line.startswith(">")
        if isq and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if inq and not isq:
            out.append("</blockquote>")
        inq = isq
        if isq:
            line = line[1:].lstrip(" ")
        esc = html.escape(line) if line.strip() else "<br>"
        if client == "outlook":
            out.append('<p class="MsoNormal">%s</p>' % (esc if line.strip() else "&nbsp;"))
        else:
            out.append("<div>%s</div>" % esc)
    if inq:
        out.append("</blockquote>")
    inner = "\n".join(out)
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
                '</head><body lang="FR" link="#0563C1"><div class="WordSection1">\n' % cs
                + inner + "\n</div></body></html>\n")
    if client == "gmail":
        return '<div dir="ltr">\n' + inner + "\n</div>\n"
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                'font-size: 12pt; color: #000000">\n' + inner + "\n</div></body></html>\n")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s">'
            '</head><body style="overflow-wrap: break-word;">\n' % cs + inner + "\n</body></html>\n")


def enc_part(text, ctype, cs, cte, extra=""):
    data = text.encode(cs)
    if cte == "8bit":
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            pass
        body = data
    elif cte == "b64":
        cte = "base64"
        body = base64.encodebytes(data)
    else:
        cte = "quoted-printable"
        body = quopri.encodestring(data)
    head = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (
        ctype, cs, extra, cte)
    return head.encode("ascii") + body + (b"" if body.endswith(b"\n") else b"\n")


CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "owa": [("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF135 (Win)/9.0.0_ZEXTRAS_20240927)")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D63)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Outlook for Android")],
    "samsung": [],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "plain": [],
}


def message_id(client, domain):
    if client == "outlook":
        return "<%s$%s$%s@%s>" % (rhex(12), rhex(8), rhex(8), domain)
    if client == "owa":
        return "<%s@%s.PROD.OUTLOOK.COM>" % (ralnum(40), "PR3P191MB" + rhex(4).upper())
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6), RNG.randint(10**12, 10**13), domain)
    if client in ("gmail", "samsung"):
        return "<CA%s@mail.gmail.com>" % ralnum(44)
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper(), domain)
    if client == "thunderbird":
        return "<%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(12), domain)
    if client == "android":
        return "<%s@%s.outlook.com>" % (ralnum(32), "AS8PR02MB" + rhex(4).upper())
    return "<%s.%s@%s>" % (rhex(16), rhex(6), domain)


def fmt_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def build(mail):
    o = mail["o"]
    name, frm = mail["frm"]
    domain = frm.rsplit("@", 1)[-1].lower()
    off = TZ[o.get("tz", "FR")]
    day = o.get("day") or RNG.randint(2, 27)
    hour = o.get("hour") if o.get("hour") is not None else RNG.randint(6, 19)
    local = dt.datetime(2025, 2, day, hour, RNG.randint(0, 59), RNG.randint(0, 59),
                        tzinfo=dt.timezone(dt.timedelta(hours=off)))
    paris = local.astimezone(dt.timezone(dt.timedelta(hours=1))) + dt.timedelta(seconds=RNG.randint(3, 40))
    client = o.get("client", "outlook")
    cs = o.get("cs", "utf-8")
    cte = o.get("cte", "qp")
    mode = o.get("mode", "plain")
    H = []
    rp = o.get("rp", "<%s>" % frm)
    H.append(("Return-Path", rp))
    H.append(("Delivered-To", DESK))
    relay = o.get("relay", "smtp%d.%s" % (RNG.randint(1, 4), domain))
    H.append(("Received", "from %s (%s [192.0.2.%d])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CET)"
              % (relay, relay, RNG.randint(2, 250), ralnum(15), DESK, fmt_date(paris))))
    auth = o.get("auth", "pass")
    if auth == "pass":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain)))
    elif auth == "fail":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain)))
    elif auth == "none":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay))
    if not o.get("raw"):
        H.append(("Received", "from [192.168.%d.%d] (unknown [198.51.100.%d])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                  % (RNG.randint(0, 9), RNG.randint(2, 250), RNG.randint(2, 250), relay, rhex(10).upper(), DESK, fmt_date(local))))
    H.append(("From", addr(name, frm, cs if cs != "windows-1252" else "utf-8")))
    to = o.get("to", RNG.choice([DESK, "Assistance <%s>" % DESK, DESK]))
    H.append(("To", to))
    if o.get("cc"):
        H.append(("Cc", o["cc"]))
    if o.get("reply_to"):
        H.append(("Reply-To", o["reply_to"]))
    H.append(("Subject", hdr_text(mail["subj"])))
    H.append(("Date", fmt_date(local)))
    H.append(("Message-ID", message_id(client, domain)))
    if o.get("reply"):
        ref = "<SUP-%06d.%d.%s@assistance.example.fr>" % (RNG.randint(6000, 9999), RNG.randint(1737000000, 1739000000), rhex(6))
        H.append(("In-Reply-To", ref))
        H.append(("References", ref))
    H.extend(o.get("hdrs", []))
    H.extend(CLIENTS.get(client, []))
    H.append(("MIME-Version", "1.0"))

    text = mail["body"]
    if o.get("raw"):
        ctype, body = o["raw"]
        H.append(("Content-Type", ctype))
        payload = body.encode("utf-8")
    else:
        if mode == "plain":
            part = enc_part(text, "text/plain", cs, cte)
        elif mode == "html":
            part = enc_part(to_html(text, client, cs), "text/html", cs, cte)
        else:
            b = "----=_Part_%s_%s" % (rhex(8), rhex(8))
            part = ('Content-Type: multipart/alternative;\n boundary="%s"\n\n' % b).encode()
            part += ("--%s\n" % b).encode() + enc_part(text, "text/plain", cs, cte)
            part += ("\n--%s\n" % b).encode() + enc_part(to_html(text, client, cs), "text/html", cs, cte)
            part += ("\n--%s--\n" % b).encode()
        if o.get("att"):
            b = "=_mixed_%s" % rhex(16)
            payload = b"This is a multi-part message in MIME format.\n\n--" + b.encode() + b"\n"
            if mode == "plain":
                payload += part
            else:
                payload += part
            for fname, ctyp, data in o["att"]:
                payload += ("\n--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n"
                            % (b, ctyp, fname, fname)).encode()
                payload += base64.encodebytes(data)
            payload += ("\n--%s--\n" % b).encode()
            H.append(("Content-Type", 'multipart/mixed;\n boundary="%s"' % b))
        else:
            head, _, rest = part.partition(b"\n\n")
            for line in head.decode().split("\n"):
                if line.startswith(" "):
                    k, v = H[-1]
                    H[-1] = (k, v + "\n" + line)
                else:
                    k, _, v = line.partition(": ")
                    H.append((k, v))
            payload = rest
    out = "".join("%s: %s\n" % (k, v) for k, v in H).encode("utf-8") + b"\n" + payload
    return out




def main():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for i, idx in enumerate(order, 1):
        mail = MAILS[idx]
        fname = "h%03d.eml" % i
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(build(mail))
        labels.append({"file": fname, "category": mail["cat"], "auto_reply_ok": mail["ok"],
                       "uai": mail["uai"], "region": mail["reg"], "platform": mail["plat"],
                       "hard": mail["hard"], "lang": mail["lang"], "notes": mail["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def all_text(msg):
    parts = [str(msg.get(h, "")) for h in ("From", "Subject", "To", "Cc")]
    for p in msg.walk():
        if p.get_content_maintype() == "text" or p.get_content_type() in ("message/delivery-status", "message/disposition-notification"):
            try:
                parts.append(p.get_content() if p.get_content_maintype() == "text" else str(p))
            except Exception:
                pl = p.get_payload(decode=True)
                if pl:
                    parts.append(pl.decode("utf-8", "replace"))
    return "\n".join(parts)


def check():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    emls = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert len(emls) == 150, len(emls)
    assert len(labels) == 150, len(labels)
    assert [l["file"] for l in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    seen_ids = set()
    for lab in labels:
        assert list(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab["file"]
        assert DESK in str(msg["To"]) or DESK in str(msg.get("Cc", "")) or msg["List-Id"], lab["file"]
        assert msg["Message-ID"] not in seen_ids, lab["file"]
        seen_ids.add(msg["Message-ID"])
        text = all_text(msg)
        assert len(text.strip()) > 20, lab["file"]
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if cat in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en", "pt"), lab
        assert lab["notes"].strip(), lab
        uai = lab["uai"]
        sender = msg["From"].addresses[0].addr_spec
        if uai is not None:
            assert uai_ok(uai), lab
            assert uai.lower() in text.lower() or uai.lower() in sender.lower(), (lab["file"], uai)
        assert lab["region"] == expected_region(uai, sender), (lab["file"], lab["region"], expected_region(uai, sender))
    print("holdout140: %d mails, all checks passed" % len(labels))


if __name__ == "__main__":
    main()
