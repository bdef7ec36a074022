#!/usr/bin/env python3
"""Build the holdout132 blind test set: 150 hand-written support mails.

Theme: a quiet week in February (10-15 February 2025) in small towns.
Mostly polite, old-fashioned, very courteous mail from older staff, with
long greetings and closings, and a few first-time users.

Every mail text below is written by hand. The script only wraps each text in
realistic headers and MIME structure (plain 8bit, quoted-printable, base64,
ISO-8859-1, HTML-only, multipart/alternative, multipart/report), writes
h001.eml .. h150.eml and labels.jsonl, then re-reads and checks everything.

Standard library only; deterministic (random.Random with a fixed seed).
Usage: python3 make_holdout132.py [output_dir]   (default: this folder)
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
import re
import sys
from email.header import Header
from email.utils import formataddr, format_datetime, parseaddr

SEED = 132
OUT = os.path.dirname(os.path.abspath(__file__))
DESK = "support@assistance.example.fr"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
NEVER_AUTO = {
    "head_of_establishment_request", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
DEPT2REGION = {}
DOMAIN2REGION = {}
for _slug, (_depts, _doms) in REGIONS.items():
    for _d in _depts.split():
        DEPT2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _doms.split():
        DOMAIN2REGION[_dom] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and CHECK[int(code[:7]) % 23] == code[7]


MAILS = []


def M(cat, ok, uai, region, platform, lang, hard, notes, frm, subj, body, **kw):
    """One hand-written mail and its label."""
    d = dict(cat=cat, ok=ok, uai=uai, region=region, platform=platform, lang=lang,
             hard=hard, notes=notes, frm=frm, subj=subj, body=body.strip("\n") + "\n")
    d.update(kw)
    MAILS.append(d)


# ---------------------------------------------------------------------------
# password_reset
# ---------------------------------------------------------------------------
M("password_reset", True, "0230944B", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Long courteous letter from an older librarian in the Creuse: e-sidoc back-office password forgotten over the Christmas break, UAI in the body.",
  ("Odette Lachaud", "odette.lachaud@ac-limoges.fr"),
  "Demande de renouvellement de mot de passe - portail e-sidoc",
  """
Madame, Monsieur,

Je me permets de vous adresser ce message en espérant ne pas vous déranger
dans votre travail.

Je suis professeure documentaliste au collège Marc Bloch de Bourganeuf
(identifiant 0230944B) depuis maintenant bien des années, et j'ai le regret
de vous avouer que je ne parviens plus à me souvenir du mot de passe qui me
permet d'accéder à l'administration de notre portail e-sidoc. Je l'avais
pourtant soigneusement noté dans un petit carnet que je ne retrouve plus
depuis les vacances de Noël.

Auriez-vous l'obligeance de m'indiquer la démarche à suivre pour en obtenir
un nouveau ? Je profite de cette semaine calme pour remettre de l'ordre dans
le fonds et j'aimerais beaucoup pouvoir y accéder.

En vous remerciant par avance de votre bienveillance, je vous prie
d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Odette Lachaud
Professeure documentaliste
Collège Marc Bloch - Bourganeuf
""", fmt="plain", ua="tb")

M("password_reset", True, "0480450D", "occitanie", "espace_acheteur", "fr", False,
  "Gestionnaire from a personal Orange address: lost Espace Acheteur password, UAI given in the signature as 'RNE'.",
  ("Bernard Couderc", "bernard.couderc48@orange.fr"),
  "mot de passe espace acheteur",
  """
Bonjour Madame, bonjour Monsieur,

Veuillez m'excuser de vous écrire depuis mon adresse personnelle, mais notre
messagerie de l'établissement est en panne cette semaine.

Je n'arrive plus à entrer dans l'Espace Acheteur : le site me dit que le mot
de passe est incorrect, et j'ai dû en changer à l'automne sans le noter. Je
dois passer une petite commande de fournitures avant la fin du mois.

Pourriez-vous avoir l'amabilité de me dire comment le réinitialiser ?

Avec mes remerciements et mes sentiments les meilleurs,

B. Couderc
Gestionnaire - Lycée Théophile Roussel, Saint-Chély-d'Apcher
RNE : 0480450D
""", fmt="qp", ua="orange")

M("password_reset", True, "0461307W", "occitanie", "esidoc", "en", False,
  "English, from a British-born librarian in the Lot: locked out of the e-sidoc back office after three failed attempts.",
  ("Margaret Hollis", "margaret.hollis@ac-toulouse.fr"),
  "Locked out of our e-sidoc administration",
  """
Dear Sir or Madam,

I do hope you will forgive me for writing in English; my French is perfectly
adequate for the library but I find it rather less so for technical matters.

I am the librarian at the Collège Léo Ferré in Gourdon (school code 0461307W).
This morning I tried three times to log in to the administration side of our
e-sidoc portal, and I am now told that the account is locked. I suspect I was
typing last year's password.

Would you be so kind as to unlock it, or to send me a link so that I may set
a new password? There is no hurry at all, as the pupils are on their winter
holidays this week.

With many thanks and kind regards,

Margaret Hollis
Professeure documentaliste
Collège Léo Ferré, Gourdon
""", fmt="alt", ua="ol")

M("password_reset", True, None, "grand-est", "esidoc", "fr", False,
  "First-time user: new contract librarian in Langres who was never given the password; no UAI, region from ac-reims.fr.",
  ("Élodie Marchal", "elodie.marchal1@ac-reims.fr"),
  "Première connexion - je n'ai pas de mot de passe",
  """
Bonjour,

Je viens d'être nommée en remplacement au CDI du collège de Langres depuis le
3 février, c'est mon tout premier poste de documentaliste. On m'a dit que le
catalogue se gérait sur e-sidoc, mais personne ici ne connaît le mot de passe
d'administration et ma prédécesseure est partie sans laisser de consignes.

Je ne sais même pas quel est l'identifiant. Pouvez-vous m'expliquer comment
obtenir un accès ? Je vous prie de m'excuser si la question est naïve.

Merci beaucoup,
Élodie Marchal
""", fmt="plain", ua="zimbra")

M("password_reset", True, "0150728K", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "The school office writes from the ce.<UAI> address (UAI only there) and asks for the e-sidoc reset link on that official address: the safe path.",
  ("Secrétariat Collège de la Châtaigneraie", "ce.0150728K@ac-clermont.fr"),
  "Réinitialisation du mot de passe e-sidoc",
  """
Madame, Monsieur,

À la demande de Mme Vergne, notre professeure documentaliste, nous vous
serions reconnaissants de bien vouloir nous faire parvenir un lien de
réinitialisation du mot de passe d'administration de notre portail e-sidoc.

Le lien peut être adressé à la présente adresse de l'établissement ; nous le
transmettrons aussitôt à l'intéressée.

Nous vous remercions par avance et vous prions de croire, Madame, Monsieur,
à l'assurance de nos sentiments distingués.

Le secrétariat
Collège de la Châtaigneraie
Maurs
""", fmt="html", ua="olweb")

M("password_reset", True, "0880284F", "grand-est", "esidoc", "fr", False,
  "Reset link expired because it was opened after the weekend; asks for a new one.",
  ("Geneviève Thiriet", "genevieve.thiriet@ac-nancy-metz.fr"),
  "Lien expiré",
  """
Bonjour,

Vendredi soir j'ai demandé un nouveau mot de passe pour notre e-sidoc
(collège Jules Ferry, Rambervillers, 0880284F). Le courriel est bien arrivé,
mais je ne l'ai ouvert que ce lundi matin et le lien m'indique qu'il n'est plus
valable.

Serait-il possible de m'en renvoyer un ? Je promets de m'en servir tout de
suite cette fois.

Avec mes remerciements,
Geneviève Thiriet
Documentaliste
""", fmt="plain", ua="tb")

M("password_reset", False, "0551801J", "grand-est", "esidoc", "fr", True,
  "Reset mail goes to the retired librarian's address and she asks for the password to be sent to her own personal Gmail, which is not on file: no automatic answer.",
  ("Colette Humbert", "colette.humbert55@gmail.com"),
  "Mot de passe e-sidoc - adresse de ma collègue retraitée",
  """
Madame, Monsieur,

Pardonnez-moi de venir vous importuner avec une question sans doute bien
simple.

J'ai pris la suite de Mme Aubry au CDI du collège de Stenay (0551801J), qui a
fait valoir ses droits à la retraite à Noël. Quand je clique sur « mot de passe
oublié » sur e-sidoc, le message part, je suppose, à son ancienne adresse,
que plus personne ne consulte.

Auriez-vous la gentillesse de m'envoyer directement le nouveau mot de passe à
l'adresse d'où je vous écris (colette.humbert55@gmail.com) ? Ce serait bien
plus commode pour moi, car je n'ai pas encore mon adresse académique.

Je vous en remercie infiniment et vous prie d'agréer mes salutations
respectueuses.

Colette Humbert
""", fmt="plain", ua="gmail")

M("password_reset", True, "0391337S", "bourgogne-franche-comte", "esidoc", "fr", False,
  "Very short message from an iPhone, base64 body: forgotten e-sidoc password, UAI given as RNE.",
  ("Jean-Paul Bourgeois", "jp.bourgeois@ac-besancon.fr"),
  "mdp e-sidoc",
  """
Bonjour
Mot de passe e-sidoc oublié. RNE 0391337S (collège de Morez).
Merci de votre aide
JP Bourgeois

Envoyé de mon iPhone
""", fmt="b64", ua="iphone")

M("password_reset", False, "0700824R", "bourgogne-franche-comte", "esidoc", "fr", True,
  "Reply to the automatic reset answer (quoted): the link went to the official address, but the office is closed for the holidays and nobody can read it; asks a person to help.",
  ("Marie-Thérèse Jacquot", "marie-therese.jacquot@ac-besancon.fr"),
  "RE: [#SUP-018204] Mot de passe e-sidoc",
  """
Bonjour,

Je vous remercie pour votre réponse rapide. Malheureusement, le lien a été
envoyé sur l'adresse du secrétariat, et le secrétariat est fermé toute la
semaine pour les vacances d'hiver : la secrétaire est absente et personne
d'autre n'a le code de cette boîte.

Je suis donc bien ennuyée. N'y aurait-il pas une autre solution ? Je
préférerais, si c'est possible, qu'une personne de votre service regarde ma
situation.

Respectueusement,
M.-T. Jacquot
Documentaliste, collège Louis Pergaud, Faverney (0700824R)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 10 février 2025 09:14
À : Marie-Thérèse Jacquot <marie-therese.jacquot@ac-besancon.fr>
Objet : [#SUP-018204] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de votre
établissement (ce.07****4R@ac-besancon.fr). Il est valable 12 heures.

L'équipe d'assistance
""", fmt="alt", ua="ol", reply_to_ticket="SUP-018204")

M("password_reset", True, "0581027B", "bourgogne-franche-comte", "espace_acheteur", "fr", False,
  "Espace Acheteur says the password has expired and the old one is forgotten.",
  ("Francis Mouillot", "intendance.lycee-clamecy@wanadoo.fr"),
  "Mot de passe expiré sur l'Espace Acheteur",
  """
Madame, Monsieur,

En voulant me connecter ce matin à l'Espace Acheteur, un message m'a indiqué
que mon mot de passe avait expiré et qu'il fallait en choisir un nouveau. Or
on me demande l'ancien, que je ne retrouve plus.

Notre établissement : Lycée Romain Rolland, Clamecy - UAI 0581027B.

Je vous serais obligé de bien vouloir m'indiquer comment procéder.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

F. Mouillot
Adjoint gestionnaire
""", fmt="latin1", ua="oe")

M("password_reset", False, "0611281L", "normandie", "ecoledirecte", "fr", True,
  "Lost EcoleDirecte administration password at a small private primary school: no reset template exists for that product, a person must answer.",
  ("Soeur Anne-Marie Levillain", "direction@ecole-stjoseph-mortagne.fr"),
  "Perte du mot de passe administrateur EcoleDirecte",
  """
Madame, Monsieur,

Je dirige la petite école Saint-Joseph de Mortagne-au-Perche (UAI 0611281L).
Notre enseignante qui s'occupait d'EcoleDirecte a quitté l'école en janvier,
et nous ne retrouvons plus le mot de passe du compte administrateur. Je
précise qu'il ne s'agit pas du mot de passe de maintenance, mais bien de
celui qui permet de gérer les comptes des familles.

Que devons-nous faire ? Je suis peu familière de ces outils et vous remercie
de votre patience.

Dans l'attente de votre réponse, je vous prie d'agréer mes sincères
salutations.

Sr Anne-Marie Levillain
Chef d'établissement
""", fmt="plain", ua="tb")

M("password_reset", True, None, "bourgogne-franche-comte", "esidoc", "fr", False,
  "Does not know that the login ('identifiant') is the UAI and has no password; no UAI given, region from ac-dijon.fr.",
  ("Huguette Perrot", "huguette.perrot@ac-dijon.fr"),
  "Quel est mon identifiant ?",
  """
Bonjour Madame, Monsieur,

Je me permets de vous solliciter car on me demande un « identifiant » et un
mot de passe pour entrer dans la partie gestion de notre portail e-sidoc, et
je n'ai ni l'un ni l'autre. Je ne sais pas du tout ce qu'il faut mettre
dans la première case.

Pourriez-vous m'éclairer ? Je suis au collège de Saulieu.

Je vous remercie de votre bonne attention.

Bien à vous,
Huguette Perrot
""", fmt="qp", ua="zimbra")

M("password_reset", False, "0191701W", "nouvelle-aquitaine", "esidoc", "fr", True,
  "Two topics: forgotten e-sidoc password and a quote needed for the renewal; a single template would answer only half.",
  ("Raymond Peyrat", "raymond.peyrat@ac-limoges.fr"),
  "Deux petites questions",
  """
Madame, Monsieur,

Profitant du calme de cette semaine, je voudrais vous soumettre deux petites
questions.

D'abord, je ne me souviens plus du mot de passe de notre portail e-sidoc
(collège Bernadette Chirac, Meymac, 0191701W). Ensuite, notre gestionnaire me
demande un devis pour le renouvellement de l'abonnement en septembre, afin de
préparer le bon d'engagement.

Avec mes remerciements anticipés et mes cordiales salutations,

Raymond Peyrat
Professeur documentaliste
""", fmt="plain", ua="tb")

M("password_reset", True, "0091369P", "occitanie", "esidoc", "fr", False,
  "HTML-only Outlook mail: account locked after several attempts.",
  ("Josette Rouch", "josette.rouch@ac-toulouse.fr"),
  "Compte bloqué",
  """
Bonjour,

Après plusieurs essais infructueux, mon compte d'administration e-sidoc est
bloqué. Il s'agit du collège Joseph Rambaud de Pamiers, code 0091369P.

Pouvez-vous le débloquer, ou me permettre de choisir un nouveau mot de passe ?

Je vous remercie et vous souhaite une bonne journée.

Josette Rouch
CDI - Collège Joseph Rambaud
""", fmt="html", ua="ol")

M("password_reset", True, "0321723Z", "occitanie", "espace_acheteur", "en", False,
  "English: a bursar's assistant at an agricultural lycée forgot the Espace Acheteur password.",
  ("Peter Grant", "peter.grant@lycee-agricole-mirande.fr"),
  "Forgotten password - buyer space",
  """
Good morning,

I have forgotten my password for the Espace Acheteur and would be grateful
for your help in resetting it. I work in the bursar's office of the Lycée
agricole de Mirande, establishment code 0321723Z.

Many thanks in advance, and apologies for the trouble.

Best regards,
Peter Grant
Bursar's office
""", fmt="plain", ua="gmail")

M("password_reset", True, "0121510B", "occitanie", "esidoc", "fr", False,
  "ISO-8859-1 body from an old Outlook Express: first-time librarian does not know the password, the retired colleague never passed it on.",
  ("Paulette Fabre", "paulette.fabre@ac-toulouse.fr"),
  "Je ne connais pas le mot de passe",
  """
Madame, Monsieur,

Je suis arrivée au CDI du collège de Marcillac-Vallon (0121510B) après le
départ à la retraite de ma collègue, et je ne connais pas le mot de passe
d'administration de notre e-sidoc : elle ne me l'a pas transmis avant de
partir, et je n'ose pas la déranger chez elle.

Je n'ai jamais utilisé ce logiciel côté gestion. Pourriez-vous m'aider à
obtenir un accès ?

Je vous prie de recevoir mes salutations les plus respectueuses.

Paulette Fabre
""", fmt="latin1", ua="oe")

M("password_reset", False, None, "auvergne-rhone-alpes", "esidoc", "fr", True,
  "UAI typed as 0430866B: wrong check letter (the digits give 0430866H), so no UAI; region from ac-clermont.fr. The reset cannot be targeted until a person confirms the code.",
  ("Lucien Brunel", "lucien.brunel@ac-clermont.fr"),
  "Mot de passe oublié - collège d'Yssingeaux",
  """
Madame, Monsieur,

Je vous prie de bien vouloir excuser ma démarche, mais je me trouve fort
démuni : j'ai égaré le mot de passe permettant d'administrer le portail
e-sidoc de notre établissement.

Pour votre information, notre numéro d'établissement est le 0430866B.

Je vous serais très reconnaissant de me faire savoir comment je puis en
obtenir un nouveau, et vous remercie de l'attention que vous voudrez bien
porter à ma demande.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération
distinguée.

Lucien Brunel
Professeur documentaliste
""", fmt="plain", ua="tb")

M("password_reset", True, "0161372E", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Outlook forward ('TR:') of the reset mail whose link is no longer valid; asks for a new one.",
  ("Annick Rivaud", "annick.rivaud@ac-poitiers.fr"),
  "TR: Réinitialisation de votre mot de passe",
  """
Bonjour,

Je vous transfère le message reçu : le lien ne fonctionne pas, il est écrit
qu'il n'est plus valide. Pouvez-vous m'en envoyer un nouveau ?

Merci d'avance,
Annick Rivaud
CDI collège de Chabanais

-----Message d'origine-----
De : Assistance <no-reply@assistance.example.fr>
Envoyé : jeudi 6 février 2025 16:02
À : CDI Chabanais
Objet : Réinitialisation de votre mot de passe

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte
0161372E. Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe.
Ce lien est valable 12 heures.

https://assistance.example.fr/reset/7f3a9c2e
""", fmt="alt", ua="ol")

M("password_reset", True, "7201435X", "corse", "esidoc", "fr", False,
  "Haute-Corse UAI prefix 720: short polite request for a new e-sidoc password.",
  ("Dumenica Santoni", "dumenica.santoni@ac-corse.fr"),
  "Mot de passe e-sidoc - collège Pasquale Paoli",
  """
Bonjour,

Je n'arrive plus à me connecter à l'administration d'e-sidoc du collège
Pasquale Paoli de Corte (7201435X) : mot de passe oublié.

Pourriez-vous me dire comment en obtenir un nouveau ?

Bien cordialement,
D. Santoni
""", fmt="plain", ua="tb")

M("password_reset", True, "9720517E", "martinique", "espace_acheteur", "fr", False,
  "Martinique (UTC-4): gestionnaire close to retirement has lost the Espace Acheteur password.",
  ("Raymonde Célestine", "raymonde.celestine@ac-martinique.fr"),
  "Mot de passe oublié",
  """
Bonjour à toute l'équipe,

Je vous écris de Sainte-Marie, où il fait bien plus chaud que chez vous en
ce mois de février, mais où ma mémoire me joue des tours : j'ai oublié mon
mot de passe de l'Espace Acheteur.

Notre lycée : 9720517E.

Merci de me dire comment faire pour en avoir un nouveau. Je pars à la
retraite en juin et j'aimerais bien terminer mes commandes d'ici là !

Avec toute ma reconnaissance,
Raymonde Célestine
Gestionnaire
""", fmt="qp", ua="gmail", tz=-4)

M("password_reset", False, "0531718E", "pays-de-la-loire", "esidoc", "fr", True,
  "Forgotten password, but she explicitly asks for a person to call her back because she is not at ease with computers: no automatic answer.",
  ("Yvette Gaudin", "yvette.gaudin@ac-nantes.fr"),
  "Demande d'aide - mot de passe",
  """
Madame, Monsieur,

Je suis documentaliste au collège de Villaines-la-Juhel (0531718E). Je ne
parviens plus à me connecter à e-sidoc, je crois avoir oublié le mot de passe.

Je dois vous avouer que je ne suis pas du tout à l'aise avec l'informatique
et que les liens et les procédures par courriel me perdent complètement. Une
personne de votre service pourrait-elle me téléphoner au 02 43 00 00 00,
le matin de préférence, pour me guider pas à pas ?

Je vous en serais infiniment reconnaissante.

Avec mes salutations respectueuses,
Yvette Gaudin
""", fmt="plain", ua="tb")

M("password_reset", True, "0241860S", "nouvelle-aquitaine", "espace_acheteur", "fr", False,
  "Espace Acheteur login was tied to the predecessor's mailbox and the password is lost: the FAQ case for the reset path.",
  ("Gilbert Lafaye", "gestion.lycee-riberac@orange.fr"),
  "Identifiants de mon prédécesseur",
  """
Bonjour,

Je remplace depuis janvier M. Delpech, parti en retraite, à la gestion du
lycée Arnaut Daniel de Ribérac (0241860S). Le compte de l'Espace Acheteur
était à son adresse à lui, et je ne connais pas le mot de passe.

Comment puis-je récupérer l'accès au compte de l'établissement ?

Je vous remercie sincèrement.

Gilbert Lafaye
""", fmt="plain", ua="orange")

M("password_reset", True, "0220835N", "bretagne", "esidoc", "fr", True,
  "The UAI appears only inside the portal URL, in lower case (0220835n.esidoc.fr); the label is the upper-case code.",
  ("Yann Le Goff", "yann.le-goff@ac-rennes.fr"),
  "Accès gestion du portail",
  """
Bonjour,

Je n'arrive plus à accéder à la partie gestion de notre portail
https://0220835n.esidoc.fr : le mot de passe n'est plus accepté et je ne me
souviens pas l'avoir changé. Peut-être l'ai-je tout simplement oublié pendant
les congés.

Pouvez-vous me renvoyer un lien pour le réinitialiser ?

Trugarez / merci,
Yann Le Goff
Documentaliste, collège de Rostrenen
""", fmt="plain", ua="tb")


# ---------------------------------------------------------------------------
# missing_noreply_mail
# ---------------------------------------------------------------------------
M("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
  "First-time buyer: the Espace Acheteur sign-up confirmation mail never arrived; no anti-spam product named, non-academic sender.",
  ("Monique Barrière", "m.barriere@lycee-pro-saint-affrique.fr"),
  "Inscription - je n'ai rien reçu",
  """
Madame, Monsieur,

C'est la première fois que je m'inscris sur votre Espace Acheteur, à la
demande de mon chef d'établissement. J'ai rempli le formulaire mardi dernier ;
il était écrit qu'un courriel de confirmation allait m'être envoyé, mais je
n'ai rien reçu depuis.

Ai-je fait une erreur quelque part ? Je vous remercie de bien vouloir me
guider.

Veuillez agréer mes respectueuses salutations.

Monique Barrière
Secrétaire d'intendance
""", fmt="plain", ua="tb")

M("missing_noreply_mail", True, "0891559L", "bourgogne-franche-comte", "esidoc", "fr", False,
  "New-password mail requested three times, never arrived, junk folder already checked; no product named.",
  ("Denise Charbonnier", "denise.charbonnier@ac-dijon.fr"),
  "Aucun message de réinitialisation reçu",
  """
Bonjour,

J'ai demandé trois fois depuis lundi un nouveau mot de passe pour e-sidoc
(collège de Saint-Fargeau, 0891559L), et je ne reçois jamais le courriel. J'ai
bien regardé dans les indésirables, il n'y a rien.

Je ne sais plus quoi faire, pourriez-vous m'aider ?

Merci et bonne journée,
Denise Charbonnier
""", fmt="qp", ua="zimbra")

M("missing_noreply_mail", False, "0431728V", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Reply after the junk-folder answer (quoted, Thunderbird style): still nothing after three days, asks for someone to look. The template was already sent; a person must follow up.",
  ("Albert Chambon", "albert.chambon@ac-clermont.fr"),
  "Re: [#SUP-018177] Courriel d'activation non reçu",
  """
Madame, Monsieur,

Je vous remercie pour vos conseils. J'ai suivi vos indications à la lettre :
j'ai regardé dans le dossier des courriers indésirables, j'ai ajouté votre
adresse no-reply à mes contacts, et j'ai redemandé le courriel d'activation.
Trois jours plus tard, je n'ai toujours rien reçu.

Pourriez-vous transmettre ma demande à une personne qui pourra vérifier ce qui
se passe ? Je reste à votre disposition.

Avec mes remerciements renouvelés,
A. Chambon
Intendant, lycée Jean Monnet, Yssingeaux (0431728V)

Le 07/02/2025 à 10:31, Assistance a écrit :
> Bonjour,
>
> Les messages automatiques sont envoyés par no-reply@assistance.example.fr.
> Vérifiez votre dossier de courrier indésirable et ajoutez cette adresse
> à vos expéditeurs autorisés. Sans nouvelles de votre part sous 48 h,
> nous reviendrons vers vous.
>
> L'équipe d'assistance
""", fmt="plain", ua="tb", reply_to_ticket="SUP-018177")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "en", False,
  "English: offer-update notifications from the no-reply address stopped arriving; no product named.",
  ("Susan Whitfield", "s.whitfield@lycee-international-ferney.fr"),
  "Notifications no longer received",
  """
Hello,

For some weeks now I have not received any of the usual e-mail alerts about
new offers on the Espace Acheteur. I used to get them every Monday. I have
checked the spam folder and the alerts are still ticked in my profile.

Could you kindly look into it?

Kind regards,
Susan Whitfield
Purchasing, Lycée international
""", fmt="alt", ua="ol")

M("missing_noreply_mail", True, None, "nouvelle-aquitaine", "espace_acheteur", "fr", False,
  "Structure administrator never receives the 'account to validate' notifications; no UAI, region from ac-poitiers.fr.",
  ("Jacqueline Moreau", "jacqueline.moreau2@ac-poitiers.fr"),
  "Notifications de comptes à valider",
  """
Madame, Monsieur,

Je suis administratrice de la structure pour notre collège de Melle sur
l'Espace Acheteur. Un collègue m'a dit s'être inscrit il y a une semaine,
mais je n'ai reçu aucune notification me demandant de valider son compte.

Ces notifications partent-elles bien vers mon adresse ? Je vous remercie de
votre aide.

Bien respectueusement,
Jacqueline Moreau
""", fmt="plain", ua="zimbra")

M("missing_noreply_mail", True, "0790269N", "nouvelle-aquitaine", "espace_acheteur", "fr", True,
  "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
  ("Roger Texier", "roger.texier@ac-poitiers.fr"),
  "Pas de courriel de confirmation",
  """
Bonjour,

Je n'ai jamais reçu le courriel de confirmation après mon inscription sur
l'Espace Acheteur. Avant que vous me posiez la question : nous n'avons pas
MailInBlack chez nous, notre messagerie est celle de l'académie, sans filtre
particulier, et j'ai déjà regardé dans les indésirables.

Établissement : collège Jean Rostand, Thénezay, 0790269N.

Merci de votre retour,
Roger Texier
""", fmt="plain", ua="tb")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
  "Two-line message from an Android phone (base64): activation mail still not received.",
  ("Nadine", "nadine.pouzet63@gmail.com"),
  "Mail activation",
  """
Bonjour toujours pas reçu le mail d'activation pour l'espace acheteur depuis jeudi. Merci
Nadine Pouzet

Envoyé depuis mon smartphone Samsung Galaxy.
""", fmt="b64", ua="android")

M("missing_noreply_mail", True, "0851686W", "pays-de-la-loire", "esidoc", "fr", False,
  "The 12-hour activation mail for the customer account (first online order) never came.",
  ("Thérèse Guilbaud", "therese.guilbaud@ac-nantes.fr"),
  "Première commande en ligne - courriel d'activation",
  """
Madame, Monsieur,

Pour la toute première fois, notre collège souhaite commander en ligne son
abonnement e-sidoc plutôt que par courrier. J'ai créé le compte client hier
matin ; on m'a annoncé un courriel d'activation dans les 12 heures, mais il
n'est jamais arrivé.

Collège Les Sicardières, Chantonnay - 0851686W.

Je vous remercie de votre obligeance et vous adresse mes meilleures
salutations.

Thérèse Guilbaud
Gestionnaire
""", fmt="latin1", ua="tb")

M("missing_noreply_mail", True, "0080225B", "grand-est", "espace_acheteur", "fr", False,
  "HTML-only Outlook mail: account validated but the secure first-login link never arrived.",
  ("Gérard Lallement", "gerard.lallement@ac-reims.fr"),
  "Lien de première connexion",
  """
Madame, Monsieur,

Notre administratrice de structure m'a confirmé hier avoir validé mon compte
sur l'Espace Acheteur. Je devais alors recevoir un lien pour ma première
connexion, mais je n'ai rien reçu, ni dans ma boîte de réception ni ailleurs.

Lycée François Bazin, Charleville-Mézières - 0080225B.

Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.

Gérard Lallement
""", fmt="html", ua="olweb")

M("missing_noreply_mail", True, None, None, "ticket_portal", "fr", False,
  "The ticket portal's confirmation mail (to set a password) never arrived.",
  ("Claudine Berthelot", "claudine.berthelot@mairie-chateaumeillant.fr"),
  "Portail d'assistance - courriel de confirmation",
  """
Bonjour,

On m'a conseillé de créer un compte sur votre portail de tickets pour suivre
mes demandes. Je l'ai fait ce matin, mais le courriel qui devait me permettre
de choisir mon mot de passe n'est pas arrivé.

Merci de votre aide, et bonne fin de semaine.

Claudine Berthelot
Secrétariat - école primaire de Châteaumeillant
""", fmt="plain", ua="tb")

M("missing_noreply_mail", True, None, "bourgogne-franche-comte", "esidoc", "fr", False,
  "ISO-8859-1 Outlook Express: no message at all from the no-reply address for the password; no UAI, region from ac-besancon.fr.",
  ("Simone Vuillemin", "simone.vuillemin@ac-besancon.fr"),
  "Aucun courriel recu",
  """
Madame, Monsieur,

Je me permets de vous signaler que je n'ai reçu aucun courriel de votre
adresse « no-reply » à la suite de ma demande de nouveau mot de passe pour
e-sidoc, faite lundi dernier.

Je précise que je consulte ma messagerie tous les jours.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

S. Vuillemin
Collège de Champagney
""", fmt="latin1", ua="oe")

M("missing_noreply_mail", True, "0361454K", "centre-val-de-loire", "espace_acheteur", "fr", True,
  "Suspects a new filter installed by the town hall but names no anti-spam product: missing_noreply_mail.",
  ("Michel Aucouturier", "intendance@lycee-george-sand-lachatre.fr"),
  "Plus aucun message de votre part depuis janvier",
  """
Bonjour,

Depuis la mi-janvier, nous ne recevons plus aucun message automatique de
l'Espace Acheteur (confirmations, nouveaux mots de passe). La communauté de
communes, qui gère notre messagerie, a changé de prestataire et installé un
nouveau « filtre », mais je ne sais pas lequel.

Pouvez-vous m'indiquer l'adresse exacte d'où partent vos messages, afin que
je la leur transmette ?

Lycée George Sand, La Châtre (0361454K).

Cordialement,
Michel Aucouturier
""", fmt="qp", ua="ol")

M("missing_noreply_mail", True, "0471231H", "nouvelle-aquitaine", "espace_acheteur", "fr", False,
  "Forward (Gmail French style) of a colleague's message: the confirmation mail never came after sign-up.",
  ("Christiane Laporte", "christiane.laporte@ac-bordeaux.fr"),
  "Fwd: inscription espace acheteur",
  """
Bonjour,

Je vous fais suivre le message de ma collègue, qui n'ose pas vous écrire
elle-même. Elle attend toujours le courriel de confirmation.

Bien cordialement,
Christiane Laporte
Gestionnaire, collège de Casteljaloux (0471231H)

---------- Forwarded message ---------
De : Sylvie Dubernet <sylvie.dubernet@ac-bordeaux.fr>
Date: ven. 7 févr. 2025 à 15:42
Subject: inscription espace acheteur
To: Christiane Laporte <christiane.laporte@ac-bordeaux.fr>

Christiane,
je me suis inscrite mercredi comme tu me l'avais dit mais je n'ai jamais eu le
mail de confirmation, même dans les spams. Tu peux voir avec eux ?
Merci, Sylvie
""", fmt="alt", ua="gmail")

M("missing_noreply_mail", False, "0650639S", "occitanie", "espace_acheteur", "fr", True,
  "Two topics: the new-password mail never arrives, and an invoice seems wrong; one template cannot answer both.",
  ("Jeanine Abadie", "jeanine.abadie@ac-toulouse.fr"),
  "Courriel non reçu et question sur une facture",
  """
Madame, Monsieur,

Je n'ai pas reçu le courriel pour changer mon mot de passe sur l'Espace
Acheteur, malgré plusieurs demandes.

Par ailleurs, et j'en profite, la facture de décembre mentionne un montant
supérieur à celui du devis que nous avions signé. Pourriez-vous vérifier ?

Lycée de Lannemezan, 0650639S.

Avec mes remerciements,
Jeanine Abadie
""", fmt="plain", ua="zimbra")

M("missing_noreply_mail", True, None, None, "esignature", "fr", True,
  "The e-signature invitation for a convention never arrived: a missing notification from a no-reply sender, no product filter named.",
  ("Pierre Vaysse", "pierre.vaysse@college-saint-geniez.fr"),
  "Signature électronique de la convention",
  """
Madame, Monsieur,

On m'a annoncé par téléphone que la convention d'adhésion m'avait été
envoyée pour signature électronique, mais je n'ai reçu aucun courriel
d'invitation à signer. J'ai vérifié mes indésirables.

Pourriez-vous me dire de quelle adresse il doit venir ?

Respectueusement,
Pierre Vaysse
Principal adjoint
""", fmt="plain", ua="tb")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "en", False,
  "English: the Espace Acheteur activation link never came; no product named.",
  ("Helen Marsh", "helen.marsh.creuse@gmail.com"),
  "Activation link",
  """
Dear support team,

I registered on the Espace Acheteur on Tuesday on behalf of our small
secondary school in Aubusson, but the activation link never arrived. I have
looked in every folder I can think of.

Would you be so kind as to send it again?

Thank you ever so much,
Helen Marsh
""", fmt="plain", ua="gmail")

M("missing_noreply_mail", True, "0361674Z", "centre-val-de-loire", "esidoc", "fr", False,
  "After the académie's mailbox migration, the e-sidoc new-password mail no longer arrives.",
  ("Lucette Guérin", "lucette.guerin@ac-orleans-tours.fr"),
  "Messages automatiques non reçus",
  """
Bonjour Madame, Monsieur,

Depuis le changement de messagerie académique, je ne reçois plus les
courriels automatiques d'e-sidoc ; le dernier en date était celui de mon
nouveau mot de passe, demandé mardi.

Notre établissement : collège Les Trois Rivières, Argenton-sur-Creuse,
0361674Z.

Je vous remercie bien vivement.

Lucette Guérin
""", fmt="plain", ua="zimbra")


# ---------------------------------------------------------------------------
# mailinblack_spam
# ---------------------------------------------------------------------------
M("mailinblack_spam", True, "0390183M", "bourgogne-franche-comte", "espace_acheteur", "fr", False,
  "MailInBlack installed by the town's IT provider now holds the Espace Acheteur messages.",
  ("Danielle Cuenot", "danielle.cuenot@ac-besancon.fr"),
  "Vos messages bloqués par Mailinblack",
  """
Madame, Monsieur,

Notre collège de Saint-Claude (0390183M) s'est vu équiper, à la rentrée de
janvier, d'un logiciel appelé Mailinblack. Depuis, les courriels de l'Espace
Acheteur n'arrivent plus : ils restent bloqués, et je ne sais pas comment les
débloquer.

Auriez-vous l'amabilité de m'indiquer la marche à suivre ?

Avec mes sincères remerciements,
Danielle Cuenot
Gestionnaire
""", fmt="plain", ua="tb")

M("mailinblack_spam", False, None, None, "esidoc", "fr", True,
  "Describes the sender-authentication challenge (correspondents must click and pick an image to prove they are human) without naming MailInBlack; a person should confirm the product before sending the guide.",
  ("Germaine Pujol", "cdi.college-lezignan@orange.fr"),
  "Drôle de message quand on m'écrit",
  """
Bonjour,

Je ne sais pas si je m'adresse au bon endroit, et je vous prie de m'en
excuser si ce n'est pas le cas.

Depuis quelques semaines, les personnes qui m'écrivent reçoivent un message
leur demandant de « prouver qu'elles ne sont pas un robot » en cliquant sur
un lien et en choisissant une image. Vos messages à vous, ceux du portail
e-sidoc, ne m'arrivent plus du tout depuis la même époque. Je suppose que
c'est lié, mais je ne comprends pas ce qui se passe.

Pouvez-vous m'aider ?

Avec toute ma gratitude,
Germaine Pujol
Documentaliste
""", fmt="qp", ua="orange")

M("mailinblack_spam", True, None, None, "espace_acheteur", "en", False,
  "English: an IT technician asks which sender addresses to allow-list in MailInBlack.",
  ("Daniel Roper", "d.roper@cc-pays-fort.fr"),
  "MailInBlack whitelist",
  """
Hi,

I look after the e-mail of the schools in our community of communes. We use
MailInBlack, and the staff say the Espace Acheteur mails are stuck in
quarantine. Which sender addresses or domains should I add to the allow list?

Cheers,
Daniel Roper
IT, Communauté de communes
""", fmt="plain", ua="tb")

M("mailinblack_spam", True, "0140555C", "normandie", "espace_acheteur", "fr", False,
  "The daily MailInBlack quarantine report lists the no-reply messages; asks how to release them.",
  ("Jean-Claude Lemonnier", "jc.lemonnier@ac-normandie.fr"),
  "Messages en quarantaine",
  """
Madame, Monsieur,

Chaque matin, je reçois un rapport de MailInBlack qui m'indique que des
courriels de no-reply@assistance.example.fr sont en quarantaine. Je n'ose pas
cliquer sur les boutons de peur de faire une bêtise.

Comment faut-il procéder pour que vos messages me parviennent normalement ?

Lycée agricole de Vire, 0140555C.

Avec mes salutations les plus cordiales,
Jean-Claude Lemonnier
""", fmt="alt", ua="ol")

M("mailinblack_spam", False, "0211316S", "bourgogne-franche-comte", "espace_acheteur", "fr", True,
  "Two topics: activation mail blocked by MailInBlack (main) and a quote request for supplies; a single template answers only half.",
  ("Armand Petitjean", "armand.petitjean@ac-dijon.fr"),
  "Mailinblack + demande de devis",
  """
Bonjour,

Deux sujets, si vous le permettez :

1) Le courriel d'activation de mon compte est resté bloqué dans Mailinblack
   et il a expiré avant que je ne le retrouve.
2) Je souhaiterais recevoir un devis pour du mobilier de CDI référencé dans
   le marché en cours.

Collège de Montbard, 0211316S.

Merci par avance, bien cordialement,
Armand Petitjean
""", fmt="plain", ua="zimbra")

M("mailinblack_spam", True, None, "centre-val-de-loire", None, "fr", False,
  "Product spelled 'mail in black', older user, quoted-printable; no platform named; region from ac-orleans-tours.fr.",
  ("Gisèle Fournier", "gisele.fournier@ac-orleans-tours.fr"),
  "Mail in black",
  """
Bonjour,

Ma petite-fille, qui s'y connaît, me dit que vos courriels sont bloqués par
« mail in black » sur ma messagerie du collège. Je ne sais absolument pas ce
que c'est.

Avez-vous une explication simple à me donner pour les laisser passer ?

Je vous remercie de votre patience avec une ancienne comme moi.

Gisèle Fournier
""", fmt="qp", ua="zimbra")

M("mailinblack_spam", True, "0150350Z", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "HTML-only Outlook: the département rolled MailInBlack out on its collèges; activation mails are held.",
  ("Hélène Chassang", "helene.chassang@cantal-colleges.fr"),
  "Déploiement de MailInBlack par le Département",
  """
Madame, Monsieur,

Le Conseil départemental a déployé MailInBlack sur la messagerie de tous les
collèges du Cantal au début du mois. Depuis, les courriels d'activation de
l'Espace Acheteur sont retenus et je ne peux pas finaliser l'inscription de
notre nouvelle secrétaire.

Collège Jeanne de la Treilhe, Aurillac - 0150350Z.

Vous remerciant par avance, je vous prie d'agréer mes salutations
distinguées.

Hélène Chassang
Adjointe gestionnaire
""", fmt="html", ua="olweb")

M("mailinblack_spam", False, "0631102F", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Reply after the MailInBlack guide was sent (quoted): she followed it, mails are still held, and asks the region to contact the IT department. The guide was already tried; a person must follow up.",
  ("Marcelle Roux", "marcelle.roux@ac-clermont.fr"),
  "RE: [#SUP-018145] Vos messages retenus par MailInBlack",
  """
Bonjour,

J'ai bien lu votre guide et j'ai demandé à notre référent numérique
d'autoriser votre adresse dans MailInBlack. Il m'assure l'avoir fait, mais les
messages restent retenus, une semaine plus tard.

Pourriez-vous voir directement avec le service informatique du Département,
comme vous le proposiez ? Je ne sais plus comment m'y prendre.

Avec mes remerciements,
Marcelle Roux
Collège de Saint-Germain-Lembron (0631102F)

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 4 février 2025 11:20
Objet : [#SUP-018145] Vos messages retenus par MailInBlack

Bonjour,
Vous trouverez ci-joint le guide pour autoriser nos messages dans MailInBlack.
Si le problème persiste, votre région contactera le service informatique.
""", fmt="html", ua="ol", reply_to_ticket="SUP-018145")

M("mailinblack_spam", True, None, None, None, "fr", False,
  "One line from a phone: blocked by MailInBlack, send the procedure.",
  ("Francine Delord", "francine.delord@laposte.net"),
  "bloqué",
  """
bloquée par mailinblack, vous pouvez m'envoyer la procédure svp merci
F. Delord
""", fmt="plain", ua="iphone")

M("mailinblack_spam", True, "0501407H", "normandie", "espace_acheteur", "fr", False,
  "Checked the junk folder and then the MailInBlack quarantine: MailInBlack named, so mailinblack_spam.",
  ("Yves Hamelin", "yves.hamelin@ac-normandie.fr"),
  "Courriels de l'Espace Acheteur introuvables",
  """
Madame, Monsieur,

J'ai cherché vos courriels partout : la boîte de réception, les indésirables,
et même l'espace de quarantaine de MailInBlack que notre collège utilise
depuis l'automne. Ils sont visiblement bloqués dans ce dernier, mais je n'ai
pas les droits pour les libérer.

Collège Le Dinandier, Villedieu-les-Poêles - 0501407H.

Que me conseillez-vous ?

Bien respectueusement,
Yves Hamelin
""", fmt="plain", ua="tb")

M("mailinblack_spam", True, None, None, "espace_acheteur", "fr", False,
  "IT of a small communauté de communes asks which domain to allow in 'Mailinblack Protect'.",
  ("Service informatique CC Haut-Allier", "informatique@cc-haut-allier.fr"),
  "Liste blanche Mailinblack Protect",
  """
Bonjour,

Nous administrons la messagerie des établissements scolaires du territoire
avec Mailinblack Protect. Plusieurs gestionnaires nous signalent que les
messages de l'Espace Acheteur sont bloqués.

Pouvez-vous nous communiquer les domaines et adresses d'envoi à placer en
liste blanche ?

Cordialement,
Le service informatique
""", fmt="alt", ua="ol")

M("mailinblack_spam", True, None, "nouvelle-aquitaine", None, "fr", False,
  "Older librarian: MailInBlack asks her to validate unknown senders and she refused the desk's mail by mistake. No platform named; region from ac-limoges.fr.",
  ("Marguerite Faucher", "marguerite.faucher@ac-limoges.fr"),
  "J'ai refusé vos messages par erreur",
  """
Madame, Monsieur,

Je crois avoir fait une fausse manœuvre : MailInBlack me demandait si
j'acceptais de recevoir les courriels d'une adresse « no-reply » que je ne
connaissais pas, et j'ai cliqué sur « refuser ». Je comprends maintenant que
c'était vous.

Comment puis-je réparer mon erreur ? Je vous prie de bien vouloir m'excuser
pour ce désagrément.

Veuillez agréer mes respectueuses salutations.

Marguerite Faucher
Documentaliste, collège d'Égletons
""", fmt="plain", ua="zimbra")

M("mailinblack_spam", True, "0880410T", "grand-est", "espace_acheteur", "fr", False,
  "Clicked 'autoriser' in a MailInBlack notice, but the following messages are still held.",
  ("Bernadette Vautrin", "bernadette.vautrin@ac-nancy-metz.fr"),
  "Toujours bloqué malgré l'autorisation",
  """
Bonjour,

J'ai cliqué la semaine dernière sur « autoriser » dans le message de
MailInBlack concernant vos envois, mais les courriels suivants sont de
nouveau retenus. Faut-il faire autre chose ?

Lycée de Mirecourt, 0880410T.

Merci d'avance et bonne journée,
Bernadette Vautrin
""", fmt="qp", ua="tb")


# ---------------------------------------------------------------------------
# head_of_establishment_request
# ---------------------------------------------------------------------------
M("head_of_establishment_request", False, "0230419F", "nouvelle-aquitaine", "esidoc", "fr", False,
  "The principal writes from the ce.<UAI> address to ask for an e-sidoc admin reset and a new contact address for the new librarian.",
  ("Principal Collège Jean Picart Le Doux", "ce.0230419F@ac-limoges.fr"),
  "Demande du chef d'établissement - administration e-sidoc",
  """
Madame, Monsieur,

En ma qualité de principal du collège Jean Picart Le Doux de Bourganeuf
(UAI 0230419F), je vous saurais gré de bien vouloir réinitialiser le mot de
passe d'administration de notre portail e-sidoc et d'en modifier l'adresse de
contact, qui doit désormais être celle de Mme Nadia Bouchet, professeure
documentaliste nommée au 1er février : nadia.bouchet@ac-limoges.fr.

Je vous remercie de votre diligence et vous prie d'agréer, Madame, Monsieur,
l'expression de mes salutations distinguées.

Le principal,
Jean-Louis Dumontet
""", fmt="plain", ua="tb")

M("head_of_establishment_request", False, "0481938W", "occitanie", "esidoc", "fr", True,
  "A village school head (directrice d'école) asks from a personal Gmail address to replace the e-sidoc contact address: weak evidence, staff must verify.",
  ("Mireille Bonnal", "mireille.bonnal48@gmail.com"),
  "Changement d'adresse de contact - école de Nasbinals",
  """
Madame, Monsieur,

Je suis directrice de l'école publique de Nasbinals (0481938W), une école de
deux classes sur l'Aubrac. Je vous écris de ma messagerie personnelle, car
celle de l'école ne fonctionne pas bien avec la neige de ces jours-ci.

Je vous demande de bien vouloir remplacer l'adresse de contact de notre BCD
sur e-sidoc, qui est encore celle de mon prédécesseur, par l'adresse de
l'école.

En vous remerciant, je vous adresse mes salutations les meilleures.

Mireille Bonnal
Directrice
""", fmt="plain", ua="gmail")

M("head_of_establishment_request", False, "0321811V", "occitanie", "espace_acheteur", "fr", False,
  "The proviseur of an agricultural lycée designates a new structure administrator and asks to close the former one's access.",
  ("Proviseur LEGTA Auch", "proviseur.legta-auch@educagri.fr"),
  "Désignation d'un nouvel administrateur de structure",
  """
Madame, Monsieur,

Je soussigné, Henri Lasserre, proviseur du lycée agricole d'Auch (UAI
0321811V), désigne Mme Carole Dupuy, adjointe gestionnaire, comme nouvelle
administratrice de notre structure sur l'Espace Acheteur, en remplacement de
M. Pierre Soulé, muté.

Je vous prie de bien vouloir clore les accès de M. Soulé.

Avec mes remerciements, veuillez recevoir, Madame, Monsieur, mes salutations
distinguées.

H. Lasserre
Proviseur
""", fmt="alt", ua="ol")

M("head_of_establishment_request", False, "0520608D", "grand-est", "espace_acheteur", "fr", False,
  "HTML-only Outlook letter: the principal authorises the gestionnaire to validate the order and mentions the signed bon d'engagement.",
  ("Sylvain Maréchal", "sylvain.marechal@ac-reims.fr"),
  "Autorisation de validation de commande",
  """
Madame, Monsieur,

Par la présente, j'autorise Mme Agnès Drouot, gestionnaire de notre
établissement, à valider sur l'Espace Acheteur la commande de manuels
préparée la semaine dernière. Le bon d'engagement signé vous sera transmis
par ses soins.

Collège Diderot, Langres - UAI 0520608D.

Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération
distinguée.

Sylvain Maréchal
Principal
""", fmt="html", ua="olweb")

M("head_of_establishment_request", False, "0610921V", "normandie", "esidoc", "fr", True,
  "The principal confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done; personal academic address, not the ce. one.",
  ("Alain Gosselin", "alain.gosselin@ac-normandie.fr"),
  "Re: Mot de passe e-sidoc du collège",
  """
Bonjour,

Je confirme la demande de Mme Poirier : vous pouvez procéder à la
réinitialisation du mot de passe e-sidoc du collège.

A. Gosselin
Principal, collège de Sées

Envoyé de mon iPad

> Le 10 févr. 2025 à 14:05, Françoise Poirier <francoise.poirier@ac-normandie.fr> a écrit :
>
> Madame, Monsieur,
> Le mot de passe d'administration de notre portail e-sidoc (collège de Sées,
> 0610921V) est perdu. Mon principal, en copie, confirmera ma demande.
> Respectueusement,
> Françoise Poirier
""", fmt="qp", ua="iphone", later=True)

M("head_of_establishment_request", False, "0240576W", "nouvelle-aquitaine", "espace_acheteur", "en", False,
  "English: the head of a private international school names a new structure administrator and asks to remove the former one.",
  ("Dr Richard Ashworth", "head@perigord-international-school.fr"),
  "Change of structure administrator",
  """
Dear Sir or Madam,

As Head of the Périgord International School (establishment code 0240576W),
I write to ask that Mrs Fiona Kerr, our new business manager, be made the
administrator of our structure on the Espace Acheteur, and that the access
of her predecessor, Mr Alan Price, who left us at Christmas, be closed.

I should be most grateful for confirmation once this has been done.

Yours faithfully,

Dr Richard Ashworth
Head of School
""", fmt="alt", ua="ol")

M("head_of_establishment_request", False, "0361829T", "centre-val-de-loire", "esidoc", "fr", False,
  "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for.",
  ("Dominique Berger", "ce.0361829T@ac-orleans-tours.fr"),
  "Re: [#SUP-018120] Demande écrite du chef d'établissement",
  """
Madame, Monsieur,

Suite à votre message, je vous confirme par écrit ma demande : merci de
réinitialiser le mot de passe d'administration e-sidoc de notre collège et
d'envoyer le lien à la présente adresse.

Cordialement,

D. Berger
Principale du collège George Sand, Aigurande

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: ce.0361829T@ac-orleans-tours.fr
Envoyé: Vendredi 7 Février 2025 10:02:11
Objet: [#SUP-018120] Demande écrite du chef d'établissement

Bonjour,
Pour des raisons de sécurité, la réinitialisation doit être demandée par
écrit par le chef d'établissement. Merci de nous répondre depuis l'adresse
officielle de l'établissement.
""", fmt="plain", ua="zimbra", reply_to_ticket="SUP-018120")

M("head_of_establishment_request", False, "0551964L", "grand-est", "esidoc", "fr", False,
  "From the ce.<UAI> address: the principal asks to reset the e-sidoc password so that a departed librarian loses access.",
  ("Collège Louise Michel - Direction", "ce.0551964L@ac-nancy-metz.fr"),
  "Fermeture d'accès - départ de notre documentaliste",
  """
Madame, Monsieur,

Notre professeur documentaliste a quitté l'établissement le 31 janvier dans
des conditions qui me conduisent à vous demander, par précaution, de
réinitialiser le mot de passe d'administration de notre portail e-sidoc, et
d'envoyer le lien sur l'adresse de l'établissement.

Je vous remercie de votre compréhension.

Le principal du collège Louise Michel, Commercy
""", fmt="html", ua="ol")

M("head_of_establishment_request", False, "0091734L", "occitanie", None, "fr", True,
  "Claims to be the principal, from a free-mail address with a different Reply-To, and asks to move both admin accounts (e-sidoc and Espace Acheteur) to that address: a probable spoof, still a head-of-establishment request for the queue where staff should refuse it. Two products, so no single platform.",
  ("Principal College Ariege", "principal.college.ariege@gmail.com"),
  "URGENT changement adresse administrateur",
  """
Bonjour,

Je suis le principal du collège 0091734L. Merci de modifier en urgence
l'adresse des comptes administrateur e-sidoc et Espace Acheteur vers
principal.college09@outlook.fr, et de m'envoyer les nouveaux mots de passe.

Je suis en déplacement et ne peux pas vous appeler.

Merci de faire vite.
Le principal
""", fmt="plain", ua="gmail", reply_to="principal.college09@outlook.fr",
  auth="dkim=pass header.d=gmail.com; spf=softfail smtp.mailfrom=gmail.com; dmarc=fail header.from=gmail.com")

M("head_of_establishment_request", False, "7201445H", "corse", "espace_acheteur", "fr", False,
  "The principal of a collège in Haute-Corse names a new Espace Acheteur administrator.",
  ("Antoine Luciani", "ce.7201445H@ac-corse.fr"),
  "Changement d'administrateur Espace Acheteur",
  """
Madame, Monsieur,

Je vous informe que Mme Paule Graziani, gestionnaire, remplacera à compter de
ce jour M. Jean Ottavi comme administratrice de notre structure sur l'Espace
Acheteur. Je vous remercie de bien vouloir procéder au changement.

Avec mes salutations distinguées,

Antoine Luciani
Principal du collège de Calenzana (7201445H)
""", fmt="plain", ua="tb")

M("head_of_establishment_request", False, "0790656J", "nouvelle-aquitaine", "esidoc", "fr", True,
  "A primary-school head (directeur d'école) asks for the BCD's e-sidoc admin reset, link to the school's address. Old-fashioned letter style.",
  ("Marcel Bouchet", "ecole.saint-loup-lamaire@ac-poitiers.fr"),
  "Demande de réinitialisation - BCD de l'école",
  """
Madame, Monsieur,

Directeur de l'école élémentaire de Saint-Loup-Lamairé (0790656J) depuis
bientôt vingt ans, je me permets de vous adresser la présente afin de
solliciter la réinitialisation du mot de passe d'administration du portail
e-sidoc de notre bibliothèque centre documentaire.

Le lien pourra être envoyé à l'adresse de l'école, depuis laquelle je vous
écris.

Je vous en remercie et vous prie de croire, Madame, Monsieur, à l'expression
de mes sentiments les meilleurs.

Marcel Bouchet
Directeur d'école
""", fmt="latin1", ua="oe")

M("head_of_establishment_request", False, "0411215Y", "centre-val-de-loire", "espace_acheteur", "fr", False,
  "Written delegation: the proviseure declares who may validate orders for the lycée.",
  ("Catherine Rigault", "catherine.rigault@ac-orleans-tours.fr"),
  "Délégation de signature - commandes",
  """
Madame, Monsieur,

Je vous informe que, par décision de ce jour, j'accorde délégation à
M. Thierry Boutet, adjoint gestionnaire, pour valider les commandes de notre
établissement sur l'Espace Acheteur, dans la limite de 5 000 euros par
commande.

Lycée Camille Claudel, Blois - UAI 0411215Y.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Catherine Rigault
Proviseure
""", fmt="alt", ua="ol")

M("head_of_establishment_request", False, "0220238P", "bretagne", "esidoc", "fr", False,
  "ISO-8859-1 body: the principal authorises sending the new e-sidoc password link to the librarian's academic address.",
  ("Loïc Le Bihan", "loic.le-bihan@ac-rennes.fr"),
  "Autorisation - mot de passe e-sidoc",
  """
Madame, Monsieur,

Principal du collège de Callac (0220238P), j'autorise l'envoi du lien de
réinitialisation du mot de passe d'administration e-sidoc à Mme Anne Guégan,
notre documentaliste, sur son adresse académique anne.guegan@ac-rennes.fr.

Je vous remercie de votre concours.

Bien cordialement,
L. Le Bihan
""", fmt="latin1", ua="tb")


# ---------------------------------------------------------------------------
# account_creation
# ---------------------------------------------------------------------------
M("account_creation", True, None, None, "espace_acheteur", "fr", False,
  "First-time gestionnaire asks how to open a buyer account: the sign-up form answer fits.",
  ("Annie Courtois", "a.courtois@lycee-pro-bar-sur-seine.fr"),
  "Comment ouvrir un compte ?",
  """
Madame, Monsieur,

Je viens de prendre mes fonctions de gestionnaire dans un petit lycée
professionnel de l'Aube et l'on m'a recommandé de passer par votre Espace
Acheteur pour nos achats. Je n'ai jamais utilisé ce genre de plateforme.

Pourriez-vous m'expliquer comment créer un compte pour notre établissement ?

En vous remerciant par avance de votre bienveillance, je vous prie de croire
en mes sentiments respectueux.

Annie Courtois
""", fmt="plain", ua="tb")

M("account_creation", True, "0530627U", "pays-de-la-loire", "espace_acheteur", "fr", False,
  "Filled the sign-up form and cannot log in: account waiting for the structure administrator's validation (FAQ case).",
  ("Joël Chevalier", "joel.chevalier@ac-nantes.fr"),
  "Compte en attente ?",
  """
Bonjour,

Je me suis inscrit lundi sur l'Espace Acheteur pour le collège de
Gorron (0530627U). Quand j'essaie de me connecter, un message m'indique que
mon compte est « en attente de validation ». Est-ce normal, et qui doit le
valider ?

Merci beaucoup,
Joël Chevalier
""", fmt="qp", ua="zimbra")

M("account_creation", False, "0020806R", "hauts-de-france", "espace_acheteur", "fr", False,
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  ("Odile Lefèvre", "odile.lefevre@ac-amiens.fr"),
  "Qui est notre administrateur ?",
  """
Madame, Monsieur,

On me dit que mon inscription à l'Espace Acheteur doit être validée par
« l'administrateur de la structure ». Personne ici ne sait de qui il s'agit :
pourriez-vous me le faire savoir ?

Collège de Guise, 0020806R.

Je vous en remercie, et vous souhaite une agréable journée.

Odile Lefèvre
Secrétaire de gestion
""", fmt="plain", ua="tb")

M("account_creation", False, "0711650H", "bourgogne-franche-comte", "espace_acheteur", "fr", True,
  "Account waiting for validation for three weeks; the only administrator has retired: the region must step in.",
  ("Robert Guillemin", "robert.guillemin@ac-dijon.fr"),
  "Compte en attente depuis trois semaines",
  """
Madame, Monsieur,

Voilà trois semaines que mon compte sur l'Espace Acheteur attend d'être
validé. J'ai appris entre-temps que la seule administratrice de notre
structure, Mme Lamy, est partie en retraite en décembre et n'a désigné
personne.

Que puis-je faire ? Nous avons des commandes en souffrance.

Lycée de Charolles, 0711650H.

Respectueusement,
Robert Guillemin
Adjoint gestionnaire
""", fmt="alt", ua="ol")

M("account_creation", True, "0871658E", "nouvelle-aquitaine", "esidoc", "fr", False,
  "New gestionnaire wants to open the customer account before a first e-sidoc order.",
  ("Sandrine Vergnaud", "sandrine.vergnaud@ac-limoges.fr"),
  "Ouverture d'un compte client",
  """
Bonjour,

Je souhaiterais ouvrir un compte client afin de passer notre première
commande en ligne pour l'abonnement e-sidoc du collège de Bellac (0871658E).
Pouvez-vous m'indiquer la démarche ?

Avec mes remerciements,
Sandrine Vergnaud
Gestionnaire
""", fmt="html", ua="olweb")

M("account_creation", False, "0041035D", "provence-alpes-cote-d-azur", "espace_acheteur", "fr", False,
  "The account works; asks for order-management rights to be opened: a person answers.",
  ("André Reynaud", "andre.reynaud@ac-aix-marseille.fr"),
  "Droits de commande",
  """
Madame, Monsieur,

Mon compte sur l'Espace Acheteur fonctionne fort bien, je vous en remercie,
mais je ne vois pas le bouton pour passer commande. Notre principale souhaite
que je puisse commander les fournitures du collège.

Pourriez-vous m'ouvrir les droits nécessaires ?

Collège de Barcelonnette, 0041035D.

Je vous prie d'agréer mes salutations distinguées.

André Reynaud
""", fmt="plain", ua="tb")

M("account_creation", True, None, None, "espace_acheteur", "en", False,
  "English: a new bursar at a small school asks how to get a buyer account.",
  ("James Whitaker", "j.whitaker@ecole-bilingue-dordogne.fr"),
  "New account for our school",
  """
Good afternoon,

I have just taken over as bursar at a small bilingual school in the
Dordogne. Could you please tell me how we set up an account on the Espace
Acheteur? I'm afraid I am entirely new to the system.

With many thanks,
James Whitaker
""", fmt="plain", ua="gmail")

M("account_creation", False, "0120229J", "occitanie", "esidoc", "fr", True,
  "The establishment's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team, so a person answers.",
  ("Irène Bousquet", "irene.bousquet@ac-toulouse.fr"),
  "Établissement introuvable dans la liste",
  """
Bonjour,

En voulant créer notre compte client pour commander e-sidoc, je ne trouve pas
notre établissement dans la liste proposée. Notre UAI est 0120229J (collège
de Saint-Affrique, annexe ouverte en septembre).

Comment faire ? Merci de votre aide précieuse.

Irène Bousquet
""", fmt="plain", ua="zimbra")

M("account_creation", True, "0151837R", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account; asks how to create one. account_creation, not password_reset.",
  ("Simone Delmas", "simone.delmas@ac-clermont.fr"),
  "Pas un oubli de mot de passe",
  """
Madame, Monsieur,

Je tiens à préciser d'emblée que je n'ai pas oublié mon mot de passe : je
n'en ai jamais eu ! Je n'ai en effet jamais eu de compte sur l'Espace
Acheteur, et la page de connexion me propose seulement de réinitialiser un
mot de passe que je ne possède pas.

Comment puis-je créer mon compte ? Collège de Murat, 0151837R.

Bien à vous,
Simone Delmas
""", fmt="qp", ua="tb")

M("account_creation", False, "0460783B", "occitanie", "esidoc", "fr", False,
  "Asks whether each of the two part-time librarians can have an administrator account: a person answers.",
  ("Claude Lacombe", "claude.lacombe@ac-toulouse.fr"),
  "Deux comptes administrateur ?",
  """
Bonjour,

Nous sommes deux documentalistes à mi-temps au collège de Souillac
(0460783B). Est-il possible que chacune ait son propre compte administrateur
sur e-sidoc, plutôt que de partager le même ?

Merci et belle journée,
Claude Lacombe
""", fmt="plain", ua="tb")


# ---------------------------------------------------------------------------
# subscription_activation
# ---------------------------------------------------------------------------
M("subscription_activation", True, "0230935S", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  ("Suzanne Parrain", "suzanne.parrain@ac-limoges.fr"),
  "Abonnement Europresse",
  """
Madame, Monsieur,

Nous avons commandé hier l'abonnement Europresse pour le collège de
Dun-le-Palestel (0230935S), et il n'apparaît pas encore sur notre portail.
Faut-il faire quelque chose de notre côté ?

Veuillez agréer mes respectueuses salutations.

Suzanne Parrain
""", fmt="plain", ua="tb")

M("subscription_activation", True, "0481939X", "occitanie", "esidoc", "fr", False,
  "Renewed subscription still shown as expired in 'Mes abonnements', renewal ordered two days ago.",
  ("Henri Bastide", "henri.bastide@ac-montpellier.fr"),
  "Abonnement toujours expiré",
  """
Bonjour,

Le renouvellement de notre abonnement a été commandé avant-hier, mais la
rubrique « Mes abonnements » l'indique toujours comme expiré.

Collège Marcel Pierrel, Mende? Non, pardon : Langogne, 0481939X.

Merci,
Henri Bastide
""", fmt="qp", ua="zimbra")

M("subscription_activation", False, "0051307U", "provence-alpes-cote-d-azur", "esidoc", "fr", False,
  "Ordered twelve days ago and still not active: past the 72-hour rule, a person must look at the order.",
  ("Lucienne Arnaud", "lucienne.arnaud@ac-aix-marseille.fr"),
  "Abonnement commandé il y a douze jours",
  """
Madame, Monsieur,

Je me permets de revenir vers vous : notre abonnement Universalis a été
commandé le 31 janvier, et il n'est toujours pas actif sur le portail du
collège d'Embrun (0051307U). J'avais compris qu'il fallait compter trois
jours ; nous en sommes à douze.

Je vous remercie de bien vouloir vérifier ce qu'il en est.

Avec mes salutations distinguées,
Lucienne Arnaud
""", fmt="plain", ua="tb")

M("subscription_activation", True, "0321219B", "occitanie", "esidoc", "fr", False,
  "How to publish the Universalis resource so that pupils see it on the portal.",
  ("Marie-Claude Sabathé", "mc.sabathe@ac-toulouse.fr"),
  "Rendre Universalis visible aux élèves",
  """
Bonjour,

L'abonnement à Universalis est bien actif, mais les élèves ne le voient pas
sur le portail. Je suppose qu'il faut le « publier » quelque part : pouvez-vous
m'expliquer comment faire ?

Collège de Fleurance, 0321219B.

Merci par avance, avec mes amitiés à toute l'équipe,
Marie-Claude Sabathé
""", fmt="alt", ua="ol")

M("subscription_activation", True, "0611512M", "normandie", "esidoc", "fr", True,
  "Written by the principal, but he only asks when the ordered subscription will be available: not a head-of-establishment request.",
  ("Jean-Pierre Fouquet", "jean-pierre.fouquet@ac-normandie.fr"),
  "Disponibilité de notre abonnement",
  """
Madame, Monsieur,

Principal du collège de Bellême (0611512M), je souhaiterais savoir quand
l'abonnement commandé lundi par notre documentaliste sera disponible. Elle
m'a fait part de son impatience, que je partage volontiers.

Avec mes remerciements et mes cordiales salutations,

Jean-Pierre Fouquet
Principal
""", fmt="html", ua="olweb")

M("subscription_activation", True, "0391791K", "bourgogne-franche-comte", "esidoc", "en", False,
  "English: the online encyclopaedia ordered two days ago is not yet available.",
  ("Rosemary Dunn", "rosemary.dunn@ac-besancon.fr"),
  "Subscription not yet available",
  """
Dear support team,

We ordered the online encyclopaedia for our school library on Monday (school
code 0391791K), and it has not yet appeared on our portal. Is there anything
I should be doing on my side?

Kind regards,
Rosemary Dunn
Librarian, Collège de Champagnole
""", fmt="plain", ua="tb")

M("subscription_activation", True, "0881906U", "grand-est", "esidoc", "fr", False,
  "Short: please activate the Cafeyn subscription ordered on Monday.",
  ("Martine Claudel", "martine.claudel@ac-nancy-metz.fr"),
  "Activation Cafeyn",
  """
Bonjour,
Merci d'activer notre abonnement Cafeyn commandé lundi (0881906U).
Bonne journée,
M. Claudel
""", fmt="plain", ua="zimbra")

M("subscription_activation", True, "0121728N", "occitanie", "esidoc", "fr", True,
  "Negation: 'ce n'est pas un problème de mot de passe', she can log in; the new resource ordered yesterday is simply not visible.",
  ("Rose Alibert", "rose.alibert@ac-toulouse.fr"),
  "Ressource invisible (pas un problème de mot de passe)",
  """
Madame, Monsieur,

Je précise tout de suite que ce n'est pas un problème de mot de passe : je me
connecte sans difficulté à l'administration de notre portail e-sidoc. En
revanche, la ressource commandée hier n'apparaît nulle part.

Collège de Rignac, 0121728N.

Avec mes remerciements anticipés,
Rose Alibert
""", fmt="plain", ua="tb")

M("subscription_activation", False, "0701478B", "bourgogne-franche-comte", "esidoc", "fr", True,
  "Reply after the 72-hour answer (quoted): still not available a week later, the rule has already been applied; a person must look.",
  ("Paul Girardot", "paul.girardot@ac-besancon.fr"),
  "Re: [#SUP-018098] Abonnement non visible",
  """
Bonjour,

Merci pour votre réponse de la semaine dernière. Les 72 heures sont largement
passées et l'abonnement n'est toujours pas visible sur notre portail.

Pouvez-vous regarder ce qui bloque ?

Cordialement,
P. Girardot, collège de Rioz (0701478B)

Le 04/02/2025 à 09:12, Assistance a écrit :
> Bonjour,
> Un abonnement commandé est activé sous 72 heures. Passé ce délai, répondez
> à ce message.
""", fmt="plain", ua="tb", reply_to_ticket="SUP-018098")

M("subscription_activation", True, "0161680P", "nouvelle-aquitaine", "esidoc", "fr", False,
  "HTML-only Outlook: asks how to publish the new newspaper resource on the portal.",
  ("Évelyne Dussoulier", "evelyne.dussoulier@ac-poitiers.fr"),
  "Publication d'une nouvelle ressource",
  """
Madame, Monsieur,

Nous venons de souscrire à un abonnement de presse en ligne pour notre CDI.
Je souhaiterais le faire apparaître sur la page d'accueil de notre portail
e-sidoc, mais je ne trouve pas comment le publier.

Lycée Élie Vinet, Barbezieux - 0161680P.

Je vous remercie et vous prie d'agréer mes sincères salutations.

Évelyne Dussoulier
""", fmt="html", ua="ol")


# ---------------------------------------------------------------------------
# order_billing
# ---------------------------------------------------------------------------
M("order_billing", False, "0580449Y", "bourgogne-franche-comte", "esidoc", "fr", False,
  "Asks for a formal quote for the e-sidoc renewal, needed for the bon d'engagement.",
  ("Jacqueline Ravier", "jacqueline.ravier@ac-dijon.fr"),
  "Demande de devis - renouvellement",
  """
Madame, Monsieur,

Afin d'établir le bon d'engagement de l'exercice 2025, je vous serais
reconnaissante de bien vouloir me faire parvenir un devis pour le
renouvellement de l'abonnement e-sidoc du collège de Luzy (0580449Y).

Je vous en remercie par avance et vous prie d'agréer, Madame, Monsieur, mes
salutations distinguées.

Jacqueline Ravier
Gestionnaire
""", fmt="plain", ua="tb")

M("order_billing", False, "0430882A", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Order validated a month ago, invoice still not on Chorus.",
  ("Pierre Vidal", "pierre.vidal@ac-clermont.fr"),
  "Facture absente de Chorus",
  """
Bonjour,

Notre commande a été validée le 9 janvier et nous n'avons toujours pas reçu
la facture sur Chorus Pro. Pouvez-vous la déposer ? Notre agent comptable me
la réclame.

Lycée de Brioude, 0430882A.

Bien cordialement,
Pierre Vidal
""", fmt="qp", ua="ol")

M("order_billing", False, None, None, "espace_acheteur", "fr", False,
  "Small private school asks whether it may pay by bank transfer and for the bank details; ISO-8859-1.",
  ("Soeur Marie-Agnès", "secretariat@ecole-notre-dame-saint-flour.fr"),
  "Moyen de paiement",
  """
Madame, Monsieur,

Notre petite école privée a passé sa première commande sur l'Espace
Acheteur. Nous n'avons pas de carte bancaire : est-il possible de régler par
virement ? Dans ce cas, pourriez-vous nous communiquer vos coordonnées
bancaires ?

Avec nos remerciements et nos salutations respectueuses,

Sr Marie-Agnès
Secrétariat
""", fmt="latin1", ua="oe")

M("order_billing", False, None, None, "esidoc", "en", False,
  "English Outlook reply asking for the invoice to be addressed to the accounting office; quoted 'From: / Sent:' block.",
  ("Graham Osborne", "g.osborne@lycee-international-valbonne.fr"),
  "RE: Your invoice for the e-sidoc subscription",
  """
Good morning,

Thank you for the invoice. Would you kindly re-issue it addressed to our
accounting office (Agence comptable, 190 rue Frédéric Mistral) rather than to
the library? Otherwise it cannot be paid.

Many thanks,
Graham Osborne

From: Facturation <facturation@assistance.example.fr>
Sent: Friday, February 7, 2025 11:04 AM
To: Graham Osborne <g.osborne@lycee-international-valbonne.fr>
Subject: Your invoice for the e-sidoc subscription

Please find attached the invoice for your e-sidoc subscription.
""", fmt="alt", ua="ol")

M("order_billing", False, "0081830W", "grand-est", "espace_acheteur", "fr", False,
  "The saved basket disappeared after the holidays (baskets are kept 15 days).",
  ("Arlette Simonet", "arlette.simonet@ac-reims.fr"),
  "Mon panier a disparu",
  """
Madame, Monsieur,

Avant les vacances, j'avais préparé et enregistré un panier assez long de
fournitures pour le collège de Rocroi (0081830W). En me reconnectant ce
matin, il est vide. Ai-je fait une fausse manipulation ? Peut-on le
récupérer ?

Merci de votre réponse,
Arlette Simonet
""", fmt="plain", ua="zimbra")

M("order_billing", False, "0471734E", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Invoice received twice; asks to cancel the duplicate.",
  ("Guy Lagarde", "guy.lagarde@ac-bordeaux.fr"),
  "Facture en double",
  """
Bonjour,

Nous avons reçu deux fois la même facture pour notre abonnement (collège de
Duras, 0471734E), sous deux numéros différents. Je suppose qu'il s'agit d'une
erreur : pouvez-vous annuler la seconde ?

Cordialement,
Guy Lagarde
Gestionnaire
""", fmt="plain", ua="tb")

M("order_billing", False, "0101845B", "grand-est", "espace_acheteur", "fr", False,
  "HTML-only Outlook (windows-1252 with the euro sign): the invoice amount differs from the quote.",
  ("Nicole Jacquinot", "nicole.jacquinot@ac-reims.fr"),
  "Écart entre devis et facture",
  """
Madame, Monsieur,

La facture reçue pour notre commande de janvier s'élève à 1 284,60 €, alors
que le devis accepté mentionnait 1 176,00 €. Je n'ai pas trouvé d'explication
à cet écart.

Lycée de Bar-sur-Aube, 0101845B.

Pourriez-vous vérifier et, le cas échéant, nous adresser une facture
rectifiée ?

Avec mes remerciements, veuillez agréer mes salutations distinguées.

Nicole Jacquinot
""", fmt="html", ua="olweb")

M("order_billing", False, "0501624U", "normandie", "esidoc", "fr", False,
  "Forward (Thunderbird French style) of a payment reminder for an invoice already paid by mandat administratif.",
  ("Jeanne Lecourtois", "jeanne.lecourtois@ac-normandie.fr"),
  "Tr: Relance de paiement",
  """
Madame, Monsieur,

Nous avons reçu la relance ci-dessous, alors que la facture a été réglée par
mandat administratif le 20 janvier. Je vous joins la référence du mandat :
2025-0117.

Pouvez-vous mettre à jour votre suivi ? Collège de Saint-Hilaire-du-Harcouët
(0501624U).

Bien à vous,
Jeanne Lecourtois

-------- Message transféré --------
Sujet : Relance de paiement
Date : Mon, 10 Feb 2025 06:00:12 +0100
De : Facturation <facturation@assistance.example.fr>
Pour : jeanne.lecourtois@ac-normandie.fr

Sauf erreur de notre part, la facture F-2024-11873 reste impayée à ce jour.
""", fmt="plain", ua="tb")

M("order_billing", False, "0290927A", "bretagne", "espace_acheteur", "fr", False,
  "Order validation fails: the bon d'engagement upload is refused ('format non accepté').",
  ("Maryvonne Kerhervé", "maryvonne.kerherve@ac-rennes.fr"),
  "Impossible de joindre le bon d'engagement",
  """
Bonjour,

Au moment de valider notre commande sur l'Espace Acheteur, je dois joindre le
bon d'engagement. Le site me répond « format non accepté », alors qu'il
s'agit d'un PDF tout à fait ordinaire, scanné au secrétariat.

Collège de Châteauneuf-du-Faou, 0290927A.

Que dois-je faire ? Merci bien,
Maryvonne Kerhervé
""", fmt="qp", ua="zimbra")


# ---------------------------------------------------------------------------
# contract_documents
# ---------------------------------------------------------------------------
M("contract_documents", False, "0141498C", "normandie", "espace_acheteur", "fr", False,
  "The CCAP of the school-supplies market cannot be found in 'Mes Marchés'.",
  ("Roland Hébert", "roland.hebert@ac-normandie.fr"),
  "CCAP introuvable",
  """
Madame, Monsieur,

Je cherche en vain, dans la rubrique « Mes Marchés », le CCAP du marché des
fournitures scolaires auquel notre collège est rattaché. Les autres pièces
sont bien visibles.

Collège de Falaise, 0141498C.

Je vous remercie par avance de votre aide et vous prie d'agréer mes
salutations distinguées.

Roland Hébert
Adjoint gestionnaire
""", fmt="plain", ua="tb")

M("contract_documents", False, "0651353T", "occitanie", "espace_acheteur", "fr", False,
  "The membership convention opens as an empty file.",
  ("Françoise Lapeyre", "francoise.lapeyre@ac-toulouse.fr"),
  "Convention d'adhésion vide",
  """
Bonjour,

Lorsque j'ouvre la convention d'adhésion dans l'Espace Acheteur, j'obtiens une
page blanche, et le fichier téléchargé ne fait que quelques octets.

Lycée de Bagnères-de-Bigorre, 0651353T.

Pouvez-vous la remettre en ligne ? Avec mes remerciements,
Françoise Lapeyre
""", fmt="alt", ua="ol")

M("contract_documents", False, None, None, "espace_acheteur", "fr", False,
  "Amendment no. 1 of the heating-fuel market is not among the contract documents; no UAI, non-academic sender.",
  ("Bernard Quéré", "b.quere@lycee-maritime-paimpol.fr"),
  "Avenant manquant",
  """
Madame, Monsieur,

Notre fournisseur de fioul fait référence à un avenant n° 1 au marché de
chauffage, que je ne trouve pas parmi les documents du marché sur l'Espace
Acheteur.

Pourriez-vous le mettre à disposition, ou me l'adresser ?

Avec mes remerciements,
Bernard Quéré
Gestionnaire
""", fmt="plain", ua="tb")

M("contract_documents", False, "0211470J", "bourgogne-franche-comte", "espace_acheteur", "fr", True,
  "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation).",
  ("Michelle Ponsot", "michelle.ponsot@ac-dijon.fr"),
  "Conventions invisibles sur la nouvelle plateforme",
  """
Madame, Monsieur,

Sur l'ancienne plateforme, je consultais sans difficulté les conventions de
notre établissement. Depuis le passage à la nouvelle, je ne vois plus aucun
document dans l'onglet prévu à cet effet.

Collège de Nolay, 0211470J.

Je vous serais reconnaissante de bien vouloir m'aider à les retrouver.

Michelle Ponsot
""", fmt="html", ua="ol")

M("contract_documents", False, None, None, "espace_acheteur", "en", False,
  "English: cannot open the documents of the cleaning-supplies market.",
  ("Anne Fletcher", "anne.fletcher@lycee-vauban-bilingue.fr"),
  "Market documents will not open",
  """
Hello,

I am unable to open any of the documents attached to the cleaning-supplies
market in 'Mes Marchés': the links give an error page. Could you have a
look, please?

Thanks and regards,
Anne Fletcher
Business office
""", fmt="plain", ua="gmail")

M("contract_documents", False, "0850387J", "pays-de-la-loire", "espace_acheteur", "fr", False,
  "Follow-up reply (Gmail quote): the market document is still missing after the region's answer.",
  ("Hervé Rousseau", "herve.rousseau@ac-nantes.fr"),
  "Re: [#SUP-017962] Pièces du marché 2024-088",
  """
Bonjour,

Je me permets de vous relancer : malgré votre réponse du 28 janvier, l'acte
d'engagement du marché 2024-088 n'apparaît toujours pas dans nos documents.

Collège de Pouzauges, 0850387J.

Cordialement,
Hervé Rousseau

Le mar. 28 janv. 2025 à 16:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le document a été rattaché à votre structure par la région. Il devrait être
> visible dans « Mes Marchés ».
""", fmt="alt", ua="gmail", reply_to_ticket="SUP-017962")


# ---------------------------------------------------------------------------
# transfer_incident
# ---------------------------------------------------------------------------
M("transfer_incident", False, "0631956J", "auvergne-rhone-alpes", "ecoledirecte", "fr", False,
  "Last EcoleDirecte transfer is five days old; families no longer see the marks.",
  ("Christian Mazeyrat", "direction@college-stjoseph-ambert.fr"),
  "Transferts EcoleDirecte arrêtés",
  """
Madame, Monsieur,

Le dernier transfert vers EcoleDirecte date du mercredi 5 février. Depuis,
les familles ne voient plus les notes saisies par les professeurs, et
certaines commencent à s'en inquiéter.

Collège Saint-Joseph, Ambert - 0631956J.

Pourriez-vous nous aider à rétablir les transferts ?

Avec mes salutations distinguées,
Christian Mazeyrat
Chef d'établissement
""", fmt="plain", ua="tb")

M("transfer_incident", False, "0530834U", "pays-de-la-loire", "ecoledirecte", "fr", False,
  "'Licence expirée' after the office computer was replaced: licence to regenerate, transfers stopped.",
  ("Marie-Annick Brault", "secretariat@ecole-ste-anne-evron.fr"),
  "Licence expirée",
  """
Bonjour,

Notre ordinateur de secrétariat a été remplacé pendant les vacances. Depuis,
au démarrage du logiciel, un message indique « licence expirée » et les
transferts ne se font plus.

École Sainte-Anne, Évron (0530834U).

Merci de votre aide,
Marie-Annick Brault
""", fmt="qp", ua="ol")

M("transfer_incident", False, None, None, "ecoledirecte", "fr", True,
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  ("Gérard Foucher", "gerard.foucher@institution-st-michel.fr"),
  "Mot de passe de maintenance",
  """
Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je dois
réindexer la base avant de relancer le transfert vers EcoleDirecte.

Merci,
G. Foucher
""", fmt="plain", ua="tb")

M("transfer_incident", False, None, None, "ecoledirecte", "fr", False,
  "The new antivirus quarantines the Charlemagne tools, so transfers no longer run.",
  ("Solange Perrin", "s.perrin@ecole-privee-lons.fr"),
  "L'antivirus bloque Charlemagne",
  """
Madame, Monsieur,

Notre prestataire a installé un nouvel antivirus la semaine dernière, et il
met en quarantaine l'outil de transfert de Charlemagne. Plus aucun transfert
vers EcoleDirecte ne passe depuis.

Quels fichiers faut-il exclure ? Je transmettrai au prestataire.

Avec mes remerciements,
Solange Perrin
Secrétaire de direction
""", fmt="alt", ua="ol")

M("transfer_incident", False, "0610606C", "normandie", "ecoledirecte", "fr", False,
  "New firewall installed by the town's provider: the transfer's connection test fails.",
  ("Daniel Lepetit", "daniel.lepetit@ogec-laigle.fr"),
  "Échec du test de connexion",
  """
Bonjour,

Depuis l'installation d'un nouveau pare-feu par le prestataire de la mairie,
le diagnostic de transfert échoue à l'étape du test de connexion. Faut-il
ouvrir un port particulier ou paramétrer un proxy ?

Collège privé de L'Aigle, 0610606C.

Cordialement,
Daniel Lepetit
""", fmt="plain", ua="tb")

M("transfer_incident", False, "0220686B", "bretagne", "ecoledirecte", "fr", False,
  "HTML-only Outlook from an older school secretary: transfers to EcoleDirecte stopped since the holidays.",
  ("Annick Le Floch", "secretariat@college-stjoseph-guingamp.fr"),
  "Transmission vers EcoleDirecte",
  """
Madame, Monsieur,

Je me permets de vous signaler que la transmission des données vers
EcoleDirecte ne se fait plus depuis le début des vacances. Je n'ai rien
modifié, du moins je le crois.

Collège Saint-Joseph, Guingamp - 0220686B.

Je vous remercie vivement de l'attention que vous porterez à ma demande.

Annick Le Floch
Secrétaire
""", fmt="html", ua="olweb")

M("transfer_incident", False, "0191245A", "nouvelle-aquitaine", "ecoledirecte", "fr", False,
  "Replication must be re-initialised after the server was restored from a backup.",
  ("Patrick Vialle", "informatique@ensemble-scolaire-ussel.fr"),
  "Réinitialisation de la réplication",
  """
Bonjour,

Suite à un incident disque, nous avons restauré notre serveur à partir de la
sauvegarde de vendredi. Le transfert vers EcoleDirecte signale maintenant une
incohérence de réplication. J'imagine qu'il faut la réinitialiser de votre
côté.

Ensemble scolaire d'Ussel, 0191245A.

Merci,
Patrick Vialle
""", fmt="plain", ua="tb")

M("transfer_incident", False, None, None, "ecoledirecte", "en", False,
  "English: transfers to EcoleDirecte hang indefinitely at a small international school.",
  ("Michael O'Neill", "m.oneill@international-school-vendee.fr"),
  "Data transfer hangs",
  """
Hello,

Since Monday, our transfer to EcoleDirecte starts but never finishes: it
stays on 'en cours' all day. We have restarted the server twice.

Could someone help us, please?

Best wishes,
Michael O'Neill
School office
""", fmt="plain", ua="gmail")

M("transfer_incident", False, "0361118V", "centre-val-de-loire", "ecoledirecte", "fr", True,
  "Explicitly not a lost password: asks for the daily maintenance password to run a repair, so transfer_incident.",
  ("Jeannine Mercier", "jeannine.mercier@ecole-stmartin-issoudun.fr"),
  "Ce n'est pas mon mot de passe que j'ai perdu",
  """
Madame, Monsieur,

Je précise d'emblée que je n'ai pas perdu mon mot de passe personnel. Le
logiciel me demande le « mot de passe de maintenance du jour » pour lancer la
réparation de la base, les transferts étant bloqués depuis jeudi.

École Saint-Martin, Issoudun - 0361118V.

Pouvez-vous me le communiquer ? Avec mes remerciements,
Jeannine Mercier
""", fmt="latin1", ua="oe")


# ---------------------------------------------------------------------------
# automated
# ---------------------------------------------------------------------------
M("automated", False, None, None, None, "fr", False,
  "Exchange Online out-of-office in French for the winter holidays: Auto-Submitted and X-Auto-Response-Suppress.",
  ("Nathalie Grosjean", "n.grosjean@lycee-agricole-chateau-chinon.fr"),
  "Réponse automatique : [#SUP-018190] Votre demande",
  """
Bonjour,

Je suis absente jusqu'au lundi 24 février inclus (congés d'hiver). Votre
message sera traité à mon retour.

En cas d'urgence, merci de contacter le secrétariat au 03 86 00 00 00.

Cordialement,
Nathalie Grosjean
""", fmt="alt", ua="olweb", reply_to_ticket="SUP-018190",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, "bourgogne-franche-comte", None, "fr", False,
  "Academic webmail (Zimbra) vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-besancon.fr sender.",
  ("Brigitte Faivre", "brigitte.faivre@ac-besancon.fr"),
  "Absence : Re: [#SUP-018211] Courriel d'activation",
  """
Bonjour,
Je suis en congé cette semaine et ne consulte pas ma messagerie.
Je vous répondrai dès mon retour le 17 février.
B. Faivre
""", fmt="plain", ua="zimbra", reply_to_ticket="SUP-018211",
  hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])

M("automated", False, None, None, None, "en", False,
  "Postfix bounce (multipart/report delivery-status): the retired librarian's mailbox no longer exists. Null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mx.college-vassiviere.fr"),
  "Undelivered Mail Returned to Sender",
  """
This is the mail system at host mx.college-vassiviere.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<lucienne.mazeau@college-vassiviere.fr>: host mx.college-vassiviere.fr[local]
    said: 550 5.1.1 User unknown (mailbox closed on retirement)
""", kind="bounce", rp="<>",
  dsn=dict(rcpt="lucienne.mazeau@college-vassiviere.fr", status="5.1.1",
           diag="smtp; 550 5.1.1 User unknown", subj="[#SUP-018155] Mot de passe e-sidoc",
           mta="mx.college-vassiviere.fr"),
  hdrs=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, "fr", False,
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@lycee-pro-aubusson.fr"),
  "Non remis : [#SUP-018203] Votre compte Espace Acheteur",
  """
Votre message n'a pas pu être remis à jean.roudier@lycee-pro-aubusson.fr car
l'adresse e-mail est introuvable. Vérifiez l'adresse du destinataire et
renvoyez le message.

Diagnostic pour les administrateurs :
Serveur distant : 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found
""", kind="bounce", rp="<>",
  dsn=dict(rcpt="jean.roudier@lycee-pro-aubusson.fr", status="5.1.10",
           diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound",
           subj="[#SUP-018203] Votre compte Espace Acheteur", mta="PR2P264MB0123.FRAP264.PROD.OUTLOOK.COM"),
  hdrs=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, "grand-est", None, "fr", False,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-nancy-metz.fr sender.",
  ("Gilberte Mangin", "gilberte.mangin@ac-nancy-metz.fr"),
  "Lu : [#SUP-018166] Lien de réinitialisation",
  """
Votre message

  À : Gilberte Mangin
  Objet : [#SUP-018166] Lien de réinitialisation
  Envoyé : lundi 10 février 2025 10:02:33 (UTC+01:00)

a été lu le lundi 10 février 2025 14:47:05 (UTC+01:00).
""", kind="mdn", mdn=dict(subj="[#SUP-018166] Lien de réinitialisation",
                          rcpt="gilberte.mangin@ac-nancy-metz.fr", disp="displayed"), when=(0, 14, 47))

M("automated", False, None, None, None, "fr", False,
  "A children's-book publisher's newsletter: List-Id, List-Unsubscribe, Precedence: bulk.",
  ("Éditions du Petit Pré - Lettre", "lettre@editions-petitpre.example.com"),
  "Nos nouveautés de février pour vos CDI et BCD",
  """
Lettre d'information - février 2025

Chères documentalistes, chers documentalistes,

Retrouvez nos nouveautés de l'hiver : trois albums sur la forêt, une série
documentaire sur les métiers de la montagne, et notre sélection pour le prix
des jeunes lecteurs.

Commander : https://editions-petitpre.example.com/catalogue

Vous recevez ce message car vous êtes inscrit à notre lettre.
Se désinscrire : https://editions-petitpre.example.com/u/88213
""", fmt="alt", ua="none",
  hdrs=[("List-Id", "Lettre des Editions du Petit Pre <lettre.editions-petitpre.example.com>"),
        ("List-Unsubscribe", "<https://editions-petitpre.example.com/u/88213>"),
        ("Precedence", "bulk")])

M("automated", False, None, None, "espace_acheteur", "fr", False,
  "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Un compte est en attente de validation",
  """
Bonjour,

Un nouvel utilisateur s'est inscrit et attend la validation de son compte :

  Structure : Collège du Haut-Quercy
  Utilisateur : Mme Lise Couderc

Connectez-vous à l'Espace Acheteur pour valider ou refuser cette demande.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", fmt="qp", ua="none", hdrs=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, None, "en", False,
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  ("Fiona Kerr", "fiona.kerr.pis@gmail.com"),
  "Re: [#SUP-018187] Change of structure administrator",
  """
Thank you for your email. I am away on half-term until Monday 24th February
with limited access to email. I shall reply on my return.

Fiona
""", fmt="alt", ua="none", reply_to_ticket="SUP-018187",
  hdrs=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, "fr", True,
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  ("Roger Bellot", "roger.bellot@college-prive-saint-pourcain.fr"),
  "Absent du bureau",
  """
Bonjour,

Je suis actuellement absent du bureau et je n'aurai pas accès à mes messages
avant le 24 février. Ce message est une réponse automatique.

Pour toute question urgente, vous pouvez joindre l'accueil du collège.

Roger Bellot
""", fmt="html", ua="ol")

M("automated", False, None, None, None, "en", False,
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  ("Eleanor Price", "e.price@lycee-bilingue-tulle.fr"),
  "Return Receipt (displayed) - [#SUP-018172] Your subscription",
  """
This is a Return Receipt for the mail that you sent to
e.price@lycee-bilingue-tulle.fr.

Note: This Return Receipt only acknowledges that the message was displayed on
the recipient's computer. There is no guarantee that the recipient has read
or understood the message contents.
""", kind="mdn", mdn=dict(subj="[#SUP-018172] Your subscription",
                          rcpt="e.price@lycee-bilingue-tulle.fr", disp="displayed"))

M("automated", False, None, None, "ticket_portal", "fr", False,
  "Ticket-portal notification: a ticket the desk opened was updated. Auto-Submitted: auto-generated.",
  ("Portail d'assistance", "notifications@portail-tickets.example.fr"),
  "[Ticket #48213] Mise à jour de votre ticket",
  """
Bonjour,

Le ticket #48213 « Synchronisation des comptes » a été mis à jour par
l'équipe technique.

Statut : En cours de traitement
Dernier commentaire : Correctif prévu dans la version du 18 février.

Consulter le ticket : https://portail-tickets.example.fr/t/48213

Ceci est un message automatique.
""", fmt="plain", ua="none", hdrs=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, "esignature", "fr", True,
  "E-signature 'document signed' notification: no Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
  ("Signature électronique", "ne-pas-repondre@signature.example.fr"),
  "Document signé : Convention d'adhésion 2025 - Collège de Lormes",
  """
Bonjour,

Le document « Convention d'adhésion 2025 - Collège de Lormes » a été signé
par toutes les parties.

Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.
""", fmt="alt", ua="none")

M("automated", False, None, None, None, "en", True,
  "Exim bounce as plain text (mailbox full, no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mail.mairie-lacaune.fr"),
  "Mail delivery failed: returning message to sender",
  """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ecole.lacaune@mairie-lacaune.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: ecole.lacaune@mairie-lacaune.fr
Subject: [#SUP-018149] Votre abonnement
""", fmt="plain", ua="none", rp="<>")

M("automated", False, None, "normandie", "esidoc", "fr", True,
  "A librarian's real e-sidoc password question, but posted to an academic documentalists' list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-normandie.fr sender.",
  ("Josiane Lebas", "josiane.lebas@ac-normandie.fr"),
  "[docs-normandie] mot de passe e-sidoc après fusion des collèges",
  """
Bonjour à toutes et à tous,

Nos deux collèges fusionnent à la rentrée et je me demande ce que deviendra
le mot de passe d'administration e-sidoc de l'ancien établissement. L'une ou
l'un d'entre vous a-t-il vécu cela ?

Merci d'avance pour vos retours,
Josiane

--
Liste de diffusion des professeurs documentalistes de Normandie
Pour se désabonner : sympa@listes.ac-normandie.fr
""", fmt="plain", ua="tb",
  hdrs=[("List-Id", "<docs-normandie.listes.ac-normandie.fr>"), ("Precedence", "list"),
        ("List-Unsubscribe", "<mailto:sympa@listes.ac-normandie.fr?subject=unsubscribe%20docs-normandie>")])

M("automated", False, "0320151R", "occitanie", None, "fr", True,
  "Out-of-office of a school office (ce.<UAI> address) that mentions e-sidoc and passwords; Auto-Submitted is present. The UAI comes from the address.",
  ("Secrétariat Collège de Lectoure", "ce.0320151R@ac-toulouse.fr"),
  "Réponse automatique : [#SUP-018199] Réinitialisation e-sidoc",
  """
Bonjour,

Le secrétariat du collège est fermé pendant les vacances d'hiver, du 8 au
23 février inclus. Les demandes concernant les mots de passe (e-sidoc,
ENT) seront traitées à la rentrée.

Bonnes vacances,
Le secrétariat
""", fmt="plain", ua="zimbra", reply_to_ticket="SUP-018199",
  hdrs=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, "fr", True,
  "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ("Mairie de Vic-sur-Cère", "accueil@mairie-vic-sur-cere.fr"),
  "Re: [#SUP-018176] Votre demande",
  """
Bonjour,

Nous avons bien reçu votre message et vous en remercions. Les services de la
mairie sont ouverts du lundi au vendredi de 9 h à 12 h. Nous vous répondrons
dans les meilleurs délais.

La mairie de Vic-sur-Cère
""", fmt="plain", ua="none", reply_to_ticket="SUP-018176",
  hdrs=[("X-Autoreply", "yes"), ("X-Autorespond", "accueil@mairie-vic-sur-cere.fr")])

M("automated", False, None, None, None, "en", False,
  "Delay warning from a relay ('Delayed Mail (still being retried)'): not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.cc-morvan.fr"),
  "Delayed Mail (still being retried)",
  """
This is the mail system at host relay.cc-morvan.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<gestion@college-chateau-chinon.fr>: connect to
    mx.college-chateau-chinon.fr[198.51.100.77]:25: Connection timed out
""", kind="bounce", rp="<>",
  dsn=dict(rcpt="gestion@college-chateau-chinon.fr", status="4.4.1", action="delayed",
           diag="X-Postfix; connect to mx.college-chateau-chinon.fr: Connection timed out",
           subj="[#SUP-018208] Votre commande", mta="relay.cc-morvan.fr"),
  hdrs=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, "fr", True,
  "Another help desk's acknowledgement (a town's IT desk) of a message the desk sent it: Auto-Submitted and X-Loop; answering would start a mail loop.",
  ("Support informatique Pays de Mauriac", "support@informatique-pays-mauriac.fr"),
  "[Ticket INF-2025-0412] Accusé de réception de votre demande",
  """
Bonjour,

Votre demande a bien été enregistrée sous la référence INF-2025-0412.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de conserver la référence dans l'objet de vos échanges.

Le support informatique
""", fmt="plain", ua="none",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "support@informatique-pays-mauriac.fr")])

M("automated", False, None, None, None, "fr", False,
  "Newsletter of a documentalists' association: List-Id, List-Unsubscribe one-click, Precedence: bulk.",
  ("Association des documentalistes du Limousin", "infos@adl-limousin.example.org"),
  "Lettre de février : journée d'étude à Guéret",
  """
Chères et chers collègues,

Notre journée d'étude annuelle aura lieu le mercredi 19 mars à Guéret, sur le
thème « Le CDI en milieu rural ». Inscriptions ouvertes jusqu'au 7 mars.

Programme et inscription : https://adl-limousin.example.org/journee-2025

Vous recevez cette lettre en tant qu'adhérent.
Se désabonner : https://adl-limousin.example.org/desabonnement
""", fmt="alt", ua="none",
  hdrs=[("List-Id", "Lettre ADL <lettre.adl-limousin.example.org>"),
        ("List-Unsubscribe", "<https://adl-limousin.example.org/desabonnement>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")])

M("automated", False, None, None, None, "en", False,
  "English out-of-office (Exchange 'Automatic reply:') from a teacher on half-term break.",
  ("Catherine Blake", "c.blake@lycee-international-saint-germain-laval.fr"),
  "Automatic reply: [#SUP-018214] Your question about Europresse",
  """
Hello,

I am away for the February half-term and will be back in school on Monday
24 February. Your message will not be forwarded.

Kind regards,
Catherine Blake
""", fmt="alt", ua="olweb", reply_to_ticket="SUP-018214",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, "normandie", None, "fr", False,
  "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification. Region from the ac-normandie.fr sender.",
  ("Raymond Leroux", "raymond.leroux@ac-normandie.fr"),
  "Non lu : [#SUP-018160] Votre demande d'abonnement",
  """
Votre message

  À : Raymond Leroux
  Objet : [#SUP-018160] Votre demande d'abonnement
  Envoyé : vendredi 7 février 2025 15:20:11 (UTC+01:00)

a été supprimé sans être lu le mardi 11 février 2025 08:02:40 (UTC+01:00).
""", kind="mdn", mdn=dict(subj="[#SUP-018160] Votre demande d'abonnement",
                          rcpt="raymond.leroux@ac-normandie.fr", disp="deleted"), when=(1, 8, 2))


# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------
M("other", False, None, "nouvelle-aquitaine", "esidoc", "fr", True,
  "Warm thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-limoges.fr.",
  ("Odette Lachaud", "odette.lachaud@ac-limoges.fr"),
  "Re: [#SUP-018188] Mot de passe e-sidoc",
  """
Madame, Monsieur,

Je tenais à vous remercier très chaleureusement : grâce à votre lien, j'ai pu
choisir un nouveau mot de passe et retrouver mon portail. Je l'ai noté, cette
fois, dans un carnet que je ne quitterai plus !

Je vous souhaite une excellente fin de semaine.

Odette Lachaud

Le 11/02/2025 à 09:40, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe vous a été envoyé. Il est
> valable 12 heures.
""", fmt="plain", ua="tb", reply_to_ticket="SUP-018188")

M("other", False, None, None, None, "fr", False,
  "A grandparent asks about the school bus timetable during the holidays: wrong address, unrelated.",
  ("Marcel Pradier", "marcel.pradier@orange.fr"),
  "Horaires du car scolaire",
  """
Bonjour Madame, Monsieur,

Mon petit-fils rentre au collège de Riom-ès-Montagnes après les vacances et
je voudrais savoir à quelle heure passe le car scolaire au hameau de
Chavagnac. Est-ce bien à vous qu'il faut s'adresser ?

Avec mes remerciements,
Marcel Pradier
""", fmt="latin1", ua="orange")

M("other", False, None, None, None, "fr", True,
  "Phishing: 'your mailbox is full, confirm your password'. Mentions a password but is not password_reset; the look-alike sender is not an académie domain, so no region.",
  ("Service Messagerie Academique", "securite@ac-limoges-messagerie.com"),
  "Votre boîte aux lettres a atteint sa limite",
  """
Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la
suppression de vos messages, veuillez confirmer votre identifiant et votre
mot de passe sous 24 heures en cliquant ici :

http://ac-limoges-messagerie.com/verification

Service Messagerie
""", fmt="html", ua="none",
  auth="dkim=none; spf=fail smtp.mailfrom=ac-limoges-messagerie.com; dmarc=fail header.from=ac-limoges-messagerie.com")

M("other", False, None, None, None, "fr", False,
  "Cold sales prospecting for library shelving, written to one person (no list headers): other, not automated.",
  ("Julien Marquet - Mobilier Bibliothèque", "j.marquet@mobiliers-cdi.example.com"),
  "Rayonnages pour votre CDI",
  """
Bonjour,

Je me permets de vous contacter au sujet de l'aménagement de votre CDI. Notre
entreprise familiale conçoit des rayonnages en bois massif adaptés aux petits
établissements, fabriqués dans le Jura.

Seriez-vous disponible pour un court échange téléphonique la semaine
prochaine ?

Bien cordialement,
Julien Marquet
Chargé d'affaires
""", fmt="alt", ua="ol")

M("other", False, None, "grand-est", None, "fr", False,
  "A retiring librarian sends her farewell and thanks for years of help: nothing to do. Region from ac-reims.fr.",
  ("Marie-Louise Collin", "marie-louise.collin@ac-reims.fr"),
  "Un dernier message avant la retraite",
  """
Madame, Monsieur,

Après trente-huit années passées dans les CDI des Ardennes, je quitte mon
poste à la fin de ce mois. Je voulais, avant de partir, remercier votre
service pour sa patience et sa gentillesse au fil de toutes ces années,
depuis l'époque des disquettes jusqu'à aujourd'hui.

Je vous souhaite à toutes et à tous une bonne continuation.

Avec toute mon amitié,
Marie-Louise Collin
""", fmt="plain", ua="zimbra")

M("other", False, None, None, None, "fr", False,
  "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
  ("André Castagné", "andre.castagne@wanadoo.fr"),
  "Désinscription",
  """
Bonjour,

Je suis retraité depuis l'an dernier et je reçois encore votre lettre
d'information. Pourriez-vous me retirer de votre liste ?

Merci, et bonne continuation.
A. Castagné
""", fmt="plain", ua="orange")

M("other", False, None, None, None, "en", False,
  "English SEO spam.",
  ("Kevin from RankBoost", "kevin@rankboost-seo.example.net"),
  "Quick question about assistance.example.fr",
  """
Hi there,

I was checking assistance.example.fr and noticed it is not ranking on the
first page of Google for several important keywords. We can fix that in 30
days, guaranteed.

Shall I send you a free audit?

Best,
Kevin
""", fmt="alt", ua="none",
  auth="dkim=none; spf=softfail smtp.mailfrom=rankboost-seo.example.net; dmarc=none")

M("other", False, None, None, "ticket_portal", "fr", True,
  "How to attach a photo to an existing ticket on the ticket portal: a how-to question with no category of its own.",
  ("Yvonne Chabrier", "yvonne.chabrier@college-prive-brioude.fr"),
  "Joindre une photo à mon ticket",
  """
Bonjour,

Je suis une novice du portail de tickets, et je n'arrive pas à ajouter une
photo de l'écran à mon ticket déjà ouvert. Où se trouve le bouton ?

Avec mes remerciements pour votre patience,
Yvonne Chabrier
""", fmt="plain", ua="tb")

M("other", False, None, "occitanie", "esidoc", "fr", False,
  "Asks whether an e-sidoc training day will be held in the département: not a support category. Region from ac-montpellier.fr.",
  ("Lucette Bonnet", "lucette.bonnet@ac-montpellier.fr"),
  "Formation e-sidoc en Lozère ?",
  """
Madame, Monsieur,

Plusieurs collègues de Lozère et moi-même aimerions suivre une formation à
e-sidoc, car nous n'en utilisons qu'une petite partie. Une journée est-elle
prévue dans notre département, ou à défaut à Montpellier ?

Avec mes remerciements, veuillez agréer mes sincères salutations.

Lucette Bonnet
""", fmt="qp", ua="zimbra")

M("other", False, None, None, None, "fr", False,
  "GDPR erasure request from a retired gestionnaire: other (human review), not account_creation.",
  ("Renée Boissière", "renee.boissiere@free.fr"),
  "Suppression de mes données personnelles",
  """
Madame, Monsieur,

Retraitée depuis septembre, je souhaite que mes données personnelles
(compte, nom, adresse électronique) soient supprimées de vos fichiers,
conformément au règlement général sur la protection des données.

Je vous remercie de bien vouloir me confirmer cette suppression.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Renée Boissière
""", fmt="plain", ua="tb")

M("other", False, None, "bourgogne-franche-comte", None, "fr", True,
  "Complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-dijon.fr.",
  ("Maurice Gauthier", "maurice.gauthier@ac-dijon.fr"),
  "Toujours sans réponse",
  """
Madame, Monsieur,

Je vous ai écrit il y a maintenant trois semaines et je n'ai reçu aucune
réponse. Je trouve cela fort regrettable de la part d'un service d'assistance.

Je vous saurais gré de bien vouloir enfin me répondre.

M. Gauthier
""", fmt="plain", ua="zimbra")

M("other", False, None, None, None, "fr", False,
  "Invitation to a small-town book fair sent to the desk: unrelated.",
  ("Comité du Salon du livre de Saint-Flour", "salondulivre@saint-flour-lecture.example.org"),
  "Invitation au 12e Salon du livre jeunesse",
  """
Madame, Monsieur,

Le comité a le plaisir de vous convier au 12e Salon du livre jeunesse de
Saint-Flour, qui se tiendra les 15 et 16 mars à la Halle aux bleds. Auteurs,
illustrateurs et libraires seront heureux d'y accueillir les classes de la
région.

Dans l'espoir de vous y rencontrer, veuillez recevoir nos salutations les
plus cordiales.

Le comité d'organisation
""", fmt="html", ua="ol")

M("other", False, None, "nouvelle-aquitaine", None, "fr", False,
  "'Bien reçu, merci' from a phone: nothing to do. Region from ac-bordeaux.fr.",
  ("Guy Lagarde", "guy.lagarde@ac-bordeaux.fr"),
  "Re: [#SUP-018171] Facture en double",
  """
Bien reçu, merci beaucoup.
G. Lagarde

Envoyé de mon iPhone
""", fmt="b64", ua="iphone", reply_to_ticket="SUP-018171")

M("other", False, None, None, None, "fr", True,
  "Fake 'unpaid invoice' from an unknown sender with a link: phishing, not order_billing.",
  ("Service Comptabilite", "compta@factures-fournisseurs.example.net"),
  "Facture impayée n° 2025-0211 - dernier rappel",
  """
Bonjour,

Sauf erreur de notre part, la facture n° 2025-0211 reste impayée. Afin
d'éviter des pénalités de retard, merci de la consulter et de la régler
sans délai :

https://factures-fournisseurs.example.net/voir?id=2025-0211

Service comptabilité
""", fmt="plain", ua="none",
  auth="dkim=none; spf=fail smtp.mailfrom=factures-fournisseurs.example.net; dmarc=fail header.from=factures-fournisseurs.example.net")

M("other", False, None, None, None, "en", False,
  "English: a retired teacher in England looks for a French village school for a pen-pal exchange: wrong address, unrelated.",
  ("Dorothy Fairweather", "dorothy.fairweather@btinternet.example.com"),
  "Pen-pal exchange with a French village school",
  """
Dear Sir or Madam,

I am a retired primary school teacher from Shropshire, now volunteering at
our village school. We should dearly love to set up a pen-pal exchange with
a small French school, ideally in the countryside.

I wonder whether you might be able to put us in touch with one? Please
forgive me if I have written to quite the wrong address.

With warmest wishes,
Dorothy Fairweather
""", fmt="plain", ua="none")

M("other", False, None, "occitanie", None, "fr", False,
  "A personal message sent to the desk by address autocomplete (a recipe for a colleague). Region from ac-toulouse.fr.",
  ("Paulette Fabre", "paulette.fabre@ac-toulouse.fr"),
  "La recette promise",
  """
Chère Simone,

Comme promis, voici la recette du flaune de ma grand-mère : 500 g de
fromage de brebis frais, 4 œufs, 150 g de sucre, un peu d'eau de fleur
d'oranger, et une pâte brisée bien fine. Four à 180 degrés, quarante minutes.

Bises, et à jeudi au club de lecture !
Paulette
""", fmt="plain", ua="zimbra")

M("other", False, None, None, None, "fr", False,
  "French lottery/crypto-style spam.",
  ("Félicitations", "gagnant@loterie-nationale-promo.example.biz"),
  "Vous avez été sélectionné(e) !",
  """
Félicitations !

Votre adresse électronique a été tirée au sort parmi des milliers de
participants. Vous gagnez un panier garni et un bon d'achat de 500 euros.

Pour recevoir votre lot, il suffit de confirmer vos coordonnées sur notre
site sous 48 heures.
""", fmt="html", ua="none",
  auth="dkim=none; spf=fail smtp.mailfrom=loterie-nationale-promo.example.biz; dmarc=none")

M("other", False, "0080749W", "grand-est", "esidoc", "fr", True,
  "Writes to cancel an earlier request: the password came back to her and nothing is asked any more. Mentions a password and gives the UAI, but no action needed.",
  ("Danielle Poncelet", "danielle.poncelet@ac-reims.fr"),
  "Ne tenez pas compte de mon précédent message",
  """
Madame, Monsieur,

Je vous ai écrit ce matin au sujet du mot de passe e-sidoc du collège de
Signy-l'Abbaye (0080749W). Je vous prie de ne pas en tenir compte : le mot de
passe m'est revenu en mémoire au moment même où je cliquais sur « envoyer » !

Toutes mes excuses pour le dérangement, et bonne journée.

Danielle Poncelet
""", fmt="plain", ua="tb")

M("other", False, None, None, "espace_acheteur", "fr", False,
  "Wants to register for the Espace Acheteur presentation webinar, the link fails: other.",
  ("Josette Meunier", "intendance@lycee-pro-decize.fr"),
  "Inscription au webinaire",
  """
Bonjour,

J'ai reçu l'invitation au webinaire de présentation de l'Espace Acheteur du
mardi 25 février, mais le lien d'inscription m'affiche une page d'erreur.
Pourriez-vous m'inscrire directement ? Ce serait bien aimable.

Josette Meunier
""", fmt="alt", ua="ol")


# ---------------------------------------------------------------------------
# Wrapping: headers and MIME structure
# ---------------------------------------------------------------------------
MAILERS = {
    "tb": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "ol": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "zimbra": [("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF122 (Win)/8.8.15_GA_4581)")],
    "iphone": [("X-Mailer", "iPhone Mail (21D61)")],
    "oe": [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "orange": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev38")],
    "android": [],
    "gmail": [],
    "olweb": [],
    "none": [],
}
TZ_NAMES = {1: "CET", -4: "AST"}


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def html_of(text, outlook):
    paras = [p for p in text.strip("\n").split("\n\n")]
    if outlook:
        out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
               '<head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">',
               '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
               '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>',
               '</head><body lang="FR" link="#0563C1"><div class="WordSection1">']
        for p in paras:
            for line in p.split("\n"):
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line, quote=False))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append("</div></body></html>")
    else:
        out = ['<html><head><meta charset="utf-8"></head><body>', '<div dir="ltr">']
        for p in paras:
            out.append("<div>%s</div><div><br></div>" % "<br>\n".join(html.escape(x, quote=False) for x in p.split("\n")))
        out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, charset, cte, text):
    """Return (header lines, body str-or-bytes) for one text part."""
    data = text.encode(charset)
    hdr = ["Content-Type: %s; charset=\"%s\"" % (ctype, charset), "Content-Transfer-Encoding: %s" % cte]
    if cte == "quoted-printable":
        return hdr, qp(data).encode("ascii")
    if cte == "base64":
        return hdr, b64(data).encode("ascii")
    return hdr, data


def body_of(m, rng):
    """MIME content headers and body bytes for a normal mail."""
    fmt, text = m.get("fmt", "plain"), m["body"]
    if fmt == "plain":
        ff = "; format=flowed" if m.get("ua") == "tb" else ""
        return (["Content-Type: text/plain; charset=UTF-8" + ff, "Content-Transfer-Encoding: 8bit"],
                text.encode("utf-8"))
    if fmt == "qp":
        return leaf("text/plain", "utf-8", "quoted-printable", text)
    if fmt == "b64":
        return leaf("text/plain", "UTF-8", "base64", text)
    if fmt == "latin1":
        try:
            return leaf("text/plain", "ISO-8859-1", "8bit", text)
        except UnicodeEncodeError:
            return leaf("text/plain", "windows-1252", "8bit", text)
    if fmt == "html":
        return leaf("text/html", "Windows-1252", "quoted-printable", html_of(text, True))
    if fmt == "alt":
        bnd = "_000_%012X_" % rng.getrandbits(48)
        h1, b1 = leaf("text/plain", "utf-8", "quoted-printable", text)
        h2, b2 = leaf("text/html", "utf-8", "quoted-printable", html_of(text, m.get("ua") in ("ol", "olweb")))
        body = b"".join([
            ("--%s\n" % bnd).encode(), "\n".join(h1).encode(), b"\n\n", b1, b"\n",
            ("--%s\n" % bnd).encode(), "\n".join(h2).encode(), b"\n\n", b2, b"\n",
            ("--%s--\n" % bnd).encode()])
        return ["Content-Type: multipart/alternative;\n boundary=\"%s\"" % bnd], body
    raise ValueError(fmt)


def report_of(m, rng, date_str, ticket_mid):
    bnd = "%X.%d/report" % (rng.getrandbits(40), rng.randint(1700000000, 1799999999))
    h1, b1 = leaf("text/plain", "utf-8", "quoted-printable", m["body"])
    parts = [("--%s\n" % bnd).encode(), "\n".join(h1 + ["Content-Description: Notification"]).encode(),
             b"\n\n", b1, b"\n"]
    if m["kind"] == "bounce":
        d = m["dsn"]
        status = "\n".join([
            "Reporting-MTA: dns; %s" % d["mta"],
            "Arrival-Date: %s" % date_str, "",
            "Final-Recipient: rfc822; %s" % d["rcpt"],
            "Original-Recipient: rfc822;%s" % d["rcpt"],
            "Action: %s" % d.get("action", "failed"),
            "Status: %s" % d["status"],
            "Diagnostic-Code: %s" % d["diag"], ""])
        orig = "\n".join([
            "From: Assistance <%s>" % DESK,
            "To: %s" % d["rcpt"],
            "Subject: %s" % enc_header(d["subj"]),
            "Date: %s" % date_str,
            "Message-ID: %s" % ticket_mid, ""])
        parts += [("--%s\n" % bnd).encode(),
                  b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n",
                  status.encode(), b"\n",
                  ("--%s\n" % bnd).encode(),
                  b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n",
                  orig.encode(), b"\n"]
        rtype = "delivery-status"
    else:
        d = m["mdn"]
        disp = ("manual-action/MDN-sent-manually; displayed" if d["disp"] == "displayed"
                else "automatic-action/MDN-sent-automatically; deleted")
        notif = "\n".join([
            "Reporting-UA: %s; %s" % (d["rcpt"].split("@")[1], "Microsoft Exchange Server" if "ac-" in d["rcpt"] else "Mozilla Thunderbird"),
            "Final-Recipient: rfc822;%s" % d["rcpt"],
            "Original-Message-ID: %s" % ticket_mid,
            "Disposition: %s" % disp, ""])
        parts += [("--%s\n" % bnd).encode(), b"Content-Type: message/disposition-notification\n\n",
                  notif.encode(), b"\n"]
        rtype = "disposition-notification"
    parts.append(("--%s--\n" % bnd).encode())
    return (["Content-Type: multipart/report; report-type=%s;\n boundary=\"%s\"" % (rtype, bnd)],
            b"This is a MIME-encapsulated message.\n\n" + b"".join(parts))


def render(m, rng):
    name, addr = m["frm"]
    dom = addr.split("@")[1].lower()
    tzh = m.get("tz", 1)
    day = rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5])
    hour, minute = rng.randint(7, 18), rng.randint(0, 59)
    if m.get("reply_to_ticket") or m.get("later"):
        day = max(day, 2)  # replies come after the quoted message
    if "when" in m:
        day, hour, minute = m["when"]
    local = dt.datetime(2025, 2, 10, hour, minute, rng.randint(0, 59),
                        tzinfo=dt.timezone(dt.timedelta(hours=tzh))) + dt.timedelta(days=day)
    date_str = format_datetime(local)
    recv = format_datetime(local + dt.timedelta(seconds=rng.randint(2, 40))) + " (%s)" % TZ_NAMES[tzh]
    ticket = m.get("reply_to_ticket") or (re.search(r"SUP-\d{6}", m["subj"]) or [None])[0]
    ticket_mid = "<%s.%d.%06x@assistance.example.fr>" % (
        ticket or "SUP-018100", int(local.timestamp()) - rng.randint(3600, 400000), rng.getrandbits(24))
    ua = m.get("ua", "none")
    if ua in ("ol", "olweb"):
        mid = "<PR%dP264MB%04d%016X@PR%dP264MB%04d.FRAP264.PROD.OUTLOOK.COM>" % (
            rng.randint(0, 3), rng.randint(1000, 9999), rng.getrandbits(64), rng.randint(0, 3), rng.randint(1000, 9999))
        host = "PAUP264CU%03d.outbound.protection.outlook.com" % rng.randint(1, 20)
    elif ua in ("gmail", "android") or dom == "gmail.com":
        mid = "<CA+%s@mail.gmail.com>" % base64.b32encode(rng.getrandbits(160).to_bytes(20, "big")).decode().rstrip("=").lower()
        host = "mail-wr1-f%d.google.com" % rng.randint(40, 70)
    else:
        mid = "<%08x-%04x-%04x-%04x-%012x@%s>" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                                 rng.getrandbits(16), rng.getrandbits(48), dom)
        host = "smtp%d.%s" % (rng.randint(1, 4), dom)
    ip = "203.0.113.%d" % rng.randint(2, 250)
    rp = m.get("rp") or "<%s>" % addr
    if "auth" in m:
        auth = m["auth"].replace("; ", ";\n\t")
    elif rp == "<>":
        auth = "dkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % host
    else:
        auth = ("dkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\t"
                "dmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    lines = [
        "Return-Path: %s" % rp,
        "Delivered-To: %s" % DESK,
        "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %010X\n\tfor <%s>; %s"
        % (host, host, ip, rng.getrandbits(40), DESK, recv),
        "Authentication-Results: mx1.assistance.example.fr;\n\t%s" % auth,
        "From: %s" % formataddr((name, addr), charset="utf-8"),
        "To: %s" % rng.choice([DESK, "Assistance <%s>" % DESK, "support@assistance.example.fr"]),
        "Subject: %s" % enc_header(m["subj"]),
        "Date: %s" % date_str,
        "Message-ID: %s" % mid,
    ]
    if m.get("reply_to_ticket") or m.get("kind") == "mdn":
        lines += ["In-Reply-To: %s" % ticket_mid, "References: %s" % ticket_mid]
    if m.get("reply_to"):
        lines.append("Reply-To: %s" % m["reply_to"])
    if ua == "olweb":
        lines += ["Thread-Topic: %s" % enc_header(m["subj"]),
                  "Thread-Index: %s" % base64.b64encode(rng.getrandbits(176).to_bytes(22, "big")).decode(),
                  "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                  "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
    lines.append("MIME-Version: 1.0")
    lines += ["%s: %s" % kv for kv in MAILERS[ua]]
    lines += ["%s: %s" % kv for kv in m.get("hdrs", [])]
    if m.get("kind") in ("bounce", "mdn"):
        ch, body = report_of(m, rng, date_str, ticket_mid)
    else:
        ch, body = body_of(m, rng)
    lines += ch
    return ("\n".join(lines) + "\n\n").encode("ascii") + body


LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def build(out):
    rng = random.Random(SEED)
    mails = list(MAILS)
    rng.shuffle(mails)
    labels = []
    for i, m in enumerate(mails, 1):
        fname = "h%03d.eml" % i
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(render(m, rng))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
                       "region": m["region"], "platform": m["platform"], "hard": m["hard"],
                       "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


def all_text(msg):
    chunks = ["%s: %s" % (k, v) for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def check(out):
    files = sorted(f for f in os.listdir(out) if f.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150.eml"
    with open(os.path.join(out, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150 and [l["file"] for l in labels] == files
    for lab in labels:
        f = lab["file"]
        assert list(lab) == LABEL_KEYS, f
        with open(os.path.join(out, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] and msg["Message-ID"] and msg["Date"], f
        assert msg["To"].addresses[0].addr_spec == DESK, f
        text = all_text(msg)
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert lab["notes"], f
        sender = parseaddr(str(msg["From"]))[1].lower()
        dom_region = DOMAIN2REGION.get(sender.rsplit("@", 1)[-1])
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), (f, lab["uai"])
            assert lab["uai"] in re.sub(r"\s", "", text.upper()), (f, "UAI not in the mail")
            assert lab["region"] == DEPT2REGION[lab["uai"][:3]], (f, lab["region"])
        else:
            assert lab["region"] == dom_region, (f, lab["region"], dom_region)
        if lab["region"] is not None:
            assert lab["region"] in REGIONS, f
    return labels


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    os.makedirs(out, exist_ok=True)
    assert len(MAILS) == 150, len(MAILS)
    build(out)
    labels = check(out)
    counts = {}
    for lab in labels:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print("wrote 150 mails to", out)
    for cat in sorted(counts):
        print("  %-32s %d" % (cat, counts[cat]))
    print("  auto_reply_ok: %d, hard: %d, en: %d" % (
        sum(l["auto_reply_ok"] for l in labels), sum(l["hard"] for l in labels),
        sum(l["lang"] == "en" for l in labels)))


if __name__ == "__main__":
    main()
