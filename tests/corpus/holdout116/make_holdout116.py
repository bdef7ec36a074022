#!/usr/bin/env python3
"""Build holdout116: 150 hand-written support mails (an ordinary fortnight in
March 2025, all regions) with labels.  Standard library only, deterministic.

Every mail text below is written by hand; the script only wraps each text in
realistic transport headers and a MIME structure, writes h001.eml..h150.eml
and labels.jsonl, then re-reads everything and checks it.
"""
import base64
import email
import email.policy
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr, format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(11603)
TO = "support@assistance.example.fr"

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

REGION_DEPS = {
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
DEP2REGION = {}
for _r, _d in REGION_DEPS.items():
    for _x in _d.split():
        DEP2REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOM2REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and UAI_LETTERS[int(code[:7]) % 23] == code[7])


MAILS = []


def M(**kw):
    MAILS.append(kw)


# ---------------------------------------------------------------------------
# password_reset
# ---------------------------------------------------------------------------
M(cat="password_reset", ok=True, uai="0692081M", region="auvergne-rhone-alpes",
  plat="esidoc", lang="fr", client="tb", fmt="8bit",
  name="Sandrine Perrot", addr="sandrine.perrot@ac-lyon.fr",
  subj="mot de passe portail CDI",
  notes="Plain lost e-sidoc password after the winter holidays, UAI in the body.",
  body="""Bonjour,

Au retour des vacances d'hiver je n'arrive plus à entrer dans l'administration
du portail e-sidoc du collège. Le mot de passe que j'avais noté sur un
post-it ne marche pas (le post-it a peut-être été "rangé" par la femme de
ménage...).

Notre identifiant c'est 0692081M.

Est-ce que vous pouvez me renvoyer un lien ?

Merci
Sandrine Perrot
Prof doc - collège Louis Pergaud, Vaulx-en-Velin
""")

M(cat="password_reset", ok=True, uai="0441400H", region="pays-de-la-loire",
  plat="espace_acheteur", lang="fr", client="gmail", fmt="alt",
  name="Hervé Le Gall", addr="herve.legall44@gmail.com",
  subj="Espace acheteur - mdp perdu",
  notes="Gestionnaire on a personal Gmail address lost the Espace Acheteur password; region from the UAI.",
  body="""Bonjour,

je suis le gestionnaire du lycée professionnel (UAI 0441400H) et je n'ai plus
le mot de passe de l'espace acheteur. J'écris de mon adresse perso car la
messagerie du lycée est en panne depuis ce matin, désolé.

Pouvez vous faire le nécessaire svp ?

Hervé Le Gall
""")

M(cat="password_reset", ok=True, uai="0131943S", region="provence-alpes-cote-d-azur",
  plat="esidoc", lang="en", client="outlook", fmt="alt",
  name="Fiona McAllister", addr="fiona.mcallister@ac-aix-marseille.fr",
  subj="Forgotten password for the library portal",
  notes="English; teacher-librarian of an international section forgot the e-sidoc admin password.",
  body="""Hello,

I am the teacher-librarian at the international section of our lycée in
Marseille (school code 0131943S). I have forgotten the password for the
e-sidoc back office and the "forgotten password" page does not seem to send
anything to me, probably because my colleague set the account up with her
own address last year.

Could you tell me how to get access back?

Many thanks,
Fiona McAllister
""")

M(cat="password_reset", ok=True, uai="0622326S", region="hauts-de-france",
  plat="esidoc", lang="fr", client="android", fmt="b64",
  name="kevin dumont", addr="kdumont62@orange.fr",
  subj="mdp",
  notes="Very short phone mail, no accents; clear lost password; UAI given.",
  body="""bonjour jai perdu le mdp de esidoc pour le cdi uai 0622326S
merci de me dire comment faire
kevin dumont assistant d education

Envoyé depuis mon smartphone Samsung Galaxy.
""")

M(cat="password_reset", ok=True, uai="0882648A", region="grand-est",
  plat="esidoc", lang="fr", client="outlook", fmt="html",
  name="Aurélie Mangin", addr="aurelie.mangin@ac-nancy-metz.fr",
  subj="Compte bloqué e-sidoc",
  notes="HTML-only Outlook: account locked after too many attempts; asks to unlock.",
  body="""Bonjour,

Après plusieurs essais (trop, visiblement) le compte administrateur de notre
portail e-sidoc est bloqué. Message : « compte temporairement verrouillé ».

Identifiant : 0882648A

Serait-il possible de le débloquer ou de m'envoyer un lien de
réinitialisation ? Je dois préparer la semaine de la presse pour lundi.

Cordialement,

Aurélie Mangin
Professeure documentaliste
Lycée Louis Lapicque - Épinal
""")

M(cat="password_reset", ok=True, uai="0291418J", region="bretagne",
  plat="esidoc", lang="fr", client="webmail", fmt="8bit",
  name="Secrétariat collège", addr="ce.0291418J@ac-rennes.fr",
  subj="Réinitialisation mot de passe e-sidoc",
  notes="The secretariat writes from the official ce.<UAI> address and asks for the link there: the safe reset path.",
  body="""Bonjour,

Notre documentaliste, Mme Kerbrat, n'arrive plus à se connecter à
l'administration d'e-sidoc. Elle ne se souvient plus de l'adresse utilisée
pour le compte.

Pouvez-vous envoyer le lien de réinitialisation sur la présente adresse
(boîte officielle de l'établissement) ? Nous le lui transmettrons.

Merci par avance.

Le secrétariat
Collège Saint-Exupéry - Quimperlé
""")

M(cat="password_reset", ok=True, uai="0371753E", region="centre-val-de-loire",
  plat="esidoc", lang="fr", client="tb", fmt="qp",
  name="Mathilde Rousseau", addr="mathilde.rousseau3@ac-orleans-tours.fr",
  subj="Arrivée en remplacement - accès e-sidoc",
  notes="Replacement librarian who was never given the password ('personne ne connaît le mot de passe').",
  body="""Bonjour,

J'arrive en remplacement au CDI du lycée Grandmont (Tours) depuis le 3 mars,
la collègue titulaire est en congé long. Personne ici ne connaît le mot de
passe d'administration d'e-sidoc, et je ne sais même pas quelle adresse est
enregistrée.

UAI : 0371753E

Comment puis-je récupérer un accès ?

Bien à vous,
Mathilde Rousseau
""")

M(cat="password_reset", ok=True, uai=None, region="occitanie",
  plat="esidoc", lang="fr", client="zimbra", fmt="8bit",
  name="Julien Fabre", addr="julien.fabre@ac-montpellier.fr",
  subj="identifiant et mot de passe",
  notes="Knows neither the identifiant nor the password; no UAI, region from the ac-montpellier.fr sender.",
  body="""Bonjour

Je dois mettre à jour le portail documentaire de mon collège (e-sidoc) mais
je ne connais ni l'identifiant ni le mot de passe. C'est quoi l'identifiant
exactement ? on m'a dit "le numéro de l'établissement" mais je ne le trouve
pas sur le site.

Merci de votre aide
J. Fabre, documentaliste
""")

M(cat="password_reset", ok=True, uai="0751632S", region="ile-de-france",
  plat="esidoc", lang="fr", client="iphone", fmt="qp",
  name="Camille Ho", addr="camille.ho@ac-paris.fr",
  subj="Lien expiré",
  notes="The reset link received on Friday had expired by Monday; asks for a new one.",
  body="""Bonjour,

J'ai reçu vendredi soir le lien pour changer le mot de passe e-sidoc mais je
ne l'ai ouvert que ce matin et il est expiré. Pourriez-vous m'en renvoyer un ?
(UAI 0751632S)

Merci !
Camille

Envoyé de mon iPhone
""")

M(cat="password_reset", ok=True, uai="9762352C", region="mayotte",
  plat="esidoc", lang="fr", client="outlook", fmt="alt", tz=3,
  name="Anli Madi", addr="anli.madi@ac-mayotte.fr",
  subj="Accès administrateur e-sidoc oublié",
  notes="Mayotte; forgotten admin password, UAI in the signature.",
  body="""Bonjour,

J'ai oublié le mot de passe administrateur de notre portail e-sidoc. Pouvez-
vous me dire comment le réinitialiser ? J'ai essayé avec mon adresse
académique mais rien n'arrive, je pense que ce n'est pas celle-là qui est
enregistrée.

Cordialement

Anli Madi
Professeur documentaliste
Collège de Kani-Kéli
UAI 9762352C
""")

M(cat="password_reset", ok=True, uai="0592411A", region="hauts-de-france",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp",
  name="Nadia Belkacem", addr="n.belkacem@lycee-baggio.fr",
  subj="Connexion espace acheteur impossible",
  notes="Does not know which e-mail is the Espace Acheteur login and lost the password; non-academic sender, region from UAI.",
  body="""Bonjour,

Je n'arrive plus à me connecter à l'Espace Acheteur. Je ne sais plus avec
quelle adresse le compte a été créé (peut-être celle de mon prédécesseur) et
évidemment je n'ai pas le mot de passe non plus.

Lycée Baggio, Lille - UAI 0592411A

Merci de me dire ce que je dois faire.

Nadia Belkacem
Adjointe gestionnaire
""")

M(cat="password_reset", ok=True, uai="7202310Y", region="corse",
  plat="esidoc", lang="fr", client="tb", fmt="8bit",
  name="Paul-Antoine Santoni", addr="pa.santoni@ac-corse.fr",
  subj="Mot de passe",
  notes="Haute-Corse UAI prefix 720; short lost-password request.",
  body="""Bonjour,

mot de passe d'administration e-sidoc perdu pour le collège (7202310Y).
Merci de m'indiquer la procédure.

P-A Santoni
""")

M(cat="password_reset", ok=True, uai="0582446U", region="bourgogne-franche-comte",
  plat="esidoc", lang="fr", client="android", fmt="b64",
  name="Christelle Moreau", addr="christelle.moreau@ac-dijon.fr",
  subj="Identifiant oublié 0582446U",
  notes="UAI in the subject and body; mobile base64 body.",
  body="""Bonjour, je ne retrouve plus l'identifiant ni le mot de passe pour
modifier le portail du CDI. Le code du collège est 0582446U (Nevers).
Merci beaucoup
Christelle Moreau

Envoyé à partir de Outlook pour Android
""")

M(cat="password_reset", ok=True, uai="0311669W", region="occitanie",
  plat="esidoc", lang="fr", client="webmail", fmt="8bit",
  name="Damien Castagné", addr="damien.castagne@ac-toulouse.fr",
  subj="[0311669W] réinitialiser accès BO e-sidoc",
  notes="UAI only in the subject line.",
  body="""Bonjour,

Pourriez-vous réinitialiser l'accès au back office e-sidoc de notre lycée ?
Le mot de passe a été changé par un collègue parti en janvier et il ne
l'a transmis à personne.

Merci d'avance,
Damien Castagné
""")

M(cat="password_reset", ok=True, uai="0741222B", region="auvergne-rhone-alpes",
  plat="esidoc", lang="fr", client="tb", fmt="8bit",
  name="Isabelle Favre", addr="isabelle.favre1@ac-grenoble.fr",
  subj="mot de passe expiré",
  notes="Password expired and the old one forgotten, so the change form cannot be filled.",
  body="""Bonjour,

e-sidoc me dit que mon mot de passe a expiré et qu'il faut le changer, mais
pour le changer il me demande l'ancien... que je n'ai plus. Je tourne en rond.

Établissement : collège des Aravis, Thônes - 0741222B

Merci de m'aider
Isabelle Favre
""")

M(cat="password_reset", ok=True, uai="9741022T", region="la-reunion",
  plat="esidoc", lang="fr", client="tb_old", fmt="latin1", tz=4,
  name="Marie-Josée Payet", addr="mj.payet@ac-reunion.fr",
  subj="Perte du mot de passe e-sidoc",
  notes="Réunion; ISO-8859-15 8-bit body; lost password with UAI.",
  body="""Bonjour,

Je suis documentaliste au lycée Roland Garros (Le Tampon), UAI 9741022T.
J'ai perdu le mot de passe de gestion du portail e-sidoc après le
changement de poste informatique. Pouvez-vous m'envoyer un nouveau lien ?

Avec mes remerciements,
Marie-Josée Payet
""")

M(cat="password_reset", ok=True, uai=None, region=None,
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Gilles Aubertin", addr="g.aubertin@gip-formation-centre.fr",
  subj="Mot de passe expiré espace acheteur",
  notes="Buyer from a GIP (no UAI, non-academic domain): expired and forgotten Espace Acheteur password.",
  body="""Bonjour,

Mon mot de passe de l'Espace Acheteur a expiré et je ne me souviens plus de
l'ancien. Pouvez-vous me renvoyer un accès ? Mon identifiant est mon adresse
mail g.aubertin@gip-formation-centre.fr.

Cordialement,
Gilles Aubertin
Service achats - GIP Formation
""")

M(cat="password_reset", ok=True, uai="0862072K", region="nouvelle-aquitaine",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp",
  name="Thierry Brunet", addr="thierry.brunet@ac-poitiers.fr",
  subj="TR: Identifiants Espace Acheteur",
  notes="Intendant: lost Espace Acheteur password; quotes an old forwarded mail with the login but not the password.",
  body="""Bonjour,

Je retrouve ce vieux message avec l'identifiant mais pas le mot de passe, et
celui que j'ai en tête ne passe pas. Pouvez-vous me réinitialiser l'accès ?

Thierry Brunet
Intendant - lycée Camille Guérin, Poitiers (0862072K)

-----Message d'origine-----
De : Marc Girard <marc.girard@ac-poitiers.fr>
Envoyé : jeudi 12 septembre 2024 16:40
À : Thierry Brunet <thierry.brunet@ac-poitiers.fr>
Objet : Identifiants Espace Acheteur

Thierry, pour l'espace acheteur ton identifiant est l'adresse du service
intendance. Je n'ai pas le mot de passe, demande au support.
Marc
""")

M(cat="password_reset", ok=False, uai="0420641U", region="auvergne-rhone-alpes",
  plat="esidoc", lang="fr", client="tb", fmt="8bit", hard=True,
  name="Lucie Chapuis", addr="lucie.chapuis@ac-lyon.fr",
  subj="Deux petites questions",
  notes="Two topics: lost e-sidoc password (first) and a renewed Universalis subscription still not visible; one template answers only half.",
  body="""Bonjour,

Deux choses :
1) j'ai perdu le mot de passe admin de notre e-sidoc (collège Jules Vallès,
Saint-Étienne, 0420641U) ;
2) l'abonnement Universalis que nous avons renouvelé le 20 février n'apparaît
toujours pas sur le portail des élèves.

Merci pour votre aide,
Lucie Chapuis
""")

M(cat="password_reset", ok=False, uai="0570424B", region="grand-est",
  plat="esidoc", lang="fr", client="outlook", fmt="qp", hard=True, reply=True,
  name="Stéphane Becker", addr="stephane.becker@ac-nancy-metz.fr",
  subj="RE: [#SUP-007102] Mot de passe e-sidoc",
  notes="Reply to the automatic reset answer: the link went to the ce. mailbox, which nobody can open since the secretary left; the standard path failed, a person must take over.",
  body="""Bonjour,

Merci mais le lien est parti sur l'adresse ce.0570424B et depuis le départ
de la secrétaire personne n'a le mot de passe de cette boîte (on attend
le rectorat). Donc on est bloqués des deux côtés.

Il y a une autre solution ?

Stéphane Becker

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 4 mars 2025 09:12
À : Stéphane Becker <stephane.becker@ac-nancy-metz.fr>
Objet : [#SUP-007102] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement (ce.05****4B@ac-nancy-metz.fr). Il est valable 12 heures.
""")

M(cat="password_reset", ok=False, uai="0941723M", region="ile-de-france",
  plat="esidoc", lang="fr", client="gmail", fmt="alt", hard=True,
  name="Rachid Ouali", addr="rachid.ouali.doc@gmail.com",
  subj="urgent mot de passe esidoc",
  notes="Asks that the password be sent to his personal Gmail address, which is not on file: an automatic answer must not do that.",
  body="""Bonjour

Je suis le documentaliste du collège Pasteur à Vitry (0941723M). J'ai perdu
mon mot de passe e-sidoc. Merci de m'envoyer directement le nouveau mot de
passe sur cette adresse gmail, c'est la seule que je consulte, l'adresse
académique ne marche pas chez moi.

Merci
Rachid Ouali
""")

M(cat="password_reset", ok=False, uai=None, region="bretagne",
  plat="esidoc", lang="fr", client="tb", fmt="8bit", hard=True,
  name="Yann Le Floch", addr="yann.le-floch@ac-rennes.fr",
  subj="mot de passe e-sidoc / merci de me rappeler",
  notes="UAI typed 0560333K: the check letter is wrong (the digits give H), so no UAI; region from ac-rennes.fr. He explicitly asks to be phoned back.",
  body="""Bonjour,

Impossible de me connecter à e-sidoc (mot de passe refusé). Notre code est
0560333K.

Je préférerais vraiment qu'on m'appelle, j'ai déjà passé une heure avec les
mails automatiques : 02 97 00 00 00, je suis au CDI le matin.

Yann Le Floch
Collège Jean Le Coutaller, Lorient
""")

M(cat="password_reset", ok=False, uai="0830176R", region="provence-alpes-cote-d-azur",
  plat="ecoledirecte", lang="fr", client="outlook", fmt="alt", hard=True,
  name="Véronique Giraud", addr="v.giraud@institution-stemarie83.fr",
  subj="Mot de passe administrateur EcoleDirecte",
  notes="Lost the EcoleDirecte administration password (not the daily maintenance one): password_reset but no automatic template for this product.",
  body="""Bonjour,

Je n'ai plus le mot de passe du compte administrateur EcoleDirecte de
l'établissement (ce n'est pas le mot de passe de maintenance, c'est celui
pour gérer les comptes des profs). Ma collègue qui le gardait est partie à la
retraite.

Institution Sainte-Marie, Toulon - 0830176R

Merci,
Véronique Giraud, secrétaire de direction
""")

# ---------------------------------------------------------------------------
# missing_noreply_mail
# ---------------------------------------------------------------------------
M(cat="missing_noreply_mail", ok=True, uai="0331784K", region="nouvelle-aquitaine",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Sophie Darriet", addr="sophie.darriet@ac-bordeaux.fr",
  subj="Pas reçu le mail d'activation",
  notes="Espace Acheteur activation mail never arrived; no anti-spam product named.",
  body="""Bonjour,

Je me suis inscrite hier sur l'Espace Acheteur pour le lycée (0331784K) et je
n'ai toujours pas reçu le mail d'activation. J'ai regardé dans les
indésirables, rien.

Merci de votre retour
Sophie Darriet
Gestionnaire matériel
""")

M(cat="missing_noreply_mail", ok=True, uai=None, region="nouvelle-aquitaine",
  plat="espace_acheteur", lang="fr", client="webmail", fmt="8bit",
  name="Laurent Pichon", addr="laurent.pichon@ac-poitiers.fr",
  subj="mail nouveau mot de passe jamais arrivé",
  notes="Used the new-password form three times; nothing arrives; no product named; region from ac-poitiers.fr.",
  body="""Bonjour,
j'ai fait 3 fois "mot de passe oublié" sur l'espace acheteur depuis lundi,
je n'ai jamais reçu le mail. Le formulaire dit pourtant que c'est envoyé.
Cordialement
L. Pichon
""")

M(cat="missing_noreply_mail", ok=True, uai=None, region=None,
  plat="espace_acheteur", lang="en", client="outlook", fmt="alt",
  name="Karen Whitfield", addr="k.whitfield@britishschool-lyon.example.org",
  subj="Offer alerts not arriving",
  notes="English; subscribed to offer alerts on the buyer space, never receives them; non-academic sender.",
  body="""Hi,

I set up alerts on the buyer space three weeks ago for furniture and IT
offers, but I have never received a single notification. Nothing in the
spam folder either. Is there a sender address I should add to our contacts?

Best regards,
Karen Whitfield
Finance Office
""")

M(cat="missing_noreply_mail", ok=True, uai=None, region=None,
  plat="ticket_portal", lang="fr", client="gmail", fmt="alt",
  name="Émilie Navarro", addr="emilie.navarro.pro@gmail.com",
  subj="portail d'assistance : pas de mail de confirmation",
  notes="The ticket portal's confirmation mail (to set the password) never came.",
  body="""Bonjour,

J'ai créé un compte sur le portail de tickets pour suivre nos demandes, il
est écrit qu'un mail de confirmation va m'être envoyé pour choisir un mot de
passe. Rien reçu depuis jeudi.

Merci,
Émilie Navarro
""")

M(cat="missing_noreply_mail", ok=True, uai="0672199B", region="grand-est",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="html",
  name="Frédéric Muller", addr="frederic.muller@ac-strasbourg.fr",
  subj="Notifications comptes à valider",
  notes="HTML-only Outlook: the structure administrator never receives the 'account to validate' notifications.",
  body="""Bonjour,

Je suis administrateur de structure pour le lycée Kléber (0672199B) sur
l'Espace Acheteur. Deux collègues m'ont dit s'être inscrits mais je n'ai
reçu aucune notification pour valider leurs comptes. Les mails de la
plateforme n'arrivent peut-être pas chez nous ?

Cordialement,
Frédéric Muller
""")

M(cat="missing_noreply_mail", ok=True, uai=None, region=None,
  plat="espace_acheteur", lang="fr", client="iphone", fmt="qp",
  name="Bruno", addr="bruno.vidal59@laposte.net",
  subj="Toujours rien",
  notes="Two-line phone message: still nothing from the no-reply address for the password.",
  body="""Toujours rien reçu de no-reply pour le mot de passe de l'espace acheteur.
Bruno

Envoyé de mon iPhone
""")

M(cat="missing_noreply_mail", ok=True, uai="0262747V", region="auvergne-rhone-alpes",
  plat="esidoc", lang="fr", client="tb", fmt="8bit", hard=True,
  name="Agnès Chabert", addr="agnes.chabert@ac-grenoble.fr",
  subj="mails de la plateforme",
  notes="Suspects 'notre filtrage est sévère' but names no product: missing_noreply_mail, not mailinblack_spam.",
  body="""Bonjour,

Nous ne recevons pas le mail de création du compte client e-sidoc (pour
passer commande). Le filtrage de la messagerie académique est assez sévère
d'après notre référent numérique, mais il ne sait pas quoi débloquer.
Quelle est l'adresse d'envoi exacte ?

Collège Marguerite Perey, Valence - 0262747V

Agnès Chabert
""")

M(cat="missing_noreply_mail", ok=True, uai="0162696U", region="nouvelle-aquitaine",
  plat="esidoc", lang="fr", client="outlook", fmt="qp", hard=True,
  name="Pascale Nadaud", addr="pascale.nadaud@ac-poitiers.fr",
  subj="Mot de passe : le mail ne vient pas",
  notes="Looks like a password problem, but the reset form works and its mail never arrives: missing_noreply_mail per the taxonomy.",
  body="""Bonjour,

Je sais comment réinitialiser le mot de passe d'e-sidoc, je l'ai fait deux
fois, mais le mail de réinitialisation n'arrive jamais (ni en courrier
indésirable). UAI 0162696U.

Merci
Pascale Nadaud
""")

M(cat="missing_noreply_mail", ok=True, uai="9732043H", region="guyane",
  plat="espace_acheteur", lang="fr", client="gmail", fmt="alt", tz=-3,
  name="Jessica Horth", addr="jessica.horth@ac-guyane.fr",
  subj="Fwd: inscription espace acheteur",
  notes="Guyane; forwards a colleague's note: account validated but the first-login mail never came.",
  body="""Bonjour,
je vous transfère le message de mon collègue, on n'a toujours rien reçu.
Jessica Horth

---------- Forwarded message ---------
De : Patrick Lama <patrick.lama@ac-guyane.fr>
Date: lun. 10 mars 2025 à 08:02
Subject: inscription espace acheteur
To: Jessica Horth <jessica.horth@ac-guyane.fr>

Jessica, mon compte est validé par l'admin (toi) mais je n'ai jamais eu le
mail pour me connecter la première fois. Tu peux voir avec eux ? Lycée
Melkior-Garré, 9732043H.
""")

M(cat="missing_noreply_mail", ok=True, uai="0890361J", region="bourgogne-franche-comte",
  plat="esidoc", lang="fr", client="gmail", fmt="alt",
  name="Nathalie Girardot", addr="nathalie.girardot89@gmail.com",
  subj="Compte client - mail d'activation",
  notes="Customer account for a first online order: the activation mail never came.",
  body="""Bonjour,

Pour commander en ligne le renouvellement du portail, j'ai créé le compte
client du collège (0890361J) mais le mail d'activation n'est jamais arrivé
(ni sur la boîte du collège ni sur celle-ci). J'ai vérifié les spams.

Cordialement
Nathalie Girardot
""")

M(cat="missing_noreply_mail", ok=True, uai="0771755P", region="ile-de-france",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt", hard=True,
  name="Service informatique", addr="informatique@lycee-galilee-77.fr",
  subj="Liste blanche - expéditeur de la plateforme",
  notes="IT department asks for the exact sender to allow in their own gateway (Vade); a product is named but it is not MailInBlack, so missing_noreply_mail.",
  body="""Bonjour,

Les utilisateurs du lycée (0771755P) ne reçoivent aucun mail automatique de
l'Espace Acheteur. Notre passerelle est une Vade Secure, elle n'indique
pourtant rien de bloqué. Pouvez-vous nous donner l'adresse et le domaine
d'expédition exacts pour les mettre en liste blanche ?

Cordialement,
Service informatique
""")

M(cat="missing_noreply_mail", ok=True, uai="0801187F", region="hauts-de-france",
  plat="espace_acheteur", lang="fr", client="tb", fmt="8bit",
  name="Cécile Lefèvre", addr="cecile.lefevre@ac-amiens.fr",
  subj="plus aucun mail depuis changement d'adresse",
  notes="Changed the account e-mail; since then no platform mail arrives.",
  body="""Bonjour,

J'ai modifié l'adresse de mon compte sur l'espace acheteur la semaine
dernière (nouvelle adresse académique). Depuis, je ne reçois plus aucun
mail de la plateforme, même pas la confirmation de changement.

Lycée Édouard Gand, Amiens - 0801187F

Cécile Lefèvre
""")

M(cat="missing_noreply_mail", ok=True, uai="0641044M", region="nouvelle-aquitaine",
  plat="esignature", lang="fr", client="outlook", fmt="alt", hard=True,
  name="Iñaki Etcheverry", addr="inaki.etcheverry@ac-bordeaux.fr",
  subj="Convention à signer - invitation non reçue",
  notes="The e-signature invitation for the convention (a no-reply notification) never arrived; platform esignature.",
  body="""Bonjour,

On m'a annoncé l'envoi de la convention pour signature électronique la
semaine dernière. Je n'ai reçu aucune invitation à signer. Rien dans les
indésirables.

Collège Aturri, Saint-Pierre-d'Irube, 0641044M

Merci,
Iñaki Etcheverry, principal adjoint
""")

M(cat="missing_noreply_mail", ok=False, uai="0450796W", region="centre-val-de-loire",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp", reply=True,
  name="Hélène Carré", addr="helene.carre@ac-orleans-tours.fr",
  subj="RE: [#SUP-007188] Mail d'activation non reçu",
  notes="Reply after the junk-folder answer: did everything, still nothing after three days; asks for the region. The template was already sent.",
  body="""Bonjour,

J'ai fait tout ce qui est indiqué (indésirables, ajout de l'expéditeur aux
contacts), ça fait trois jours et toujours aucun mail. Merci de transmettre
à quelqu'un qui peut regarder de votre côté.

Hélène Carré
Lycée Voltaire, Orléans (0450796W)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 7 mars 2025 10:03
Objet : [#SUP-007188] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et autorisez l'expéditeur
no-reply...
""")

M(cat="missing_noreply_mail", ok=True, uai="9720744B", region="martinique",
  plat="espace_acheteur", lang="fr", client="tb_old", fmt="latin1", tz=-4,
  name="Ghislaine Rosier", addr="ghislaine.rosier@ac-martinique.fr",
  subj="Aucun mail reçu de votre plateforme",
  notes="Martinique; ISO-8859-15 8-bit; no mail at all from the no-reply address.",
  body="""Bonjour,

Depuis notre inscription (lycée Joseph Gaillard, 9720744B) nous ne recevons
aucun message de votre plateforme : ni la confirmation, ni les alertes.
Est-ce un souci de notre côté ?

Bien cordialement,
Ghislaine Rosier
""")

M(cat="missing_noreply_mail", ok=True, uai=None, region="auvergne-rhone-alpes",
  plat="esidoc", lang="fr", client="zimbra", fmt="8bit", hard=True,
  name="Olivier Bonnefoy", addr="olivier.bonnefoy@ac-clermont.fr",
  subj="mail d'activation compte client",
  notes="Checked the junk folder and says there is no quarantine product at the school (no MailInBlack named); region from ac-clermont.fr.",
  body="""Bonjour,

Le mail pour activer notre compte client ne vient pas. Pas dans les spams
de la messagerie académique, et nous n'avons pas d'antispam particulier au
collège (pas de quarantaine ou autre). Pouvez-vous le renvoyer ?

Merci
O. Bonnefoy, gestionnaire
""")

M(cat="missing_noreply_mail", ok=True, uai="0952902N", region="ile-de-france",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Mélanie Robin", addr="melanie.robin@ac-versailles.fr",
  subj="identifiants jamais reçus",
  notes="Account validated by the administrator but the identifiers mail never arrived.",
  body="""Bonjour,

Mon compte sur l'Espace Acheteur a été validé par notre administratrice
mardi. Je devais recevoir un mail avec le lien de première connexion, je
n'ai rien eu. Établissement : 0952902N.

Merci d'avance,
Mélanie Robin
""")

# ---------------------------------------------------------------------------
# mailinblack_spam
# ---------------------------------------------------------------------------
M(cat="mailinblack_spam", ok=True, uai="0380593N", region="auvergne-rhone-alpes",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Romain Gros", addr="romain.gros@ac-grenoble.fr",
  subj="Mails bloqués par MailInBlack",
  notes="MailInBlack named; the platform's mails are held; asks for the guide.",
  body="""Bonjour,

Depuis que le Département a mis MailInBlack sur les collèges, les mails de
l'Espace Acheteur sont bloqués (notamment le lien d'activation). Vous avez
une procédure pour les autoriser ?

Collège Henri Wallon, Saint-Martin-d'Hères - 0380593N

Romain Gros
""")

M(cat="mailinblack_spam", ok=True, uai=None, region=None,
  plat="espace_acheteur", lang="fr", client="gmail", fmt="alt",
  name="Anne Sorel", addr="intendance@college-prive-stjoseph.fr",
  subj="quarantaine mailinblack",
  notes="'mailinblack' in lower case: the activation mail sits in quarantine; no UAI, non-academic domain.",
  body="""bonjour, le mail de votre plateforme est en quarantaine mailinblack, je
n'arrive pas à le libérer (je n'ai pas les droits). Comment faire pour que
ça n'arrive plus ?
Anne Sorel - intendance
""")

M(cat="mailinblack_spam", ok=True, uai="0542373L", region="grand-est",
  plat="espace_acheteur", lang="en", client="outlook", fmt="alt",
  name="David Keller", addr="david.keller@ac-nancy-metz.fr",
  subj="Emails held by MailInBlack",
  notes="English; MailInBlack challenge messages mean the platform's notifications never reach the user.",
  body="""Hello,

Our school (0542373L) uses MailInBlack. Your platform's notifications get a
"please confirm you are human" challenge back and are never delivered to
us. What should we allow-list so that this stops?

Thanks,
David Keller
IT assistant
""")

M(cat="mailinblack_spam", ok=True, uai="0601759L", region="hauts-de-france",
  plat="espace_acheteur", lang="fr", client="tb", fmt="8bit",
  name="Référent numérique", addr="numerique@lycee-cassini.fr",
  subj="MailInBlack : domaine ou adresse ?",
  notes="IT contact asks whether to allow the domain or the single address in MailInBlack.",
  body="""Bonjour,

Pour ne plus bloquer vos envois dans MailInBlack, faut-il autoriser le
domaine complet ou seulement l'adresse no-reply ? Et y a-t-il d'autres
expéditeurs (alertes, factures) ?

Lycée Cassini, Clermont (Oise) - 0601759L

Cordialement,
Le référent numérique
""")

M(cat="mailinblack_spam", ok=True, uai="0142910M", region="normandie",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp", hard=True,
  name="Véronique Lemarchand", addr="v.lemarchand@ac-normandie.fr",
  subj="TR: Vous avez 3 messages en attente",
  notes="Forwards the MailInBlack digest ('messages en attente') with a real question above it; the forwarded part is machine text.",
  body="""Bonjour,

Je reçois ce genre de récapitulatif tous les jours, vos messages sont
dedans. Je dois cliquer sur quoi pour que ce soit définitif ?

V. Lemarchand, lycée Malherbe, Caen (0142910M)

-----Message d'origine-----
De : Mailinblack <noreply@mailinblack.com>
Envoyé : lundi 10 mars 2025 07:00
Objet : Vous avez 3 messages en attente

Messages en attente d'authentification :
- no-reply@espace-acheteur.example.fr : Activez votre compte
- no-reply@espace-acheteur.example.fr : Nouvelle offre disponible
- no-reply@espace-acheteur.example.fr : Rappel : activez votre compte
[Autoriser] [Bloquer]
""")

M(cat="mailinblack_spam", ok=True, uai=None, region="occitanie",
  plat="espace_acheteur", lang="fr", client="zimbra", fmt="8bit",
  name="Sylvie Roques", addr="sylvie.roques@ac-toulouse.fr",
  subj="mail in black",
  notes="Product spelled 'mail in black'; no UAI; region from ac-toulouse.fr.",
  body="""bonjour
notre collège a un "mail in black" et vos mails ne passent pas. Il y a une
marche a suivre ?
merci
S Roques
""")

M(cat="mailinblack_spam", ok=True, uai=None, region=None,
  plat=None, lang="fr", client="iphone", fmt="qp",
  name="J-M Texier", addr="jm.texier@wanadoo.fr",
  subj="Mailinblack",
  notes="One line from a phone: blocked by Mailinblack, send the procedure. No platform named.",
  body="""Bloqué par Mailinblack, pouvez vous m'envoyer la procédure. Merci

Envoyé de mon iPhone
""")

M(cat="mailinblack_spam", ok=True, uai="0222214M", region="bretagne",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="html",
  name="Gwenaëlle Le Roux", addr="gwenaelle.leroux@ac-rennes.fr",
  subj="Anti-spam installé par le Département",
  notes="HTML-only Outlook: the Département installed Mailinblack last month, activation links held.",
  body="""Bonjour,

Le Conseil départemental a installé Mailinblack sur les boîtes du collège
le mois dernier. Depuis, les liens d'activation de l'Espace Acheteur restent
bloqués. Pouvez-vous m'envoyer le guide pour les autoriser ?

Merci,
Gwenaëlle Le Roux
Collège Racine, Saint-Brieuc - 0222214M
""")

M(cat="mailinblack_spam", ok=False, uai="0302901R", region="occitanie",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt", hard=True,
  name="Marc Allègre", addr="marc.allegre@ac-montpellier.fr",
  subj="message bizarre en réponse",
  notes="Describes a sender-authentication challenge (prove you are not a robot) without naming MailInBlack: a person should confirm the product before sending the guide.",
  body="""Bonjour,

Un collègue d'un autre lycée me dit que quand il m'écrit, il reçoit un
message lui demandant de cliquer pour prouver qu'il n'est pas un robot. Je
pense que c'est pour ça que je ne reçois pas vos mails d'activation.
Qu'est-ce qu'on doit faire ?

Lycée Daudet, Nîmes - 0302901R
Marc Allègre
""")

M(cat="mailinblack_spam", ok=False, uai="0471273D", region="nouvelle-aquitaine",
  plat="espace_acheteur", lang="fr", client="tb", fmt="8bit", hard=True,
  name="Corinne Lafon", addr="corinne.lafon@ac-bordeaux.fr",
  subj="Mailinblack + facture",
  notes="Two topics: mails held by Mailinblack (main) and a question about an invoice address (order_billing).",
  body="""Bonjour,

1. Vos messages arrivent dans Mailinblack et je dois les débloquer un par
un. Comment les autoriser une fois pour toutes ?
2. Autre chose : la facture de février est adressée à l'ancien nom du lycée,
peut-on la refaire ?

Lycée Palissy, Agen - 0471273D
Corinne Lafon
""")

M(cat="mailinblack_spam", ok=True, uai="0040686Z", region="provence-alpes-cote-d-azur",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Christophe Arnaud", addr="christophe.arnaud@ac-aix-marseille.fr",
  subj="lien d'activation en quarantaine",
  notes="MailInBlack quarantine holds the activation link.",
  body="""Bonjour,

Le lien d'activation de l'espace acheteur est resté en quarantaine
MailInBlack plusieurs jours et il a sûrement expiré. Pouvez-vous me dire
comment autoriser votre adresse et me le renvoyer ?

Collège Gassendi, Digne - 0040686Z
Christophe Arnaud
""")

M(cat="mailinblack_spam", ok=True, uai="9712559E", region="guadeloupe",
  plat="espace_acheteur", lang="fr", client="gmail", fmt="alt", tz=-4,
  name="Lydie Bélair", addr="lydie.belair@ac-guadeloupe.fr",
  subj="Mailinblack bloque vos mails",
  notes="Guadeloupe; Mailinblack blocks the platform's mails.",
  body="""Bonjour,

Au lycée (9712559E) on a Mailinblack et tous vos mails sont bloqués, y
compris les alertes. Merci de m'envoyer la marche à suivre.

Lydie Bélair
""")

M(cat="mailinblack_spam", ok=True, uai="0722114G", region="pays-de-la-loire",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp",
  name="Benoît Hamon", addr="benoit.hamon2@ac-nantes.fr",
  subj="J'ai autorisé mais ça bloque encore",
  notes="Clicked 'autoriser' in Mailinblack, later mails still held: the allow-list guide is the right answer.",
  body="""Bonjour,

J'ai cliqué sur « Autoriser » dans Mailinblack pour votre expéditeur mais
les messages suivants sont encore retenus. Il faut faire autre chose ?

Collège Pierre Belon, Le Mans (0722114G)
Benoît Hamon
""")

# ---------------------------------------------------------------------------
# head_of_establishment_request
# ---------------------------------------------------------------------------
M(cat="head_of_establishment_request", ok=False, uai="0352132C", region="bretagne",
  plat="esidoc", lang="fr", client="outlook", fmt="alt",
  name="Principal collège Les Gayeulles", addr="ce.0352132C@ac-rennes.fr",
  subj="Demande de réinitialisation - accès administrateur e-sidoc",
  notes="The principal, from the ce.<UAI> address, asks in writing for the admin password reset to the official address.",
  body="""Madame, Monsieur,

Je soussigné, principal du collège Les Gayeulles (Rennes, 0352132C), vous
demande de bien vouloir réinitialiser le mot de passe administrateur de
notre portail e-sidoc et d'adresser le lien à la boîte officielle de
l'établissement. Notre professeure documentaliste est nouvellement arrivée.

Avec mes remerciements,

Jean-Luc Tanguy
Principal
""")

M(cat="head_of_establishment_request", ok=False, uai="0681993X", region="grand-est",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp",
  name="Proviseure Lycée Schweitzer", addr="ce.0681993X@ac-strasbourg.fr",
  subj="Changement d'administrateur de structure",
  notes="The proviseure designates a new structure administrator and asks to close the former one's access.",
  body="""Bonjour,

M. Haas, gestionnaire, a quitté l'établissement au 28 février. Je désigne
Mme Claudine Weber (claudine.weber@ac-strasbourg.fr) comme administratrice
de structure de l'Espace Acheteur pour le lycée Albert Schweitzer
(Mulhouse, 0681993X), et vous demande de fermer l'accès de M. Haas.

Cordialement,
Anne-Marie Fritsch
Proviseure
""")

M(cat="head_of_establishment_request", ok=False, uai="0731107G", region="auvergne-rhone-alpes",
  plat="esidoc", lang="fr", client="webmail", fmt="8bit",
  name="Ecole Jean Jaurès Chambéry", addr="ce.0731107G@ac-grenoble.fr",
  subj="changement adresse contact BCD",
  notes="A primary-school head (directrice d'école) asks to replace the contact address of the e-sidoc admin account.",
  body="""Bonjour,

Je suis la directrice de l'école élémentaire Jean Jaurès. L'adresse de
contact de notre compte e-sidoc (BCD) est celle d'une collègue mutée.
Merci de la remplacer par l'adresse de l'école, ce.0731107G@ac-grenoble.fr.

Bien cordialement,
Martine Dufour, directrice
""")

M(cat="head_of_establishment_request", ok=False, uai="0922685U", region="ile-de-france",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Philippe Marchal", addr="philippe.marchal@ac-versailles.fr",
  subj="Autorisation de validation de commande",
  notes="The proviseur authorises the adjoint gestionnaire to validate an order on the Espace Acheteur.",
  body="""Bonjour,

En tant que proviseur du lycée Jacques Prévert (Boulogne, 0922685U),
j'autorise Mme Salma Diallo, adjointe gestionnaire, à valider la commande
de mobilier n° 2025-0143 en mon nom sur l'Espace Acheteur.

Philippe Marchal
Proviseur
""")

M(cat="head_of_establishment_request", ok=False, uai="0780264N", region="ile-de-france",
  plat="espace_acheteur", lang="en", client="outlook", fmt="alt",
  name="Head of School", addr="headofschool@lycee-international-78.example.org",
  subj="New structure administrator",
  notes="English; the head of an international lycée names a new structure administrator; non-academic domain, region from the UAI.",
  body="""Dear support team,

As head of the Lycée International (UAI 0780264N), I hereby appoint Mr Tom
Berger as our new structure administrator on the buyer space, replacing
Ms Laura Chen who has left the school. Please remove her access.

Kind regards,
Dr. Alison Grant
Head of School
""")

M(cat="head_of_establishment_request", ok=False, uai="0512112U", region="grand-est",
  plat="esidoc", lang="fr", client="zimbra", fmt="8bit", reply=True, hard=True,
  name="Proviseure Lycée Clemenceau", addr="ce.0512112U@ac-reims.fr",
  subj="Re: [#SUP-007230] Accès e-sidoc",
  notes="Zimbra reply: the proviseure gives the written request the desk asked for, quoting the desk's message.",
  body="""Bonjour,

Je confirme la demande de Mme Thiébaut : merci de réinitialiser l'accès
administrateur e-sidoc du lycée Clemenceau (0512112U) et d'envoyer le lien
à l'adresse de l'établissement.

La proviseure,
Nathalie Perrin

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "alexia thiebaut" <alexia.thiebaut@ac-reims.fr>
Envoyé: Mercredi 5 Mars 2025 14:20:11
Objet: [#SUP-007230] Accès e-sidoc

Bonjour,
Pour des raisons de sécurité, la réinitialisation doit être demandée par
écrit par le chef d'établissement...
""")

M(cat="head_of_establishment_request", ok=False, uai="0930119Z", region="ile-de-france",
  plat="esidoc", lang="fr", client="gmail", fmt="alt", hard=True,
  extra_auth="dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
  name="Principal Collège Jean Jaurès", addr="principal.cjj93@gmail.com",
  subj="URGENT changement adresse administrateur",
  notes="Claims to be the principal from a free-mail address and asks to move the admin contact to that same address: weak evidence, staff must verify (possible social engineering).",
  body="""Bonjour,

Je suis le principal du collège Jean Jaurès de Pantin (0930119Z). Merci de
remplacer immédiatement l'adresse de l'administrateur e-sidoc par celle-ci
(principal.cjj93@gmail.com) et de m'y envoyer le nouveau mot de passe. La
messagerie académique est trop lente.

Merci de faire vite.
Le principal
""")

M(cat="head_of_establishment_request", ok=False, uai="6202900H", region="corse",
  plat="esidoc", lang="fr", client="outlook", fmt="alt",
  name="Principal collège Laetitia", addr="ce.6202900H@ac-corse.fr",
  subj="Fermeture accès ancienne documentaliste",
  notes="Corse-du-Sud (620); the principal asks to close a departed librarian's access and reset the admin password.",
  body="""Bonjour,

Mme Luciani a quitté le collège. Je vous demande de réinitialiser le mot de
passe administrateur e-sidoc du collège Laetitia (Ajaccio, 6202900H) pour
qu'elle n'y ait plus accès, lien à envoyer à l'adresse de l'établissement.

François Mattei
Principal
""")

M(cat="head_of_establishment_request", ok=False, uai="0850255R", region="pays-de-la-loire",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="html",
  name="Direction lycée Saint-Gabriel", addr="direction@saint-gabriel85.fr",
  subj="Délégation de signature - commandes",
  notes="HTML-only: the chef d'établissement delegates order validation to the gestionnaire in writing.",
  body="""Madame, Monsieur,

Par la présente, je donne délégation à M. Alain Guérin, responsable
administratif et financier, pour valider en mon nom les commandes passées
sur l'Espace Acheteur par le lycée Saint-Gabriel (Saint-Laurent-sur-Sèvre,
0850255R), à compter du 10 mars 2025.

Le chef d'établissement,
Dominique Baudry
""")

M(cat="head_of_establishment_request", ok=False, uai="0100707P", region="grand-est",
  plat="esidoc", lang="fr", client="outlook", fmt="alt", hard=True,
  name="Secrétariat de direction", addr="secretariat.direction@lycee-chrestien-troyes.fr",
  subj="Courrier de M. le Proviseur - réinitialisation e-sidoc",
  notes="The secretariat relays the proviseur's signed letter (text pasted) asking for a reset: the head's written request, relayed; staff must check it.",
  body="""Bonjour,

À la demande de M. le Proviseur, vous trouverez ci-dessous son courrier
(l'original signé suit par la poste).

« Je soussigné Bernard Collin, proviseur du lycée Chrestien de Troyes
(0100707P), demande la réinitialisation du mot de passe administrateur du
portail e-sidoc, le lien devant être adressé à la boîte officielle de
l'établissement. »

Cordialement,
Le secrétariat de direction
""")

M(cat="head_of_establishment_request", ok=False, uai="0762439N", region="normandie",
  plat="esidoc", lang="fr", client="outlook", fmt="html",
  name="Directeur école Pablo Picasso", addr="ce.0762439N@ac-normandie.fr",
  subj="Compte e-sidoc de l'école",
  notes="HTML-only: a primary-school director asks to change the admin account's contact e-mail.",
  body="""Bonjour,

Je suis le directeur de l'école Pablo Picasso (Le Havre). Le compte e-sidoc
de l'école est encore au nom de mon prédécesseur. Merci de mettre
l'adresse de l'école comme adresse de contact et de me donner l'accès.

Cordialement,
Sébastien Lecoq
Directeur - 0762439N
""")

M(cat="head_of_establishment_request", ok=False, uai="0650254Y", region="occitanie",
  plat="espace_acheteur", lang="fr", client="tb", fmt="8bit",
  name="Proviseur Lycée Marie Curie", addr="ce.0650254Y@ac-toulouse.fr",
  subj="Désignation administrateur Espace Acheteur",
  notes="The proviseur names the new structure administrator on the Espace Acheteur.",
  body="""Bonjour,

Je désigne M. Pierre Dupuy, adjoint gestionnaire arrivé le 1er mars, comme
administrateur de structure de l'Espace Acheteur pour le lycée Marie Curie
de Tarbes (0650254Y).

Le proviseur,
Alain Sarrat
""")

M(cat="head_of_establishment_request", ok=False, uai="0190184X", region="nouvelle-aquitaine",
  plat="esidoc", lang="fr", client="iphone", fmt="qp", hard=True,
  name="Hélène Vergne", addr="helene.vergne@ac-limoges.fr",
  subj="Re: accès e-sidoc",
  notes="The principal agrees from her phone, quoting her librarian's message (Apple quote style): written authorisation from the head; personal academic address.",
  body="""Bonjour,
Je confirme en tant que principale du collège (0190184X) : vous pouvez
réinitialiser le mot de passe pour Mme Faure.
H. Vergne

Envoyé de mon iPhone

> Le 11 mars 2025 à 09:14, Sabine Faure <sabine.faure@ac-limoges.fr> a écrit :
>
> Madame la Principale, le support demande votre accord écrit pour
> réinitialiser l'accès e-sidoc. Pourriez-vous leur répondre ? Merci.
""")

# ---------------------------------------------------------------------------
# order_billing
# ---------------------------------------------------------------------------
M(cat="order_billing", ok=False, uai="0282222N", region="centre-val-de-loire",
  plat="esidoc", lang="fr", client="outlook", fmt="alt",
  name="Laetitia Simon", addr="laetitia.simon@ac-orleans-tours.fr",
  subj="Demande de devis renouvellement",
  notes="Asks for a quote for the e-sidoc renewal, needed before the budget vote.",
  body="""Bonjour,

Pouvez-vous m'envoyer un devis pour le renouvellement de notre abonnement
e-sidoc (collège Mathurin Régnier, Chartres, 0282222N) ? Le CA vote le
budget modificatif le 20 mars.

Merci,
Laetitia Simon, gestionnaire
""")

M(cat="order_billing", ok=False, uai="0460535G", region="occitanie",
  plat="esidoc", lang="fr", client="tb", fmt="8bit",
  name="Francis Delmas", addr="francis.delmas@ac-toulouse.fr",
  subj="Facture pas sur Chorus",
  notes="Order validated in January, invoice still not on Chorus Pro.",
  body="""Bonjour,

Notre commande a été validée le 14 janvier et je ne vois toujours pas la
facture sur Chorus Pro. L'agence comptable me relance. Pouvez-vous vérifier ?

Lycée Champollion, Figeac - 0460535G
F. Delmas
""")

M(cat="order_billing", ok=False, uai="0911830V", region="ile-de-france",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp",
  name="Karima Hadj", addr="karima.hadj@ac-versailles.fr",
  subj="Erreur SIRET sur facture",
  notes="The invoice carries a wrong SIRET; asks for a corrected invoice.",
  body="""Bonjour,

La facture FA-2025-00871 porte un SIRET qui n'est pas le nôtre, Chorus la
rejette. Merci de nous renvoyer une facture corrigée.

Lycée Parc des Loges, Évry - 0911830V
Karima Hadj, secrétaire d'intendance
""")

M(cat="order_billing", ok=False, uai=None, region=None,
  plat="esidoc", lang="fr", client="gmail", fmt="alt",
  name="Sœur Marie-Claire", addr="economat.ndlourdes@orange.fr",
  subj="paiement par virement ?",
  notes="Private school asks whether it may pay by bank transfer and for bank details.",
  body="""Bonjour,

Nous sommes une petite école privée et nous aimerions payer l'abonnement au
portail documentaire par virement plutôt que par chèque. Est-ce possible ?
Si oui pouvez-vous nous communiquer un RIB.

Merci et bonne journée,
Sœur Marie-Claire, économat
""")

M(cat="order_billing", ok=False, uai="0012556Y", region="auvergne-rhone-alpes",
  plat="espace_acheteur", lang="fr", client="webmail", fmt="8bit",
  name="Denis Perret", addr="denis.perret@ac-lyon.fr",
  subj="panier disparu",
  notes="A saved basket vanished from the buyer space.",
  body="""Bonjour
j'avais préparé un panier de fournitures sur l'espace acheteur fin février
pour le collège (0012556Y), je voulais le valider aujourd'hui et il a
disparu. C'est normal ?
D. Perret
""")

M(cat="order_billing", ok=False, uai="0081590K", region="grand-est",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Émeline Lambert", addr="emeline.lambert@ac-reims.fr",
  subj="Bon d'engagement refusé",
  notes="The bon d'engagement upload fails at order validation (file rejected).",
  body="""Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue :
« format de fichier non accepté ». C'est un PDF de 2 Mo sorti d'Op@le.
Que faire ?

Lycée Monge, Charleville-Mézières - 0081590K
Émeline Lambert
""")

M(cat="order_billing", ok=False, uai=None, region=None,
  plat="espace_acheteur", lang="en", client="outlook", fmt="alt",
  name="Accounts Payable", addr="ap@ecole-internationale-nice.example.org",
  subj="PO number on invoices",
  notes="English; accounts department asks that the PO number appear on invoices.",
  body="""Good morning,

Our auditors require the purchase order number on every invoice. The last
two invoices we received from you for orders placed through the buyer
space do not show it. Could you reissue them with PO 24-0917 and 25-0032?

Regards,
Accounts Payable
""")

M(cat="order_billing", ok=False, uai="0242938N", region="nouvelle-aquitaine",
  plat="esidoc", lang="fr", client="tb", fmt="qp", hard=True,
  name="Josiane Lacoste", addr="josiane.lacoste@ac-bordeaux.fr",
  subj="Fwd: Relance facture impayée",
  notes="Forward (Thunderbird French style) of a payment reminder for an invoice already paid by mandat administratif.",
  body="""Bonjour,

Nous recevons cette relance alors que la facture a été payée par mandat le
6 février (n° de mandat 412). Pouvez-vous régulariser ?

Josiane Lacoste, collège Jean Moulin, Bergerac (0242938N)

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 3 Mar 2025 08:00:04 +0100
De : comptabilite@editeur-portail.example.fr
Pour : josiane.lacoste@ac-bordeaux.fr

Sauf erreur de notre part, la facture 2024-11-0385 reste impayée à ce jour.
""")

M(cat="order_billing", ok=False, uai="0150135R", region="auvergne-rhone-alpes",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="html",
  name="Maryse Fabre", addr="maryse.fabre@ac-clermont.fr",
  subj="Bouton valider commande grisé",
  notes="HTML-only: the order validation button stays greyed out.",
  body="""Bonjour,

Sur l'Espace Acheteur, le bouton « Valider la commande » reste grisé alors
que le panier est complet et que le bon d'engagement est joint. Y a-t-il une
étape que j'aurais oubliée ?

Collège la Jordanne, Aurillac - 0150135R
Maryse Fabre
""")

M(cat="order_billing", ok=False, uai="0871766X", region="nouvelle-aquitaine",
  plat="esidoc", lang="fr", client="tb", fmt="8bit",
  name="Agence comptable", addr="agence.comptable@lycee-turgot-limoges.fr",
  subj="facture en double",
  notes="Same invoice received twice; asks to cancel the duplicate.",
  body="""Bonjour,

Nous avons reçu deux fois la facture de l'abonnement e-sidoc (mêmes montants,
numéros différents). Merci d'annuler la seconde et de nous envoyer un avoir.

Lycée Turgot, Limoges - 0871766X
L'agence comptable
""")

# ---------------------------------------------------------------------------
# contract_documents
# ---------------------------------------------------------------------------
M(cat="contract_documents", ok=False, uai=None, region=None,
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Gaëlle Renaud", addr="g.renaud@cd-gers.example.fr",
  subj="CCTP introuvable",
  notes="Cannot find the CCTP of a market in 'Mes Marchés'; no UAI, non-academic.",
  body="""Bonjour,

Je ne trouve pas le CCTP du marché « équipements numériques 2024-087 » dans
Mes Marchés, seul l'avis est visible. Où est-il ?

Gaëlle Renaud
Service commande publique
""")

M(cat="contract_documents", ok=False, uai="0252490W", region="bourgogne-franche-comte",
  plat="espace_acheteur", lang="fr", client="tb", fmt="8bit",
  name="Bertrand Vuillemin", addr="bertrand.vuillemin@ac-besancon.fr",
  subj="avenant n°1 manquant",
  notes="Amendment no. 1 of a market is missing from the documents.",
  body="""Bonjour,

On nous a annoncé un avenant n°1 sur le marché de fournitures de bureau,
mais dans les documents du marché je ne vois que le contrat initial.

Lycée Pergaud, Besançon - 0252490W
B. Vuillemin
""")

M(cat="contract_documents", ok=False, uai="0360530F", region="centre-val-de-loire",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp", hard=True,
  name="Annick Petit", addr="annick.petit@ac-orleans-tours.fr",
  subj="conventions plus visibles",
  notes="Saw the conventions on the old platform, not on the new one: contract_documents (fix may be rights, close to account_creation).",
  body="""Bonjour,

Sur l'ancienne plateforme je voyais nos conventions d'adhésion ; depuis la
bascule sur le nouvel Espace Acheteur, la rubrique est vide.

Collège Rollinat, Argenton - 0360530F
Annick Petit
""")

M(cat="contract_documents", ok=False, uai="0120259S", region="occitanie",
  plat="espace_acheteur", lang="fr", client="zimbra", fmt="8bit",
  name="Thomas Vernhes", addr="thomas.vernhes@ac-toulouse.fr",
  subj="Document vide",
  notes="A market document downloads as an empty PDF.",
  body="""Bonjour,

Quand je télécharge le bordereau de prix du marché mobilier, j'obtiens un
PDF de 0 Ko qui ne s'ouvre pas. Essayé avec Firefox et Edge.

Lycée Foch, Rodez - 0120259S
Thomas Vernhes
""")

M(cat="contract_documents", ok=False, uai=None, region="grand-est",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Sandrine Klein", addr="sandrine.klein@ac-nancy-metz.fr",
  subj="Acte d'engagement marché 2024-031",
  notes="Acte d'engagement of a market missing; no UAI; region from ac-nancy-metz.fr.",
  body="""Bonjour,

Notre agent comptable me demande l'acte d'engagement signé du marché
2024-031 (restauration). Il n'apparaît pas dans les pièces du marché.
Pouvez-vous le mettre en ligne ou me l'envoyer ?

Sandrine Klein
""")

M(cat="contract_documents", ok=False, uai="0401386P", region="nouvelle-aquitaine",
  plat="espace_acheteur", lang="fr", client="gmail", fmt="alt", reply=True,
  name="Patrice Dufau", addr="patrice.dufau@ac-bordeaux.fr",
  subj="Re: [#SUP-007044] Pièces du marché",
  notes="Follow-up: the document is still missing after the region's answer.",
  body="""Bonjour,

Toujours rien dans les pièces du marché, même après déconnexion /
reconnexion comme vous me l'avez conseillé.

Patrice Dufau, lycée Despiau, Mont-de-Marsan (0401386P)

Le jeu. 27 févr. 2025 à 15:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le document a été ajouté ce jour. Merci de vous reconnecter.
""")

M(cat="contract_documents", ok=False, uai=None, region=None,
  plat="espace_acheteur", lang="en", client="outlook", fmt="alt",
  name="Procurement Office", addr="procurement@campus-agri.example.org",
  subj="Framework agreement documents not visible",
  notes="English; cannot see the documents of a framework agreement.",
  body="""Hello,

We joined the IT equipment framework agreement in January but we cannot
see any of its documents (price list, specifications) in our buyer space.
Could you check our access?

Procurement Office
""")

# ---------------------------------------------------------------------------
# transfer_incident
# ---------------------------------------------------------------------------
M(cat="transfer_incident", ok=False, uai="0071321Y", region="auvergne-rhone-alpes",
  plat="ecoledirecte", lang="fr", client="outlook", fmt="alt",
  name="Lionel Chazal", addr="lionel.chazal@ensemble-scolaire-privas.fr",
  subj="transferts bloqués depuis lundi",
  notes="EcoleDirecte transfers stopped since Monday; parents no longer see marks.",
  body="""Bonjour,

Depuis lundi les transferts vers EcoleDirecte ne passent plus, les parents
ne voient pas les notes de la semaine. Pas de message d'erreur particulier,
le dernier transfert réussi date du 7 mars.

Ensemble scolaire, Privas - 0071321Y
Lionel Chazal
""")

M(cat="transfer_incident", ok=False, uai=None, region=None,
  plat="ecoledirecte", lang="fr", client="outlook", fmt="alt",
  name="Marc Poulain", addr="m.poulain@college-stemarie-cholet.fr",
  subj="Licence à régénérer",
  notes="New server: the licence must be regenerated.",
  body="""Bonjour,

Nous avons changé de serveur pendant les vacances. Charlemagne démarre mais
les transferts EcoleDirecte ne partent plus, il faudrait régénérer la
licence pour le nouveau poste.

Marc Poulain, informaticien
""")

M(cat="transfer_incident", ok=False, uai=None, region=None,
  plat="ecoledirecte", lang="fr", client="iphone", fmt="qp", hard=True,
  name="Sylvain", addr="sylvain.r@institution-jeanne-arc.fr",
  subj="mot de passe du jour",
  notes="Asks for today's maintenance password: transfer_incident per the taxonomy, not password_reset.",
  body="""Bonjour il me faudrait le mot de passe de maintenance du jour pour
relancer la réindexation, c'est assez urgent (conseils de classe demain).
Merci

Sylvain
Envoyé de mon iPhone
""")

M(cat="transfer_incident", ok=False, uai="0020950X", region="hauts-de-france",
  plat="ecoledirecte", lang="fr", client="tb", fmt="8bit",
  name="Arnaud Caron", addr="arnaud.caron@stjo-saintquentin.fr",
  subj="Proxy et transferts",
  notes="New proxy: the transfer connection test fails.",
  body="""Bonjour,

La région nous a installé un nouveau pare-feu avec proxy. Depuis, le test
de connexion des transferts échoue (« impossible de joindre le serveur »).
Quels paramètres faut-il saisir ?

Lycée privé Saint-Joseph, Saint-Quentin - 0020950X
Arnaud Caron
""")

M(cat="transfer_incident", ok=False, uai=None, region=None,
  plat="ecoledirecte", lang="fr", client="outlook", fmt="qp",
  name="Secrétariat", addr="secretariat@ecole-stlouis-angers.fr",
  subj="Erreur 12029",
  notes="Outils.exe shows error 12029 on every transfer.",
  body="""Bonjour,

À chaque transfert Outils affiche « Erreur 12029 » et s'arrête. On a
redémarré le poste, pareil. Pouvez-vous nous aider ?

Le secrétariat
""")

M(cat="transfer_incident", ok=False, uai="0530277N", region="pays-de-la-loire",
  plat="ecoledirecte", lang="fr", client="outlook", fmt="alt",
  name="Jérôme Tessier", addr="j.tessier@immaculee-laval.fr",
  subj="Antivirus a supprimé un fichier",
  notes="The antivirus removed a Charlemagne file, transfers no longer start.",
  body="""Bonjour,

L'antivirus (Bitdefender) a mis en quarantaine un fichier de Charlemagne
hier soir ; depuis, les transferts EcoleDirecte ne démarrent plus. On l'a
restauré mais rien ne change.

Collège de l'Immaculée, Laval - 0530277N
Jérôme Tessier
""")

M(cat="transfer_incident", ok=False, uai="0170517V", region="nouvelle-aquitaine",
  plat="ecoledirecte", lang="fr", client="outlook", fmt="html",
  name="Christine Boutin", addr="c.boutin@fenelon-larochelle.fr",
  subj="synchronisation bloquée",
  notes="HTML-only: synchronisation stuck since the holidays.",
  body="""Bonjour,

La synchronisation avec EcoleDirecte est bloquée depuis la reprise : l'emploi
du temps affiché aux familles est celui de février. Le transfert tourne
pendant des heures sans finir.

Lycée Fénelon, La Rochelle - 0170517V
Christine Boutin
""")

M(cat="transfer_incident", ok=False, uai="0391835H", region="bourgogne-franche-comte",
  plat="ecoledirecte", lang="fr", client="tb", fmt="8bit",
  name="Xavier Jeunet", addr="xavier.jeunet@ndmont-roland.fr",
  subj="Restauration sauvegarde - réinitialiser réplication ?",
  notes="After restoring a backup, the replication needs re-initialising.",
  body="""Bonjour,

Suite à un plantage disque, nous avons restauré la sauvegarde de jeudi.
Depuis, les transferts indiquent une incohérence. Faut-il réinitialiser la
réplication ? Si oui pouvez-vous le faire de votre côté ?

Notre-Dame de Mont-Roland, Dole - 0391835H
Xavier Jeunet
""")

M(cat="transfer_incident", ok=False, uai=None, region=None,
  plat="ecoledirecte", lang="fr", client="gmail", fmt="alt", reply=True,
  name="Karine Martel", addr="karine.martel.ogec@gmail.com",
  subj="Re: [#SUP-007151] Transferts EcoleDirecte",
  notes="Short follow-up on a transfer ticket: still failing.",
  body="""Ça ne marche toujours pas, même message ce matin.
Karine

Le mer. 5 mars 2025 à 17:41, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, nous avons relancé le service de transfert. Merci de réessayer
> demain matin.
""")

M(cat="transfer_incident", ok=False, uai="0491124F", region="pays-de-la-loire",
  plat="ecoledirecte", lang="fr", client="outlook", fmt="alt", hard=True,
  name="Directeur Collège Saint-Martin", addr="direction@stmartin-cholet.fr",
  subj="Notes invisibles pour les familles",
  notes="Written by the head of a private school, but about failing transfers: transfer_incident, not a head-of-establishment request.",
  body="""Bonjour,

En tant que chef d'établissement, je suis assailli d'appels de parents : les
notes du trimestre n'apparaissent pas dans EcoleDirecte. Mon secrétariat me
dit que les transferts tournent en erreur depuis vendredi. Merci de
regarder en priorité.

Collège Saint-Martin, Cholet - 0491124F
Hubert Raimbault, chef d'établissement
""")

# ---------------------------------------------------------------------------
# account_creation
# ---------------------------------------------------------------------------
M(cat="account_creation", ok=True, uai=None, region=None,
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Florence Benard", addr="florence.benard@mairie-saintlo.example.fr",
  subj="Créer un compte",
  notes="New buyer asks how to create an Espace Acheteur account: the sign-up answer fits.",
  body="""Bonjour,

Je viens de prendre le poste d'acheteuse à la mairie et je voudrais créer
un compte sur l'Espace Acheteur. Comment dois-je procéder ?

Florence Benard
""")

M(cat="account_creation", ok=True, uai="0051158G", region="provence-alpes-cote-d-azur",
  plat="espace_acheteur", lang="fr", client="tb", fmt="8bit",
  name="Céline Blanc", addr="celine.blanc@ac-aix-marseille.fr",
  subj="Compte en attente ?",
  notes="Filled the sign-up form, cannot log in: waiting for the structure administrator's validation (FAQ case).",
  body="""Bonjour,

J'ai rempli le formulaire d'inscription hier mais quand j'essaie de me
connecter on me dit que mon compte n'est pas actif. Je n'ai pas perdu mon
mot de passe, je viens de le créer.

Lycée Dominique Villars, Gap - 0051158G
Céline Blanc
""")

M(cat="account_creation", ok=True, uai="0182373G", region="centre-val-de-loire",
  plat="esidoc", lang="fr", client="outlook", fmt="html",
  name="Patricia Leroy", addr="patricia.leroy@ac-orleans-tours.fr",
  subj="ouvrir le compte client",
  notes="HTML-only: new gestionnaire wants to open the customer account before a first order.",
  body="""Bonjour,

Nouvelle gestionnaire au collège Victor Hugo de Bourges (0182373G), je dois
commander le renouvellement du portail documentaire en ligne. Comment
ouvrir notre compte client ?

Patricia Leroy
""")

M(cat="account_creation", ok=True, uai=None, region=None,
  plat="espace_acheteur", lang="en", client="gmail", fmt="alt",
  name="Daniel Ortiz", addr="daniel.ortiz@lfi-lille.example.org",
  subj="How do I register on the buyer space?",
  notes="English; asks how to register on the buyer space.",
  body="""Hi there,

I'm the new business manager at our school and I'd like to register on the
buyer space. Is there a form, and who validates the account?

Thanks,
Daniel
""")

M(cat="account_creation", ok=False, uai="0611486J", region="normandie",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="qp",
  name="Yvette Hébert", addr="yvette.hebert@ac-normandie.fr",
  subj="Qui est notre administrateur ?",
  notes="Asks who the structure's administrator is: needs a look-up by a person.",
  body="""Bonjour,

Pour valider mon inscription il faut l'accord de « l'administrateur de
structure ». Personne au lycée (0611486J, Alençon) ne sait qui c'est.
Pouvez-vous me dire qui est enregistré ?

Yvette Hébert
""")

M(cat="account_creation", ok=False, uai="0842624W", region="provence-alpes-cote-d-azur",
  plat="esidoc", lang="fr", client="tb", fmt="8bit", hard=True,
  name="Rémi Lopez", addr="remi.lopez@ac-aix-marseille.fr",
  subj="établissement absent de la liste",
  notes="The establishment is not in the list when opening the customer account: the FAQ sends this to a person.",
  body="""Bonjour,

Quand je crée le compte client, notre collège (ouvert en septembre,
0842624W) n'apparaît pas dans la liste déroulante des établissements. Je
ne peux donc pas aller plus loin.

Rémi Lopez, documentaliste
""")

M(cat="account_creation", ok=False, uai="0411898R", region="centre-val-de-loire",
  plat="espace_acheteur", lang="fr", client="outlook", fmt="alt",
  name="Damien Royer", addr="damien.royer@ac-orleans-tours.fr",
  subj="droits de commande",
  notes="Account works; asks for order-validation rights.",
  body="""Bonjour,

Mon compte fonctionne mais je ne peux que consulter. J'aurais besoin des
droits pour passer et valider les commandes du lycée (0411898R, Blois).

Merci,
Damien Royer
""")

M(cat="account_creation", ok=False, uai=None, region="bourgogne-franche-comte",
  plat="espace_acheteur", lang="fr", client="zimbra", fmt="8bit", hard=True,
  name="Morgane Cuenot", addr="morgane.cuenot@ac-besancon.fr",
  subj="compte en attente depuis 3 semaines",
  notes="Waiting three weeks; the structure administrator has retired: the region must step in. No UAI; region from ac-besancon.fr.",
  body="""Bonjour,

Mon compte attend une validation depuis trois semaines. J'ai appris que
l'administrateur de structure était parti à la retraite en décembre... Qui
peut valider à sa place ?

Morgane Cuenot
""")

M(cat="account_creation", ok=False, uai="0111332N", region="occitanie",
  plat="esidoc", lang="fr", client="outlook", fmt="alt", hard=True,
  name="Éric Pujol", addr="eric.pujol@ac-montpellier.fr",
  subj="deux comptes administrateur + devis",
  notes="Two topics: a second administrator account for the other librarian (main) and a quote.",
  body="""Bonjour,

Nous sommes deux documentalistes au lycée (0111332N, Carcassonne) : est-il
possible d'avoir chacun un compte administrateur sur e-sidoc ? Et au
passage, pourriez-vous nous faire un devis pour un second portail (lycée
pro rattaché) ?

Éric Pujol
""")

# ---------------------------------------------------------------------------
# subscription_activation
# ---------------------------------------------------------------------------
M(cat="subscription_activation", ok=True, uai="0632069G", region="auvergne-rhone-alpes",
  plat="esidoc", lang="fr", client="tb", fmt="8bit",
  name="Nicole Roux", addr="nicole.roux@ac-clermont.fr",
  subj="abonnement non visible",
  notes="Cafeyn ordered yesterday, not yet visible: within 72 h.",
  body="""Bonjour,

Nous avons commandé hier l'abonnement Cafeyn pour le CDI et il n'apparaît
pas encore dans nos ressources. Faut-il faire quelque chose ?

Collège Lucie Aubrac, Clermont-Ferrand - 0632069G
Nicole Roux
""")

M(cat="subscription_activation", ok=True, uai="0090834H", region="occitanie",
  plat="esidoc", lang="fr", client="outlook", fmt="alt",
  name="Aline Soula", addr="aline.soula@ac-toulouse.fr",
  subj="publier Europresse",
  notes="How to publish the Europresse resource on the portal: activation/publication of a resource.",
  body="""Bonjour,

Europresse est bien activé dans notre espace, mais comment le faire
apparaître sur la page d'accueil du portail pour les élèves ?

Lycée Gabriel Fauré, Foix - 0090834H
Aline Soula
""")

M(cat="subscription_activation", ok=True, uai="0062167Y", region="provence-alpes-cote-d-azur",
  plat="esidoc", lang="en", client="outlook", fmt="alt",
  name="Helen Novak", addr="helen.novak@ac-nice.fr",
  subj="Subscription not active yet",
  notes="English; ordered two days ago, not active yet: within 72 h.",
  body="""Hello,

We ordered the Universalis subscription on Tuesday for our school library
(0062167Y) and it still shows as inactive. Is that normal?

Best,
Helen Novak
""")

M(cat="subscription_activation", ok=True, uai="0272966C", region="normandie",
  plat="esidoc", lang="fr", client="iphone", fmt="qp",
  name="Gaëtan Morel", addr="gaetan.morel@ac-normandie.fr",
  subj="activation",
  notes="Short: please activate, order validated yesterday.",
  body="""Bonjour, commande validée hier, merci d'activer l'abonnement (0272966C).
Bonne journée
G. Morel

Envoyé de mon iPhone
""")

M(cat="subscription_activation", ok=True, uai="0810321J", region="occitanie",
  plat="esidoc", lang="fr", client="webmail", fmt="8bit",
  name="Pierre Cabrol", addr="pierre.cabrol@ac-toulouse.fr",
  subj="renouvellement toujours expiré",
  notes="Renewal paid, still shown as expired in 'Mes abonnements'; order from the day before.",
  body="""Bonjour
le renouvellement a été commandé hier mais dans Mes abonnements c'est
toujours marqué "expiré". Il faut attendre ?
Lycée Bellevue, Albi - 0810321J
P. Cabrol
""")

M(cat="subscription_activation", ok=True, uai="0700399D", region="bourgogne-franche-comte",
  plat="esidoc", lang="fr", client="outlook", fmt="alt", hard=True,
  name="Principal collège Jean Macé", addr="ce.0700399D@ac-besancon.fr",
  subj="Disponibilité de la ressource",
  notes="Written by the principal from the ce. address, but he only asks when the new subscription will be available: not a head-of-establishment request.",
  body="""Bonjour,

Le collège a commandé lundi la ressource BNF Gallica éducation pour le CDI.
Pouvez-vous m'indiquer quand elle sera disponible pour les élèves ?

Le principal,
Michel Grandjean
""")

M(cat="subscription_activation", ok=True, uai="0501054Z", region="normandie",
  plat="esidoc", lang="fr", client="outlook", fmt="qp",
  name="Claire Lemonnier", addr="claire.lemonnier@ac-normandie.fr",
  subj="ressource pas visible dans l'ENT",
  notes="Active subscription not visible to pupils through the ENT: publication step.",
  body="""Bonjour,

Notre abonnement Le Monde est actif (je le vois en tant qu'admin), mais les
élèves qui passent par l'ENT ne le voient pas sur le portail.

Collège Le Cotentin, Cherbourg - 0501054Z
Claire Lemonnier
""")

M(cat="subscription_activation", ok=False, uai="0791569B", region="nouvelle-aquitaine",
  plat="esidoc", lang="fr", client="tb", fmt="8bit", hard=True,
  name="Sabrina Texier", addr="sabrina.texier@ac-poitiers.fr",
  subj="Abonnement commandé il y a 15 jours",
  notes="Ordered two weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
  body="""Bonjour,

Nous avons commandé l'abonnement Cafeyn le 24 février, le bon de commande a
été validé le jour même. Deux semaines après, toujours rien dans nos
ressources. Pouvez-vous vérifier ce qui bloque ?

Lycée Jean Moulin, Thouars - 0791569B
Sabrina Texier
""")

M(cat="subscription_activation", ok=True, uai="0032337Z", region="auvergne-rhone-alpes",
  plat="esidoc", lang="fr", client="gmail", fmt="alt", hard=True,
  name="Laure Bardet", addr="laure.bardet@ac-clermont.fr",
  subj="pas un problème de mot de passe",
  notes="Negation: 'ce n'est pas un problème de mot de passe', login works; the newly ordered resource is not published.",
  body="""Bonjour,

Ce n'est pas un problème de mot de passe, j'arrive très bien à me connecter.
C'est que la nouvelle ressource (Lumni Premium, commandée mercredi) n'est
pas encore dans la liste des ressources à publier.

Collège Jules Ferry, Montluçon - 0032337Z
Laure Bardet
""")

# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------
M(cat="other", ok=False, uai=None, region=None, plat=None, lang="en",
  client="spam", fmt="alt",
  name="Ryan | GrowthRank", addr="ryan@growthrank-seo.example.net",
  subj="Quick question about assistance.example.fr",
  notes="English SEO spam.",
  body="""Hi,

I was checking assistance.example.fr and noticed you are missing out on a
lot of organic traffic. We can get you to page one of Google in 30 days,
guaranteed. Can I send you a free audit?

Cheers,
Ryan
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="spam", fmt="html", hard=True,
  extra_auth="dkim=none; spf=fail smtp.mailfrom=ac-creteil-messagerie.example.com; dmarc=none",
  name="Service Messagerie Académique", addr="securite@ac-creteil-messagerie.example.com",
  subj="Votre quota de messagerie est atteint",
  notes="Phishing: 'quota reached, confirm your password'. The look-alike domain is not an académie domain: no region.",
  body="""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la
suspension de votre compte, confirmez votre identifiant et votre mot de
passe dans les 24 heures en cliquant ici :
http://ac-creteil-messagerie.example.com/quota

Le service informatique
""")

M(cat="other", ok=False, uai=None, region="provence-alpes-cote-d-azur",
  plat="esidoc", lang="fr", client="tb", fmt="8bit", reply=True, hard=True,
  name="Sophie Mercier", addr="sophie.mercier@ac-nice.fr",
  subj="Re: [#SUP-007266] Mot de passe e-sidoc",
  notes="Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-nice.fr.",
  body="""Super, le lien a marché, j'ai pu changer le mot de passe. Merci beaucoup !

Sophie

Le 06/03/2025 à 10:15, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement.
""")

M(cat="other", ok=False, uai=None, region="hauts-de-france", plat=None, lang="fr",
  client="android", fmt="b64", reply=True,
  name="Julie Vasseur", addr="julie.vasseur@ac-lille.fr",
  subj="Re: [#SUP-007301] Abonnement",
  notes="'Bien reçu, merci' from a phone: nothing to do. Region from ac-lille.fr.",
  body="""Bien reçu merci !

Envoyé à partir de Outlook pour Android
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="gmail", fmt="alt",
  name="Sarah Benali", addr="sarah.benali1985@gmail.com",
  subj="sortie scolaire jeudi",
  notes="A parent asks about a school trip: wrong address, unrelated.",
  body="""Bonjour,

Mon fils est en 5e B, je voulais savoir à quelle heure le car revient jeudi
de la sortie au musée ? Merci.

Mme Benali
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="gmail", fmt="alt",
  name="Théo Marchand", addr="theo.marchand.pro@gmail.com",
  subj="Candidature spontanée - stage",
  notes="Unsolicited internship application.",
  body="""Madame, Monsieur,

Étudiant en BUT Métiers du livre, je recherche un stage de 10 semaines à
partir d'avril. Votre activité autour des portails documentaires
m'intéresse beaucoup. Mon CV est disponible sur simple demande.

Cordialement,
Théo Marchand
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="outlook", fmt="html",
  name="Julie Garnier - Mobilib", addr="j.garnier@mobilib-agencement.example.com",
  subj="Aménagement de CDI : notre catalogue printemps",
  notes="Cold sales prospecting for library furniture, written to one person: other, not automated.",
  body="""Bonjour,

Je me permets de vous contacter car nous accompagnons de nombreux
établissements dans l'aménagement de leur CDI (rayonnages, assises,
espaces lecture). Seriez-vous disponible pour un échange de 15 minutes ?

Julie Garnier
Chargée d'affaires - Mobilib
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="gmail", fmt="alt",
  name="Denise Aubry", addr="denise.aubry@free.fr",
  subj="Suppression de mes données",
  notes="GDPR erasure request from a retired librarian: other, human review.",
  body="""Bonjour,

Retraitée depuis juin dernier, je souhaite que toutes mes données
personnelles soient supprimées de vos fichiers, conformément au RGPD.
Merci de me confirmer la suppression.

Denise Aubry
""")

M(cat="other", ok=False, uai=None, region=None, plat="espace_acheteur", lang="fr",
  client="outlook", fmt="alt",
  name="Mathieu Gilles", addr="mathieu.gilles@cc-vallee-du-lot.example.fr",
  subj="inscription webinaire",
  notes="Wants to register for a buyer-space webinar, the link fails: other.",
  body="""Bonjour,

Le lien d'inscription au webinaire du 20 mars sur l'Espace Acheteur renvoie
une page d'erreur. Pouvez-vous m'inscrire directement ?

Mathieu Gilles
""")

M(cat="other", ok=False, uai=None, region="hauts-de-france", plat=None, lang="fr",
  client="webmail", fmt="8bit", hard=True,
  name="Gérard Delattre", addr="gerard.delattre@ac-lille.fr",
  subj="TOUJOURS PAS DE RÉPONSE",
  notes="Angry complaint about an unanswered request that never says what the request was: no category can be told. Region from ac-lille.fr.",
  body="""Bonjour,

Ça fait DEUX SEMAINES que j'ai écrit et personne ne m'a répondu. C'est
inadmissible pour un service payé par nos établissements. J'attends une
réponse aujourd'hui.

G. Delattre
""")

M(cat="other", ok=False, uai=None, region="nouvelle-aquitaine", plat=None, lang="fr",
  client="zimbra", fmt="8bit",
  name="Yves Peyrat", addr="yves.peyrat@ac-limoges.fr",
  subj="idées de romans pour 4e",
  notes="A teacher asks for novel suggestions for pupils: unrelated. Region from ac-limoges.fr.",
  body="""Bonjour,

Je cherche des idées de romans jeunesse sur le thème de l'exil pour une
classe de 4e, accessibles à des petits lecteurs. Auriez-vous une liste ?

Merci,
Yves Peyrat, professeur de français
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="spam", fmt="alt", hard=True,
  extra_auth="dkim=none; spf=softfail smtp.mailfrom=factu-service.example.biz; dmarc=fail header.from=factu-service.example.biz",
  name="Service Facturation", addr="facturation@factu-service.example.biz",
  subj="Facture impayée n°88412 - dernier rappel",
  notes="Fake unpaid invoice from an unknown sender with a link: phishing, not order_billing.",
  body="""Bonjour,

Sauf erreur, votre facture n°88412 d'un montant de 1 248,00 € reste
impayée. Téléchargez-la ici pour régulariser sous 48 h :
https://factu-service.example.biz/doc/88412

Service Facturation
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="es",
  client="spam", fmt="alt",
  name="Lotería Internacional", addr="premios@loteria-int.example.net",
  subj="¡Felicidades! Usted ha ganado",
  notes="Spanish lottery spam.",
  body="""Estimado ganador:

Su dirección de correo electrónico ha sido seleccionada en nuestro sorteo
anual. Ha ganado 850.000 EUR. Para reclamar su premio envíe sus datos
personales y una copia de su documento de identidad a este correo.

Atentamente,
Departamento de Premios
""")

M(cat="other", ok=False, uai=None, region="bretagne", plat="esidoc", lang="fr",
  client="tb", fmt="8bit", hard=True,
  name="Morgane Guillou", addr="morgane.guillou@ac-rennes.fr",
  subj="changer le bandeau du portail",
  notes="How-to question on the portal's design (banner image): no category of its own. Region from ac-rennes.fr.",
  body="""Bonjour,

Comment change-t-on l'image du bandeau en haut du portail e-sidoc ? Je
voudrais mettre une photo pour le printemps des poètes. Je suis bien
connectée en admin, je ne trouve juste pas où c'est.

Morgane Guillou
""")

M(cat="other", ok=False, uai=None, region=None, plat="esidoc", lang="fr",
  client="gmail", fmt="alt",
  name="lola", addr="lola.dlc2011@gmail.com",
  subj="livre",
  notes="A pupil asks where a book is: unrelated to the desk.",
  body="""bonjour je trouve pas le livre "La rivière à l'envers" sur le site du cdi
alors que la prof a dit qu'il y est. vous pouvez le rajouter ?
lola 6eC
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="outlook", fmt="alt",
  name="Bernard Chevalier", addr="b.chevalier@cabinet-chevalier.example.fr",
  subj="désinscription",
  notes="A person asks to be removed from the newsletter: written by hand, so not automated.",
  body="""Bonjour,

Merci de me retirer de votre liste de diffusion, je ne travaille plus dans
l'éducation depuis longtemps.

B. Chevalier
""")

M(cat="other", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="outlook", fmt="alt",
  name="Léa Fontaine", addr="lea.fontaine@journal-educ.example.fr",
  subj="Demande d'interview - usages des CDI",
  notes="Journalist asking for an interview: other.",
  body="""Bonjour,

Je prépare un article sur la fréquentation des CDI et l'usage des portails
documentaires. Pourrais-je interroger quelqu'un de votre équipe, ou
obtenir quelques chiffres ? Bouclage le 21 mars.

Léa Fontaine, journaliste
""")


M(cat="other", ok=False, uai=None, region="ile-de-france", plat="esidoc", lang="fr",
  client="outlook", fmt="alt",
  name="Anne Bellamy", addr="anne.bellamy@ac-creteil.fr",
  subj="déclaration d'accessibilité",
  notes="Asks for the portal's accessibility statement (RGAA): other. Region from ac-creteil.fr.",
  body="""Bonjour,

Notre référente handicap me demande la déclaration d'accessibilité (RGAA)
du portail e-sidoc. Où puis-je la trouver ?

Anne Bellamy
""")

M(cat="other", ok=False, uai=None, region=None, plat="ecoledirecte", lang="fr",
  client="outlook", fmt="qp", reply=True, hard=True,
  name="Marc Poulain", addr="m.poulain@college-stemarie-cholet.fr",
  subj="RE: [#SUP-007199] Licence à régénérer",
  notes="Thanks for the regenerated licence, transfers work again: mentions transfers but asks nothing.",
  body="""Merci, la nouvelle licence est en place et les transferts repartent.
Bonne journée,
Marc Poulain

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-007199] Licence à régénérer

Bonjour, la licence a été régénérée pour le nouveau poste.
""")

# ---------------------------------------------------------------------------
# automated (built with special MIME shapes)
# ---------------------------------------------------------------------------
M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="outlook", fmt="alt", auto="ooo",
  name="Valérie Michaud", addr="v.michaud@lycee-stjean-douai.fr",
  subj="Réponse automatique : [#SUP-007120] Votre demande",
  notes="Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress.",
  body="""Bonjour,

Je suis absente jusqu'au 17 mars inclus. En cas d'urgence, merci de
contacter l'intendance au 03 27 00 00 00.

Cordialement,
Valérie Michaud
""")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="en",
  client="gmail", fmt="alt", auto="vacation",
  name="Mark Davies", addr="mark.davies.school@gmail.com",
  subj="Re: [#SUP-007145] Your request",
  notes="English Gmail vacation responder.",
  body="""Thanks for your email. I'm away on a school trip until 14 March with
limited access to email. I'll reply when I'm back.

Mark
""")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="en",
  client=None, fmt="bounce", auto="bounce",
  name="Mail Delivery System", addr="MAILER-DAEMON@mx.college-valmy.fr",
  subj="Undelivered Mail Returned to Sender",
  notes="Postfix bounce (multipart/report delivery-status), null Return-Path.",
  body="valerie.roussel@college-valmy.fr")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="fr",
  client=None, fmt="ndr", auto="ndr",
  name="Microsoft Outlook", addr="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lycee-sthilaire.fr",
  subj="Non remis : [#SUP-007212] Votre demande",
  notes="Exchange Online non-delivery report in French (multipart/report).",
  body="cdi@lycee-sthilaire.fr")

M(cat="automated", ok=False, uai=None, region="occitanie", plat=None, lang="fr",
  client=None, fmt="mdn", auto="mdn",
  name="Agnès Puech", addr="agnes.puech@ac-montpellier.fr",
  subj="Accusé de réception (affiché) : [#SUP-007250] Abonnement",
  notes="Thunderbird read receipt in French (disposition-notification). Region from ac-montpellier.fr.",
  body="")

M(cat="automated", ok=False, uai=None, region="ile-de-france", plat=None, lang="fr",
  client="zimbra", fmt="8bit", auto="zimbra",
  name="Didier Fournier", addr="didier.fournier@ac-versailles.fr",
  subj="Absence : [#SUP-007233] Transfert",
  notes="Academic Zimbra vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from ac-versailles.fr.",
  body="""Bonjour,
Je suis en stage de formation du 10 au 14 mars. Je traiterai votre message
à mon retour.
D. Fournier
""")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="fr",
  client=None, fmt="alt", auto="newsletter",
  name="Cafeyn Éducation", addr="news@edu.cafeyn.example.com",
  subj="Mars : la semaine de la presse avec Cafeyn",
  notes="Publisher newsletter with List-Id, List-Unsubscribe and Precedence: bulk.",
  body="""Semaine de la presse et des médias dans l'école : du 24 au 29 mars !

Retrouvez notre sélection de titres et nos fiches pédagogiques pour
accompagner vos élèves.

Se désinscrire : https://edu.cafeyn.example.com/unsubscribe
""")

M(cat="automated", ok=False, uai=None, region=None, plat="espace_acheteur", lang="fr",
  client=None, fmt="alt", auto="notif",
  name="Espace Acheteur", addr="no-reply@espace-acheteur.example.fr",
  subj="Un compte est en attente de validation",
  notes="No-reply notification to the desk: an account awaits validation. Auto-Submitted: auto-generated.",
  body="""Bonjour,

Un nouvel utilisateur (m.lebreton@ac-nantes.fr) s'est inscrit sur
l'Espace Acheteur pour une structure sans administrateur.
Ce compte est en attente de validation.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

M(cat="automated", ok=False, uai=None, region=None, plat="ticket_portal", lang="fr",
  client=None, fmt="alt", auto="notif",
  name="Portail d'assistance", addr="noreply@tickets.example.fr",
  subj="[Ticket #48213] Mise à jour de votre demande",
  notes="Ticket-portal notification: a ticket the desk opened was updated.",
  body="""Bonjour,

Le ticket #48213 « Export des statistiques » a été mis à jour par
l'équipe technique. Statut : En cours.

Consultez votre ticket : https://tickets.example.fr/t/48213

Ceci est un message automatique.
""")

M(cat="automated", ok=False, uai=None, region=None, plat="esignature", lang="fr",
  client=None, fmt="alt", auto="notif_plain",
  name="Signature électronique", addr="ne-pas-repondre@esign.example.fr",
  subj="Document signé par tous les signataires",
  notes="E-signature 'completed' notification without Auto-Submitted; the no-reply sender and wording show it is automatic.",
  body="""Bonjour,

Le document « Convention d'adhésion 2025 - Collège Camus » a été signé par
tous les signataires. Vous pouvez le télécharger pendant 30 jours.

L'équipe Signature électronique
""")

M(cat="automated", ok=False, uai=None, region="bourgogne-franche-comte", plat="esidoc", lang="fr",
  client="tb", fmt="8bit", auto="list", hard=True,
  name="Fanny Bourgeois", addr="fanny.bourgeois@ac-dijon.fr",
  subj="[docs-dijon] e-sidoc : quelqu'un a eu ce problème de mot de passe ?",
  notes="A librarian's real question, but posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us. Region from ac-dijon.fr.",
  body="""Bonjour à tous,

Quelqu'un a-t-il déjà eu le message « mot de passe expiré » en boucle sur
e-sidoc ? Je change le mot de passe et il me le redemande le lendemain.

Fanny, collège de Chenôve
""")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="fr",
  client="outlook", fmt="alt", auto="ooo_rule", hard=True,
  name="Jacqueline Morin", addr="jacqueline.morin@lycee-agricole-vendome.fr",
  subj="Absente",
  notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  body="""Je suis absente pour raison médicale jusqu'au 21 mars. Votre message ne
sera pas transféré. Pour le CDI, merci de vous adresser à la vie scolaire.

J. Morin
""")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="en",
  client=None, fmt="exim", auto="exim", hard=True,
  name="Mail Delivery System", addr="Mailer-Daemon@mail.lycee-hoche.example.fr",
  subj="Mail delivery failed: returning message to sender",
  notes="Exim bounce as plain text: only the null Return-Path and Mailer-Daemon sender show it is automatic.",
  body="doc.cdi@lycee-hoche.example.fr")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="en",
  client=None, fmt="dmarc", auto="dmarc",
  name="DMARC Aggregate Report", addr="noreply-dmarc-support@google.example.com",
  subj="Report domain: assistance.example.fr Submitter: google.com Report-ID: 5123847760923881",
  notes="DMARC aggregate report (zip attachment).",
  body="")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="en",
  client=None, fmt="delay", auto="delay",
  name="Mail Delivery System", addr="MAILER-DAEMON@relay.assistance.example.fr",
  subj="Delayed Mail (still being retried)",
  notes="Delay warning from our own relay (Action: delayed): not a failure, still automatic.",
  body="intendance@clg-brassens-martigues.fr")

M(cat="automated", ok=False, uai=None, region="provence-alpes-cote-d-azur", plat=None, lang="fr",
  client=None, fmt="8bit", auto="ack", hard=True,
  name="Assistance DANE Aix-Marseille", addr="assistance-dane@ac-aix-marseille.fr",
  subj="[DANE-2025-1187] Accusé de réception de votre demande",
  notes="Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-aix-marseille.fr.",
  body="""Bonjour,

Votre demande a bien été enregistrée sous le numéro DANE-2025-1187. Elle
sera traitée dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.
""")

M(cat="automated", ok=False, uai="0672783L", region="grand-est", plat=None, lang="fr",
  client="webmail", fmt="8bit", auto="zimbra", hard=True,
  name="Collège Pasteur Strasbourg", addr="ce.0672783L@ac-strasbourg.fr",
  subj="Réponse automatique : [#SUP-007277] Accès e-sidoc",
  notes="Out-of-office of a school office (ce.<UAI> address) mentioning e-sidoc; Auto-Submitted present. UAI from the address.",
  body="""Bonjour,

Le secrétariat est fermé du 10 au 12 mars (formation). Pour les questions
e-sidoc et mots de passe, merci de patienter jusqu'au 13 mars.

Le secrétariat
""")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="fr",
  client=None, fmt="8bit", auto="autoreply_x",
  name="Mairie de Saint-Amand", addr="accueil@mairie-saintamand.example.fr",
  subj="Re: Votre message",
  notes="Host autoresponder: only X-Autoreply / X-Autorespond headers, no Auto-Submitted.",
  body="""Nous avons bien reçu votre message. La mairie est ouverte du lundi au
vendredi de 8 h 30 à 12 h. Nous vous répondrons dans les meilleurs délais.
""")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="fr",
  client=None, fmt="alt", auto="newsletter",
  name="Réseau Canopé - Lettre", addr="lettre@info.reseau-canope.example.fr",
  subj="Les rendez-vous de mars : formations et webinaires",
  notes="Newsletter (List-Id, Precedence: bulk) from a public education network.",
  body="""Lettre d'information - mars 2025

- Webinaire « Éducation aux médias » le 18 mars
- Parcours « Le CDI, lieu de vie » : inscriptions ouvertes

Se désabonner : https://info.reseau-canope.example.fr/desabonnement
""")

M(cat="automated", ok=False, uai=None, region=None, plat=None, lang="de",
  client="outlook", fmt="alt", auto="ooo",
  name="Katrin Vogel", addr="k.vogel@partnerschule-freiburg.example.de",
  subj="Automatische Antwort: [#SUP-007290] Ihre Anfrage",
  notes="German Exchange out-of-office from a partner school (Auto-Submitted).",
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis zum 17. März nicht im Büro
und habe keinen Zugriff auf meine E-Mails.

Mit freundlichen Grüßen
Katrin Vogel
""")



# ---------------------------------------------------------------------------
# MIME building
# ---------------------------------------------------------------------------
CLIENTS = {
    "tb": ("User-Agent", "Mozilla Thunderbird"),
    "tb_old": ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail": (None, None),
    "iphone": ("X-Mailer", "iPhone Mail (21D61)"),
    "android": (None, None),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF123 (Win)/9.0.0_GA_4583)"),
    "webmail": ("User-Agent", "Roundcube Webmail/1.6.6"),
    "spam": ("X-Mailer", "PHPMailer 6.8.0"),
    None: (None, None),
}
TZ = {0: "+0100", 3: "+0300", 4: "+0400", -3: "-0300", -4: "-0400"}
DAYS = [3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 8, 9]  # fortnight, some weekend mail


def rand_hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.strip("\n").split("\n\n")
    body = "".join("<p>" + p.replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body style="font-family:Calibri,sans-serif;'
            'font-size:11pt">\n' + body + "</body></html>\n")


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset).replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def leaf(ctype, text, cte, charset="utf-8"):
    hdr = 'Content-Type: %s; charset="%s"\n' % (ctype, charset)
    if cte == "8bit":
        return hdr + "Content-Transfer-Encoding: 8bit\n\n" + text
    if cte == "quoted-printable":
        return hdr + "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text, charset)
    return hdr + "Content-Transfer-Encoding: base64\n\n" + b64(text.encode(charset))


def multipart(subtype, parts, params=""):
    bnd = "----=_Part_%s" % rand_hex(16)
    out = 'Content-Type: multipart/%s;%s\n boundary="%s"\n\n' % (subtype, params, bnd)
    out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += "--%s\n%s\n" % (bnd, p.rstrip("\n") + "\n")
    out += "--%s--\n" % bnd
    return out


def original_headers(to_addr, subj, date):
    return ("From: Assistance <support@assistance.example.fr>\n"
            "To: %s\nSubject: %s\nDate: %s\nMessage-ID: <SUP-%s@assistance.example.fr>\n"
            % (to_addr, enc_header(subj), date, rand_hex(12)))


def body_for(m, date_str):
    fmt, text = m["fmt"], m["body"]
    if fmt == "8bit":
        return leaf("text/plain", text, "8bit")
    if fmt == "latin1":
        return leaf("text/plain", text, "8bit", "iso-8859-15")
    if fmt == "qp":
        return leaf("text/plain", text, "quoted-printable")
    if fmt == "b64":
        return leaf("text/plain", text, "base64")
    if fmt == "html":
        return leaf("text/html", html_of(text), "quoted-printable")
    if fmt == "alt":
        if m.get("client") in ("android",):
            cte = "base64"
        else:
            cte = "quoted-printable"
        return multipart("alternative", [leaf("text/plain", text, cte),
                                         leaf("text/html", html_of(text), cte)])
    rcpt = text
    if fmt == "bounce":
        note = ("This is the mail system at host mx.college-valmy.fr.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "<%s>: host mx.college-valmy.fr said: 550 5.1.1 mailbox unavailable\n" % rcpt)
        ds = ("Content-Type: message/delivery-status\n\n"
              "Reporting-MTA: dns; mx.college-valmy.fr\n\n"
              "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n" % rcpt)
        orig = ("Content-Type: message/rfc822\n\n" +
                original_headers(rcpt, "[#SUP-007163] Mot de passe e-sidoc", date_str) +
                "\nBonjour,\nUn lien de réinitialisation vous a été envoyé.\n")
        return multipart("report", [leaf("text/plain", note, "7bit" if False else "8bit"), ds, orig],
                         " report-type=delivery-status;")
    if fmt == "ndr":
        note = ("Impossible de remettre votre message à %s.\n\n"
                "Le destinataire est introuvable. Vérifiez l'adresse et réessayez.\n" % rcpt)
        ds = ("Content-Type: message/delivery-status\n\n"
              "Reporting-MTA: dns;PR1P264MB0123.FRAP264.PROD.OUTLOOK.COM\n\n"
              "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\n" % rcpt)
        orig = ("Content-Type: text/rfc822-headers\n\n" +
                original_headers(rcpt, "[#SUP-007212] Votre demande", date_str))
        alt = multipart("alternative", [leaf("text/plain", note, "quoted-printable"),
                                        leaf("text/html", html_of(note), "quoted-printable")])
        return multipart("report", [alt, ds, orig], " report-type=delivery-status;")
    if fmt == "mdn":
        note = ("Ceci est un accusé de réception pour le courriel envoyé à\n"
                "agnes.puech@ac-montpellier.fr.\n\nRemarque : cet accusé de réception "
                "indique seulement que le message a été affiché sur l'ordinateur du "
                "destinataire.\n")
        dn = ("Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\n\n"
              "Reporting-UA: ac-montpellier.fr; Thunderbird\n"
              "Final-Recipient: rfc822;agnes.puech@ac-montpellier.fr\n"
              "Original-Message-ID: <SUP-%s@assistance.example.fr>\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n" % rand_hex(12))
        return multipart("report", [leaf("text/plain", note, "8bit"), dn],
                         " report-type=disposition-notification;")
    if fmt == "exim":
        note = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                "  %s\n    mailbox is full: retry timeout exceeded\n\n"
                "------ This is a copy of the message, including all the headers. ------\n\n" % rcpt
                + original_headers(rcpt, "[#SUP-007171] Abonnement", date_str)
                + "\nBonjour,\nVotre abonnement est actif.\n")
        return leaf("text/plain", note, "8bit", "us-ascii")
    if fmt == "dmarc":
        note = "This is an aggregate report from google.com.\n"
        zipdata = bytes(RNG.randrange(256) for _ in range(300))
        att = ('Content-Type: application/zip;\n name="google.com!assistance.example.fr!1741219200!1741305599.zip"\n'
               'Content-Disposition: attachment;\n filename="google.com!assistance.example.fr!1741219200!1741305599.zip"\n'
               "Content-Transfer-Encoding: base64\n\n" + b64(zipdata))
        return multipart("mixed", [leaf("text/plain", note, "7bit" if False else "8bit", "us-ascii"), att])
    if fmt == "delay":
        note = ("This is the mail system at host relay.assistance.example.fr.\n\n"
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for more than 4 hour(s).\n"
                "It will be retried until it is 5 day(s) old.\n\n"
                "<%s>: connect to mx.clg-brassens-martigues.fr: Connection timed out\n" % rcpt)
        ds = ("Content-Type: message/delivery-status\n\n"
              "Reporting-MTA: dns; relay.assistance.example.fr\n\n"
              "Final-Recipient: rfc822; %s\nAction: delayed\nStatus: 4.4.1\n"
              "Will-Retry-Until: Mon, 17 Mar 2025 09:00:00 +0100 (CET)\n" % rcpt)
        orig = ("Content-Type: text/rfc822-headers\n\n" +
                original_headers(rcpt, "[#SUP-007240] Commande", date_str))
        return multipart("report", [leaf("text/plain", note, "8bit", "us-ascii"), ds, orig],
                         " report-type=delivery-status;")
    raise ValueError(fmt)


def build(m, idx):
    name, addr = m["name"], m["addr"]
    domain = addr.split("@")[1].lower()
    tzh = m.get("tz", 0)
    day = RNG.choice(DAYS)
    hour = RNG.randint(7, 19) if m["cat"] != "automated" else RNG.randint(0, 23)
    dt = datetime.datetime(2025, 3, day, hour, RNG.randint(0, 59), RNG.randint(0, 59),
                           tzinfo=datetime.timezone(datetime.timedelta(hours=tzh if tzh else 1)))
    date_str = format_datetime(dt)
    recv = format_datetime(dt.astimezone(datetime.timezone(datetime.timedelta(hours=1))) + datetime.timedelta(seconds=RNG.randint(2, 40)))
    auto = m.get("auto")
    null_rp = auto in ("bounce", "ndr", "exim", "delay")
    h = []
    h.append("Return-Path: <%s>" % ("" if null_rp else addr))
    h.append("Delivered-To: " + TO)
    ip = "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))
    h.append("Received: from smtp.%s (smtp.%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CET)"
             % (domain, domain, ip, rand_hex(12).upper(), TO, recv))
    auth = m.get("extra_auth") or ("dkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    h.append("Authentication-Results: mx1.assistance.example.fr;\n\t" + auth)
    h.append("From: " + formataddr((name, addr), charset="utf-8"))
    if auto == "list":
        h.append("To: docs-dijon@listes.ac-dijon.fr")
    else:
        h.append("To: " + (TO if RNG.random() < 0.6 else "Assistance <%s>" % TO))
    h.append("Subject: " + enc_header(m["subj"]))
    h.append("Date: " + date_str)
    client = m.get("client")
    if client == "outlook":
        mid = "<%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (rand_hex(32).upper(), "PR1P264MB" + rand_hex(4).upper())
    elif client == "gmail":
        mid = "<CA+%s@mail.gmail.com>" % rand_hex(40)
    elif client == "iphone":
        mid = "<%s-%s@%s>" % (rand_hex(8).upper(), rand_hex(4).upper(), domain)
    elif client == "android":
        mid = "<%s.%d@email.android.com>" % (rand_hex(24), RNG.randint(10**12, 10**13))
    else:
        mid = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), rand_hex(10), domain)
    h.append("Message-ID: " + mid)
    if m.get("reply") or (auto and auto not in ("newsletter", "notif", "notif_plain", "list", "dmarc", "ack", "autoreply_x", "ooo_rule")):
        ref = "<SUP-%s.%d@assistance.example.fr>" % (rand_hex(6), 1741000000 + idx * 997)
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    h.append("MIME-Version: 1.0")
    k, v = CLIENTS.get(client, (None, None))
    if k:
        h.append("%s: %s" % (k, v))
    if client in ("tb", "tb_old", "outlook"):
        h.append("Content-Language: " + ("fr-FR" if m["lang"] == "fr" else m["lang"]))
    if auto in ("ooo",):
        h.append("Auto-Submitted: auto-generated")
        h.append("X-Auto-Response-Suppress: All")
    elif auto == "vacation":
        h.append("Auto-Submitted: auto-replied")
        h.append("Precedence: bulk")
    elif auto in ("bounce", "ndr", "delay"):
        h.append("Auto-Submitted: auto-replied")
    elif auto == "zimbra":
        h.append("Auto-Submitted: auto-replied (zimbra; vacation)")
    elif auto == "newsletter":
        lid = domain
        h.append("List-Id: <%s>" % lid)
        h.append("List-Unsubscribe: <https://%s/unsubscribe?u=%s>" % (lid, rand_hex(10)))
        h.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        h.append("Precedence: bulk")
    elif auto == "notif":
        h.append("Auto-Submitted: auto-generated")
    elif auto == "list":
        h.append("List-Id: Documentalistes de l'academie de Dijon <docs-dijon.listes.ac-dijon.fr>")
        h.append("List-Post: <mailto:docs-dijon@listes.ac-dijon.fr>")
        h.append("Precedence: list")
        h.append("Sender: docs-dijon-owner@listes.ac-dijon.fr")
    elif auto == "ack":
        h.append("Auto-Submitted: auto-replied")
        h.append("X-Loop: assistance-dane@ac-aix-marseille.fr")
    elif auto == "autoreply_x":
        h.append("X-Autoreply: yes")
        h.append("X-Autorespond: accueil@mairie-saintamand.example.fr")
    elif auto == "dmarc":
        pass
    raw = "\n".join(h) + "\n" + body_for(m, date_str)
    charset = "iso-8859-15" if m["fmt"] == "latin1" else "utf-8"
    return raw.replace("\n", "\r\n").encode(charset)


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(build(m, n))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["plat"],
                       "hard": bool(m.get("hard", False)), "lang": m["lang"],
                       "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    labs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labs) == 150
    keys = {"file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"}
    for lab in labs:
        assert set(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]) or lab["category"] == "automated", lab["file"]
        text = str(msg["Subject"]) + " " + str(msg["From"])
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                text += part.get_content()
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        if cat in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        sender_domain = msg["From"].addresses[0].domain.lower()
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in text.lower(), (lab["file"], lab["uai"])
            assert lab["region"] == DEP2REGION[lab["uai"][:3]], lab
        elif sender_domain in DOM2REGION:
            assert lab["region"] == DOM2REGION[sender_domain], lab
        else:
            assert lab["region"] is None, lab
    print("ok: 150 mails, labels consistent")


if __name__ == "__main__":
    main()
