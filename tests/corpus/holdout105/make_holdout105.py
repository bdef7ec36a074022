#!/usr/bin/env python3
"""Build holdout105: 150 hand-written blind test mails with labels.

Theme: Hauts-de-France and Grand Est académies (Lille, Amiens, Nancy-Metz,
Reims, Strasbourg) in January 2025. Long mails that tell the whole story
before the request, some in German or English from border schools and
international sections.

Standard library only, deterministic (random.Random with a fixed seed).
Every mail text below is written by hand; the script only wraps it in
headers and MIME structure.
"""
import base64
import email
import email.policy
import html
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(105105)
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
for _r, _ds in {
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
    for _d in _ds.split():
        DEPT_REGION["0" + _d] = _r
DEPT_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe",
                    "972": "martinique", "973": "guyane",
                    "974": "la-reunion", "976": "mayotte"})
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est",
    "ac-strasbourg.fr": "grand-est", "ac-amiens.fr": "hauts-de-france",
    "ac-lille.fr": "hauts-de-france", "ac-creteil.fr": "ile-de-france",
    "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
    "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and LETTERS[int(code[:7]) % 23] == code[7])


MAILS = []


def A(cat, ok, uai, region, platform, lang, hard, notes, frm, subj, body, **opt):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region, platform=platform,
                      lang=lang, hard=hard, notes=notes, frm=frm, subj=subj,
                      body=body, **opt))

# ---------------------------------------------------------------- password_reset
A("password_reset", True, "0593683H", "hauts-de-france", "esidoc", "fr", False,
  "Long back-from-holidays story before a plain lost e-sidoc password; UAI in the body.",
  ("Sandrine Delattre", "sandrine.delattre@ac-lille.fr"),
  "Mot de passe e-sidoc perdu depuis les vacances",
  """Bonjour,

Je me permets de vous écrire car je suis un peu bloquée depuis la rentrée de
janvier. Avant les vacances de Noël, j'avais commencé à refaire la page
d'accueil de notre portail e-sidoc pour la semaine de la presse, et j'avais
changé le mot de passe du compte d'administration parce que notre ancien
mot de passe circulait un peu trop dans la salle des professeurs.

Évidemment, je l'ai noté sur un post-it qui a disparu pendant le ménage des
vacances. Ce matin j'ai essayé plusieurs combinaisons, sans succès, et je
préfère arrêter avant de bloquer le compte.

Notre établissement : collège Albert Samain à Roubaix, UAI 0593683H.

Pourriez-vous m'envoyer un lien pour réinitialiser le mot de passe ?

Merci beaucoup et bonne année à toute l'équipe,

Sandrine Delattre
Professeure documentaliste
Collège Albert Samain - Roubaix
""", mailer="Thunderbird", day=6, hour=9)

A("password_reset", True, "0804040G", "hauts-de-france", "esidoc", "fr", False,
  "Password expired during the Christmas break; tried the link, old password forgotten; UAI in signature.",
  ("Marc Dufresnoy", "marc.dufresnoy@ac-amiens.fr"),
  "Mot de passe expiré - portail CDI",
  """Bonjour,

Le portail du CDI m'indique depuis lundi que mon mot de passe a expiré et
qu'il faut en choisir un nouveau. Le problème, c'est que pour en définir un
nouveau il me demande l'ancien, que je ne retrouve plus : je ne me suis pas
connecté entre le 20 décembre et le 6 janvier.

J'ai donc cliqué sur "mot de passe oublié" mais je ne sais pas exactement
quelle adresse est associée au compte (peut-être celle de ma collègue partie
en retraite en juin ?).

Pouvez-vous me dire comment faire pour récupérer l'accès à l'administration
de e-sidoc ?

Cordialement,
M. Dufresnoy
Documentaliste, lycée Jules Verne, Amiens
UAI : 0804040G
""", enc="qp", day=8, hour=14)

A("password_reset", True, "0679493E", "grand-est", "esidoc", "de", False,
  "German: librarian of a bilingual section lost the e-sidoc admin password after a colleague left.",
  ("Katharina Vogt", "katharina.vogt@ac-strasbourg.fr"),
  "Passwort für e-sidoc vergessen",
  """Guten Tag,

ich arbeite seit September als Bibliothekarin im CDI unserer Schule in
Straßburg (Abibac-Zweig) und betreue dort gemeinsam mit einer französischen
Kollegin das Portal e-sidoc. Meine Kollegin hat das Administratorkonto
angelegt und ist im Dezember in Elternzeit gegangen. Sie hat mir das
Passwort nie gegeben, und ich kann sie im Moment nicht erreichen.

Ich möchte nun im Januar die Seiten für die deutsch-französische Woche
(22. Januar) vorbereiten und komme nicht mehr ins Back-Office.

Unsere UAI ist 0679493E. Könnten Sie mir bitte einen Link zum Zurücksetzen
des Passworts schicken oder mir sagen, was ich tun muss?

Vielen Dank im Voraus und freundliche Grüße
Katharina Vogt
""", day=9, hour=10)

A("password_reset", True, "0674459H", "grand-est", "esidoc", "en", False,
  "English: British-section librarian locked out of e-sidoc after several attempts; UAI given.",
  ("Rebecca Harding", "rebecca.harding@ac-strasbourg.fr"),
  "Locked out of our library portal admin",
  """Hello,

I'm the librarian for the British International Section at our lycée in
Strasbourg. I look after the English-language shelves and, since last
year, the e-sidoc portal as well.

Over the holidays I tried to log in from home to add our new graded
readers, and after a few wrong tries the site told me the account was
locked. I'm fairly sure I was using the right password, but perhaps the
keyboard layout at home (UK) was playing tricks on me.

The school code is 0674459H. Could you please unlock the account or send
a reset link? I'd rather not wait until the next staff meeting to sort
this out.

Many thanks,
Rebecca Harding
Librarian - British International Section
""", mailer="Apple Mail", day=3, hour=17)

A("password_reset", True, "0514134S", "grand-est", "espace_acheteur", "fr", False,
  "Gestionnaire lost the Espace Acheteur login and password after a handover; UAI in body.",
  ("Pascale Thiébaut", "pascale.thiebaut@ac-reims.fr"),
  "Connexion Espace Acheteur impossible",
  """Bonjour,

Je suis gestionnaire du lycée Roosevelt à Reims depuis le 2 janvier, en
remplacement de M. Lallement qui a pris sa retraite. Il m'a laissé un
classeur très complet, mais la page concernant l'Espace Acheteur indique
seulement "identifiant = code établissement" et un mot de passe barré.

J'ai essayé avec le code 0514134S et le mot de passe noté, sans succès. Je
n'ai pas de message de blocage, simplement "identifiants incorrects".

Nous devons passer rapidement une commande de fournitures sur le marché
régional. Pourriez-vous m'aider à récupérer un mot de passe ?

Merci d'avance,

Pascale Thiébaut
Gestionnaire matériel
Lycée Roosevelt - Reims
""", fmt="alt", enc="qp", mailer="Zimbra", day=7, hour=11)

A("password_reset", True, "0545386L", "grand-est", "esidoc", "fr", False,
  "Account locked after five failed attempts; asks to unlock or get a link.",
  ("Julien Marchal", "julien.marchal@ac-nancy-metz.fr"),
  "Compte bloqué e-sidoc 0545386L",
  """Bonjour,

Suite à plusieurs tentatives de connexion ce matin (cinq, je crois), notre
compte d'administration e-sidoc est bloqué. Message : "compte verrouillé,
réessayez plus tard". J'ai attendu une heure, rien ne change.

Pour être honnête, je crois que le mot de passe a été changé par un
collègue de lettres qui m'a aidé en décembre pour la rubrique "Prix des
lecteurs", et il ne s'en souvient pas non plus.

Est-il possible de débloquer le compte ou de recevoir un lien de
réinitialisation ?

Bien à vous,
Julien Marchal
Collège Jacques Callot, Vandœuvre-lès-Nancy
""", day=13, hour=10)

A("password_reset", True, "0626092K", "hauts-de-france", "esidoc", "fr", False,
  "Secretariat writes from the ce.<UAI> official address and asks for the link on it: the safe path.",
  ("Secrétariat Collège Jean Jaurès", "ce.0626092K@ac-lille.fr"),
  "Réinitialisation mot de passe portail documentaire",
  """Bonjour,

Le secrétariat du collège Jean Jaurès de Lens vous écrit à la demande de
notre professeure documentaliste, Mme Caron, qui est en arrêt jusqu'à la
fin du mois. Sa remplaçante arrive lundi et devra utiliser le portail
e-sidoc du CDI, mais personne ici ne connaît le mot de passe.

Pourriez-vous envoyer le lien de réinitialisation à cette adresse
(adresse officielle de l'établissement) ? Nous le transmettrons à la
remplaçante.

Cordialement,

Le secrétariat
Collège Jean Jaurès - 62300 Lens
""", fmt="html", enc="qp", mailer="Outlook", day=10, hour=15)

A("password_reset", True, "0085728H", "grand-est", "esidoc", "fr", False,
  "Contract librarian who never had the password ('on ne me l'a jamais donné').",
  ("Élodie Gérard", "elodie.gerard@ac-reims.fr"),
  "Premier poste - pas de mot de passe e-sidoc",
  """Bonjour,

Je suis contractuelle et j'ai pris mon poste au CDI du collège Jules Leroux
de Charleville-Mézières le 6 janvier. C'est ma première expérience en
établissement scolaire, donc pardon si la question est naïve.

Le principal adjoint m'a expliqué que le catalogue du CDI est sur e-sidoc
et que je dois en être l'administratrice, mais personne ne connaît le mot
de passe : l'ancienne documentaliste est partie en novembre et n'a rien
laissé. Je ne sais pas non plus quelle adresse mail est enregistrée.

Le numéro de l'établissement est le 0085728H.

Que dois-je faire pour obtenir un accès ?

Merci,
Élodie Gérard
""", day=14, hour=13)

A("password_reset", True, None, "hauts-de-france", "esidoc", "fr", False,
  "Forgotten e-sidoc password, no UAI given; region from the ac-amiens.fr sender.",
  ("Nathalie Boulanger", "nathalie.boulanger3@ac-amiens.fr"),
  "mdp oublié",
  """Bonjour

j'ai oublié le mot de passe du back office e-sidoc de mon CDI (lycée
professionnel à Saint-Quentin). J'ai essayé le lien "mot de passe oublié"
mais je n'ai pas compris ce qu'il fallait mettre dans la case identifiant.
Pouvez vous m'aider ?

merci
N. Boulanger

Envoyé de mon iPhone
""", mailer="iPhone Mail", day=15, hour=7)

A("password_reset", False, None, "grand-est", "esidoc", "fr", True,
  "UAI typed 0572971X: wrong check letter (the digits give 0572971V), so no UAI; region from ac-nancy-metz.fr. Also wants the password sent to a private Gmail address: not automatic.",
  ("Thierry Klein", "thierry.klein@ac-nancy-metz.fr"),
  "Accès admin e-sidoc - envoyer sur mon adresse perso svp",
  """Bonjour,

Je suis le documentaliste du collège de Sarrebourg (UAI 0572971X). Depuis
la migration de notre messagerie académique en décembre, je ne reçois plus
rien sur mon adresse pro quand je suis chez moi, la connexion ne marche
qu'au collège et encore, pas toujours.

Je dois refaire toute la politique documentaire sur e-sidoc pendant les
vacances d'hiver et le compte administrateur me refuse l'accès (mot de
passe oublié, je l'avoue).

Pourriez-vous m'envoyer directement un nouveau mot de passe sur mon
adresse personnelle : thierry.klein57@gmail.com ? Ce serait beaucoup plus
simple pour moi.

Merci d'avance
Thierry Klein
""", day=16, hour=20)

A("password_reset", False, "0103081V", "grand-est", "esidoc", "fr", True,
  "Reply to the automatic reset answer (quoted): the link went to the former librarian's address nobody reads; standard path already failed, a person must take over.",
  ("Céline Royer", "celine.royer@ac-reims.fr"),
  "Re: [#SUP-011842] Mot de passe e-sidoc",
  """Bonjour,

Merci pour votre réponse rapide, mais cela ne fonctionne pas dans notre
cas : le lien est parti vers l'adresse enregistrée, qui est celle de
l'ancienne documentaliste (m.p...@ac-reims.fr). Elle a été mutée à
Nouméa à la rentrée et son adresse académique a été fermée, donc le lien
est perdu.

Quant à l'adresse officielle du collège, le secrétariat me dit ne rien
avoir reçu non plus. Nous sommes au collège Paul Portier de Bar-sur-Seine
(UAI 0103081V).

Comment pouvons-nous faire ? J'aimerais qu'une personne regarde le
dossier, car nous tournons en rond depuis une semaine.

Céline Royer

Le 13/01/2025 à 09:41, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
> votre établissement (m.p****@ac-reims.fr). Ce lien est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", irt=True, day=20, hour=10)

A("password_reset", False, "0609139H", "hauts-de-france", "esidoc", "fr", True,
  "Two topics: lost e-sidoc password (first) and a question about an invoice sent to the wrong service; one template answers only half.",
  ("Bertrand Lefèvre", "bertrand.lefevre@ac-amiens.fr"),
  "Mot de passe + question facture",
  """Bonjour,

Deux choses, désolé de tout mettre dans le même message.

1) Je n'arrive plus à me connecter à l'administration de notre portail
e-sidoc (lycée Félix Faure, Beauvais, UAI 0609139H). Mot de passe oublié
après les congés ; l'option "mot de passe oublié" ne me renvoie rien
d'intelligible.

2) Notre agence comptable a reçu en décembre la facture du renouvellement
de l'abonnement, mais adressée au CDI et pas à l'agent comptable, donc
elle n'a pas pu être mise en paiement. Pouvez-vous la réémettre au bon
destinataire ?

Merci pour votre aide,
B. Lefèvre
Professeur documentaliste
""", day=8, hour=16)

A("password_reset", True, "0575690A", "grand-est", "espace_acheteur", "de", False,
  "German from a Moselle border collège: forgotten Espace Acheteur password, UAI given.",
  ("Sabine Hoffmann", "sabine.hoffmann@ac-nancy-metz.fr"),
  "Espace Acheteur - Passwort vergessen",
  """Sehr geehrte Damen und Herren,

ich bin Gestionnaire an einem Collège in Forbach und schreibe Ihnen lieber
auf Deutsch, weil ich mich so besser ausdrücken kann (ich komme aus dem
Saarland und arbeite seit drei Jahren auf der französischen Seite).

Vor Weihnachten habe ich über das Espace Acheteur eine Bestellung für
unsere Kantine vorbereitet. Jetzt, im Januar, wollte ich sie abschließen,
aber ich habe mein Passwort vergessen. Die Funktion "mot de passe oublié"
habe ich noch nicht ausprobiert, weil ich nicht sicher bin, welche
E-Mail-Adresse hinterlegt ist.

Die UAI unseres Collège lautet 0575690A.

Könnten Sie mir bitte helfen, wieder Zugang zu bekommen?

Mit freundlichen Grüßen
Sabine Hoffmann
""", enc="qp", day=9, hour=8)

A("password_reset", True, "0596706U", "hauts-de-france", "esidoc", "en", False,
  "English: international-section teacher; reset link expired before she could use it.",
  ("Olivia Bennett", "o.bennett@lycee-international-lille.example.fr"),
  "Reset link expired",
  """Dear support team,

I requested a password reset for our school's e-sidoc account on Friday
evening (I help our librarian with the English section of the catalogue,
UAI 0596706U). The email arrived, but I only opened it on Monday morning
and by then the link said it had expired.

Could you send a fresh link, please? I will use it straight away this
time.

Best regards,
Olivia Bennett
English section coordinator
""", fmt="alt", mailer="Outlook", day=13, hour=8)

A("password_reset", True, "0529277B", "grand-est", "esidoc", "fr", False,
  "Second expired reset link; asks for a new one. UAI in body.",
  ("Agnès Collin", "agnes.collin@ac-reims.fr"),
  "Lien de réinitialisation expiré (encore)",
  """Bonjour,

C'est la deuxième fois que je demande un lien pour réinitialiser le mot
de passe de l'administration e-sidoc du collège de Langres (0529277B), et
c'est la deuxième fois qu'il est expiré quand je clique dessus. Il faut
dire que je ne suis au collège que le mardi et le jeudi et que je ne
consulte ma boîte académique que sur place.

Serait-il possible d'en recevoir un nouveau demain matin, jeudi, ou que
le délai de validité soit plus long ?

Merci,
Agnès Collin
""", day=22, hour=18)

A("password_reset", True, "0888223K", "grand-est", "esidoc", "fr", False,
  "Does not know what the 'identifiant' is; UAI only in the signature as 'RNE'.",
  ("Francis Aubry", "francis.aubry@ac-nancy-metz.fr"),
  "Identifiant et mot de passe",
  """Bonjour,

On m'a confié la gestion du portail du CDI pendant le congé de ma collègue
et je bloque dès la page de connexion : je ne sais pas ce qu'il faut mettre
comme identifiant, ni bien sûr le mot de passe. J'ai essayé mon adresse
mail, mon NUMEN (sans conviction), rien.

Pouvez-vous m'indiquer la procédure ? Merci.

Francis Aubry
Professeur d'histoire-géographie
Collège Louis Pergaud
88000 Épinal - RNE 0888223K
""", day=21, hour=12)

A("password_reset", True, "0629614N", "hauts-de-france", "esidoc", "fr", False,
  "Short mobile mail; the UAI is only in the subject line.",
  ("Jérôme Vasseur", "jerome.vasseur62@ac-lille.fr"),
  "0629614N mot de passe esidoc",
  """Bonjour, mot de passe esidoc oublié, pouvez vous me renvoyer un lien svp.
Merci
J. Vasseur (CDI)
""", mailer="Android", enc="b64", day=17, hour=7)

A("password_reset", False, "0603769W", "hauts-de-france", "esidoc", "fr", True,
  "Lost password, but she asks explicitly to be called back by a person, having had bad experiences with automatic mails.",
  ("Véronique Lemaire", "veronique.lemaire@ac-amiens.fr"),
  "Demande de rappel téléphonique - accès e-sidoc",
  """Bonjour,

Je suis professeure documentaliste au lycée Jean Calvin de Noyon (UAI
0603769W). Je n'arrive plus à me connecter à l'administration e-sidoc.

Je vous le dis tout de suite : l'an dernier, j'ai passé trois semaines à
recevoir des mails automatiques qui ne correspondaient pas à ma situation
(nous avons deux adresses différentes enregistrées, je crois, et les liens
partaient je ne sais où). Je préférerais vraiment qu'une personne me
rappelle au CDI, le lundi ou le jeudi entre 10 h et 12 h, au 03 44 00 00 00,
pour que nous regardions ensemble.

Merci de votre compréhension,
Véronique Lemaire
""", day=20, hour=11)

A("password_reset", True, "0026719T", "hauts-de-france", "esidoc", "fr", False,
  "Outlook 'TR:' forward of the reset mail whose link is no longer valid; asks for a new one.",
  ("Hervé Dumont", "herve.dumont@ac-amiens.fr"),
  "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Je vous transfère le mail reçu ce matin : quand je clique sur le lien, la
page indique "ce lien n'est plus valide". Je n'ai pourtant cliqué qu'une
fois, peut-être que l'antivirus du collège ouvre les liens avant moi ?

Pouvez-vous m'en renvoyer un ? Collège Gérard Philipe, Soissons, 0026719T.

Cordialement,
Hervé Dumont

________________________________
De : Ne pas répondre <no-reply@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 08:02
À : DUMONT Herve <herve.dumont@ac-amiens.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe e-sidoc.
Cliquez sur le lien ci-dessous (valable 12 heures) :
https://assistance.example.fr/reset/7f3c9a0e1b

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""", fmt="alt", enc="qp", mailer="Outlook", day=14, hour=9)

A("password_reset", True, None, None, "esidoc", "fr", False,
  "Private school, Gmail sender, no UAI: forgotten e-sidoc password; no region can be told.",
  ("CDI Sainte-Clotilde", "cdi.steclotilde.reims@gmail.com"),
  "Mot de passe oublié portail documentaire",
  """Bonjour,

Nous sommes un établissement privé sous contrat (collège-lycée Sainte-
Clotilde) et notre CDI utilise e-sidoc depuis trois ans. La personne qui
gérait le portail est partie en décembre et nous ne retrouvons plus le mot
de passe d'administration. Nous avons seulement cette adresse Gmail du CDI,
créée par elle.

Est-il possible de le réinitialiser ?

Merci par avance,
Le CDI
""", day=23, hour=14)

A("password_reset", True, "0689763T", "grand-est", "esidoc", "de", False,
  "German, Colmar: password forgotten after the holidays, UAI given.",
  ("Martin Schreiber", "martin.schreiber@ac-strasbourg.fr"),
  "Zugang Back-Office e-sidoc",
  """Hallo,

kurze Frage aus Colmar: Ich betreue das CDI unseres Lycée (UAI 0689763T)
und habe über die Ferien mein Passwort für das e-sidoc Back-Office
vergessen. Ich hatte es im Dezember geändert, weil das System es verlangt
hat, und danach nicht mehr benutzt.

Bitte schicken Sie mir einen Link zum Zurücksetzen, oder erklären Sie mir,
wie ich vorgehen soll.

Danke und viele Grüße
Martin Schreiber
""", day=7, hour=15)

A("password_reset", True, "0552779X", "grand-est", "esidoc", "fr", True,
  "The UAI appears only in the portal URL, in lower case (0552779x.esidoc.fr); the label is the upper-case code.",
  ("Isabelle Perrin", "isabelle.perrin@ac-nancy-metz.fr"),
  "Impossible de me connecter à mon portail",
  """Bonjour,

Je n'arrive plus à accéder à la partie gestion de mon portail
https://0552779x.esidoc.fr depuis la fin des vacances. Mon mot de passe
est refusé. J'ai peut-être activé le verrouillage majuscule, mais même
après vérification, impossible.

Pourriez-vous m'envoyer la marche à suivre ou un lien ? Je dois préparer
l'exposition sur la Grande Guerre pour nos 3e, qui vont à Verdun en
février.

Merci beaucoup,
Isabelle Perrin
CDI - collège de Verdun
""", day=10, hour=13)

A("password_reset", False, "0683715U", "grand-est", "ecoledirecte", "fr", True,
  "Lost EcoleDirecte administration password (explicitly not the daily maintenance password): no reset template exists for this product.",
  ("Philippe Walter", "p.walter@institution-stjoseph-mulhouse.example.fr"),
  "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je suis chef de travaux et référent numérique dans un lycée privé de
Mulhouse (UAI 0683715U). Notre secrétaire de direction, qui était la seule
à avoir le mot de passe du compte administrateur EcoleDirecte, est en
congé maladie depuis Noël, et nous devons ouvrir les comptes des nouveaux
élèves arrivés en janvier.

Je précise : il ne s'agit pas du mot de passe de maintenance du jour pour
les transferts, celui-là on sait le demander. C'est bien le mot de passe
du compte administrateur de l'établissement que nous avons perdu.

Comment procéder ?

Cordialement,
Philippe Walter
""", day=9, hour=9)

A("password_reset", True, None, "grand-est", "ticket_portal", "fr", False,
  "Forgotten password on the ticket portal itself; no UAI, region from ac-reims.fr.",
  ("Laurence Petitjean", "laurence.petitjean@ac-reims.fr"),
  "Accès portail de suivi des demandes",
  """Bonjour,

J'avais créé en novembre un compte sur votre portail de suivi des tickets
pour suivre une demande concernant notre abonnement. Je voulais vérifier
où en est la demande aujourd'hui, mais je ne retrouve plus le mot de
passe de ce portail (pas celui d'e-sidoc, qui lui fonctionne).

Pouvez-vous me le réinitialiser ?

Merci,
Laurence Petitjean
Collège Jean Moulin, Troyes
""", day=27, hour=16)
# ---------------------------------------------------------- missing_noreply_mail
A("missing_noreply_mail", True, "0593714S", "hauts-de-france", "espace_acheteur", "fr", False,
  "Long account of a new gestionnaire's sign-up: the activation mail never came; junk folder checked; no anti-spam product named.",
  ("Aurélie Desmet", "aurelie.desmet@ac-lille.fr"),
  "Pas reçu le mail d'activation - Espace Acheteur",
  """Bonjour,

Je me présente : Aurélie Desmet, adjointe gestionnaire au lycée Gaston
Berger de Lille (UAI 0593714S) depuis le 1er janvier. Ma cheffe de service
m'a demandé de m'inscrire sur l'Espace Acheteur pour reprendre le suivi
des marchés de maintenance, car elle part à la fin du mois.

Mardi dernier j'ai rempli le formulaire d'inscription, la page m'a bien
indiqué qu'un mail d'activation allait m'être envoyé. J'ai attendu la
journée, puis le lendemain, puis j'ai regardé dans les courriers
indésirables, dans tous les dossiers, et même dans la boîte du service
intendance au cas où : rien du tout.

Je n'ai pas voulu recommencer l'inscription de peur de créer un doublon.

Pourriez-vous me renvoyer ce mail ou me dire comment faire ?

Bien cordialement,
Aurélie Desmet
Adjointe gestionnaire - Lycée Gaston Berger
""", mailer="Zimbra", fmt="alt", enc="qp", day=13, hour=10)

A("missing_noreply_mail", True, "0807429R", "hauts-de-france", "esidoc", "fr", False,
  "New-password mail requested three times, never arrives, not in junk; no product named.",
  ("Patrick Leroux", "patrick.leroux@ac-amiens.fr"),
  "Mail nouveau mot de passe jamais reçu",
  """Bonjour,

J'ai demandé trois fois un nouveau mot de passe pour le portail e-sidoc de
notre collège d'Abbeville (0807429R), lundi, mardi et ce matin. À chaque
fois le site affiche "un mail vous a été envoyé", mais je ne reçois rien,
ni dans la boîte de réception ni dans les indésirables.

Les autres mails arrivent normalement. Y a-t-il une adresse d'expédition à
autoriser ?

Merci
Patrick Leroux
""", day=15, hour=9)

A("missing_noreply_mail", True, None, None, "espace_acheteur", "en", False,
  "English; buyer at a European school never gets notifications from the no-reply address; no product named.",
  ("Stefan Lindqvist", "s.lindqvist@eurosch-strasbourg.example.eu"),
  "No notification emails from the buyer platform",
  """Hello,

I handle procurement for our European school in Strasbourg. We joined the
regional purchasing centre in the autumn and everything worked fine at
first: I received an email each time a supplier answered or an order
changed status.

Since the beginning of January, though, I have received nothing at all
from the platform, although I can see in the Espace Acheteur that several
orders have moved on. Our IT colleague checked the spam folder and the
server logs for today and found no trace of incoming messages from you.

Could you check whether the notifications are still being sent, and from
which address, so that we can whitelist it?

Kind regards,
Stefan Lindqvist
Procurement officer
""", fmt="alt", mailer="Outlook", day=16, hour=14)

A("missing_noreply_mail", True, "0574580U", "grand-est", "espace_acheteur", "de", False,
  "German, Forbach: sign-up confirmation mail never arrived; junk folder checked, no product named.",
  ("Jürgen Becker", "juergen.becker@ac-nancy-metz.fr"),
  "Bestätigungsmail nicht erhalten",
  """Guten Tag,

ich habe mich am Montag im Espace Acheteur registriert, um für unser
Lycée (UAI 0574580U) Material für die Werkstätten zu bestellen. Nach der
Registrierung stand auf der Seite, dass ich eine E-Mail zur Bestätigung
bekommen würde.

Diese E-Mail ist bis heute (Donnerstag) nicht angekommen. Ich habe auch
im Spam-Ordner nachgesehen. Andere Nachrichten erhalte ich ganz normal.

Können Sie die Nachricht bitte erneut senden?

Mit freundlichen Grüßen
Jürgen Becker
""", day=16, hour=11)

A("missing_noreply_mail", True, "0514334J", "grand-est", "espace_acheteur", "fr", False,
  "Structure administrator never receives the 'account to validate' notifications; colleagues wait.",
  ("Muriel Hanquet", "muriel.hanquet@ac-reims.fr"),
  "Notifications de comptes à valider",
  """Bonjour,

Je suis administratrice de structure pour la cité scolaire de Vitry-le-
François (UAI 0514334J) sur l'Espace Acheteur. Deux collègues m'ont dit
s'être inscrits la semaine dernière et attendre ma validation, mais je
n'ai reçu aucune notification. J'ai pu les valider en allant directement
dans le menu, mais je voudrais comprendre pourquoi les mails ne m'arrivent
plus (ils arrivaient bien l'an dernier).

Merci de votre retour,
Muriel Hanquet
""", day=21, hour=9)

A("missing_noreply_mail", True, None, "hauts-de-france", "ticket_portal", "fr", False,
  "The ticket portal's confirmation mail (to set a password) never arrived; ac-lille.fr sender.",
  ("Christophe Bauduin", "christophe.bauduin@ac-lille.fr"),
  "Confirmation de compte portail de tickets",
  """Bonjour,

Suite à votre conseil de suivre ma demande sur le portail de tickets, j'y
ai créé un compte hier soir. Le message de confirmation qui doit permettre
de choisir un mot de passe n'est jamais arrivé. J'ai vérifié les spams.

Pourriez-vous le renvoyer ?

Cordialement,
C. Bauduin
""", day=24, hour=8)

A("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
  "Very short message from a personal address: confirmation mail not received since Monday.",
  ("Fred", "fred.lamotte@orange.fr"),
  "pas de mail de confirmation",
  """Bonjour, inscrit lundi sur l'espace acheteur, toujours pas de mail de
confirmation. Que faire ?
Fred Lamotte
""", day=17, hour=19)

A("missing_noreply_mail", False, None, "grand-est", "espace_acheteur", "fr", True,
  "Reply after the junk-folder answer: still nothing after 72 h and the no-reply sender was allowed; asks for the region. The template was already sent: a person must follow up.",
  ("Stéphanie Noël", "stephanie.noel@ac-reims.fr"),
  "RE: [#SUP-011903] Mail d'activation non reçu",
  """Bonjour,

J'ai suivi vos consignes à la lettre : vérification des indésirables,
ajout de l'adresse no-reply à mes contacts de confiance, et notre
informaticien a même vérifié le serveur du lycée. Trois jours plus tard,
toujours aucun mail d'activation.

Comme vous l'indiquiez, pouvez-vous transmettre ma demande à l'équipe
régionale ? Je commence à être pressée, nos commandes de fournitures
doivent partir avant la fin janvier.

Merci,
Stéphanie Noël
Lycée Georges Brière, Reims

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 20 janvier 2025 10:15
À : Stéphanie Noël <stephanie.noel@ac-reims.fr>
Objet : [#SUP-011903] Mail d'activation non reçu

Bonjour,

Vérifiez votre dossier de courriers indésirables et ajoutez l'adresse
d'envoi à vos expéditeurs approuvés. Si le message n'est toujours pas
arrivé sous 48 heures, répondez à ce mail.
""", fmt="alt", enc="qp", mailer="Outlook", irt=True, day=23, hour=15)

A("missing_noreply_mail", True, "0547782R", "grand-est", "espace_acheteur", "fr", True,
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  ("Damien Henry", "damien.henry@ac-nancy-metz.fr"),
  "Aucun mail reçu de la plateforme",
  """Bonjour,

Depuis la migration de l'Espace Acheteur, je ne reçois plus aucun mail
automatique de votre part (ni création de mot de passe, ni alertes). Une
collègue d'un autre collège m'a dit que chez elle c'était à cause de
MailInBlack, mais nous n'avons pas ce logiciel ici : notre messagerie est
celle de l'académie, sans filtrage particulier à ma connaissance.

Collège Louise Michel, Lunéville - UAI 0547782R.

Avez-vous une idée ?

Damien Henry, gestionnaire
""", day=22, hour=10)

A("missing_noreply_mail", True, "0809719E", "hauts-de-france", "espace_acheteur", "fr", False,
  "Sign-up confirmation for the Espace Acheteur never received after the winter break.",
  ("Nadia Cherif", "nadia.cherif@ac-amiens.fr"),
  "Inscription espace acheteur - pas de mail",
  """Bonjour,

Le 19 décembre, juste avant les vacances, je me suis inscrite sur l'Espace
Acheteur pour le collège Amiral Lejeune (UAI 0809719E). Je pensais
retrouver le mail de confirmation à la rentrée, mais il n'y a rien, même
dans le dossier spam.

Merci de me dire si l'inscription a bien été prise en compte et comment
recevoir ce mail.

Bonne journée,
Nadia Cherif
""", day=6, hour=14)

A("missing_noreply_mail", True, "0625109S", "hauts-de-france", "espace_acheteur", "fr", False,
  "New gestionnaire writes from the ce.<UAI> address: no sign-up confirmation; UAI only in the address.",
  ("Intendance", "ce.0625109S@ac-lille.fr"),
  "Confirmation d'inscription non reçue",
  """Bonjour,

Nouvelle gestionnaire au collège depuis janvier, j'ai créé un compte sur
l'Espace Acheteur avec cette adresse (celle de l'établissement) et je n'ai
jamais reçu le mail de confirmation. Rien dans les indésirables.

Merci pour votre aide.

Mme Legrand
Service intendance
""", day=10, hour=11)

A("missing_noreply_mail", True, "0086863S", "grand-est", "esidoc", "fr", False,
  "e-sidoc new-password mail does not come; Ardennes collège.",
  ("Gilles Pierson", "gilles.pierson@ac-reims.fr"),
  "Demande de nouveau mot de passe sans effet",
  """Bonjour,

Je clique sur "Mot de passe oublié" sur notre portail e-sidoc, je saisis
l'identifiant de l'établissement (0086863S), le site confirme l'envoi...
et aucun mail n'arrive, depuis vendredi. J'ai essayé avec Firefox et
Edge, même chose. Les courriers indésirables sont vides.

L'adresse enregistrée est bien la mienne, je l'ai vérifiée l'an dernier.

Merci de regarder,
Gilles Pierson
Collège de Sedan
""", day=20, hour=16)

A("missing_noreply_mail", True, "0675424G", "grand-est", "espace_acheteur", "fr", False,
  "HTML-only Outlook mail; suspects the school's strict mail filter but names no product.",
  ("Caroline Muller", "caroline.muller@ac-strasbourg.fr"),
  "Mails de l'Espace Acheteur introuvables",
  """Bonjour,

Au lycée Marie Curie de Strasbourg (UAI 0675424G), aucun de nous trois
(gestionnaire, adjoint et secrétaire d'intendance) ne reçoit les mails de
l'Espace Acheteur depuis la rentrée. Notre prestataire informatique a
renforcé le filtrage des messages pendant les vacances et je soupçonne
que cela vient de là, mais il ne trouve rien.

Pouvez-vous me donner l'adresse exacte d'envoi pour qu'il l'autorise ?

Avec mes remerciements,
Caroline Muller
Gestionnaire
""", fmt="html", enc="qp", mailer="Outlook", day=8, hour=10)

A("missing_noreply_mail", True, "0681154K", "grand-est", "esidoc", "en", False,
  "English: international-section teacher; the 12-hour customer-account activation mail never came.",
  ("Daniel Okafor", "daniel.okafor@ac-strasbourg.fr"),
  "Activation email for customer account not received",
  """Hello,

I'm coordinating the purchase of new e-book resources for our
international section in Mulhouse (school code 0681154K). I opened the
customer account yesterday to place our first online order. The page
said an activation email would arrive within a few minutes and that the
link would be valid for 12 hours.

Nothing has arrived, 20 hours later. Spam folder checked.

Could you resend it or activate the account?

Thank you,
Daniel Okafor
""", day=28, hour=9)

A("missing_noreply_mail", True, None, "grand-est", "espace_acheteur", "fr", False,
  "Offer-update alerts never received although subscribed; ac-strasbourg.fr sender, no UAI.",
  ("Yves Kieffer", "yves.kieffer@ac-strasbourg.fr"),
  "Alertes sur les offres",
  """Bonjour,

J'ai activé en décembre les alertes pour être prévenu des mises à jour du
marché des équipements numériques. Il y a eu visiblement deux mises à jour
ce mois-ci (je les vois sur le site), mais je n'ai reçu aucune alerte.

Est-ce normal ?

Yves Kieffer
""", day=29, hour=13)

A("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
  "IT department of a département council: no automatic mails at all for their collèges' buyers since January; asks for the sender address.",
  ("Service informatique CD54", "dsi-support@cd54.example.fr"),
  "Mails automatiques bloqués ? adresse expéditrice",
  """Bonjour,

Le service informatique du Département gère la messagerie de plusieurs
collèges de Meurthe-et-Moselle. Depuis début janvier, plusieurs gestionnaires
nous signalent qu'ils ne reçoivent plus aucun mail automatique de
l'Espace Acheteur (création de mot de passe, confirmations).

Nous avons changé de passerelle de messagerie le 2 janvier. Pour vérifier
nos règles, pouvez-vous nous communiquer l'adresse d'expédition et, si
possible, les serveurs d'envoi utilisés ?

Cordialement,
Le support informatique
""", day=14, hour=11)

A("missing_noreply_mail", True, "0107402S", "grand-est", "espace_acheteur", "fr", True,
  "Reads like a password problem, but the password tool works: it is the new-password mail that never arrives.",
  ("Éric Masson", "eric.masson@ac-reims.fr"),
  "Problème mot de passe Espace Acheteur",
  """Bonjour,

J'ai un problème de mot de passe sur l'Espace Acheteur. Enfin, plus
exactement : je sais que je l'ai oublié, j'ai utilisé la fonction prévue,
la page me dit que c'est bon et qu'un lien m'a été envoyé, mais le mail
avec le lien ne vient jamais. J'ai essayé trois fois depuis hier, rien
dans les spams non plus.

Collège Eugène Belgrand, Ervy-le-Châtel, 0107402S.

Merci
Éric Masson
""", day=30, hour=10)

# ------------------------------------------------------------- mailinblack_spam
A("mailinblack_spam", True, "0597488U", "hauts-de-france", "espace_acheteur", "fr", False,
  "MailInBlack named; activation links held in its quarantine; long story.",
  ("Sébastien Vandenbussche", "sebastien.vandenbussche@ac-lille.fr"),
  "Vos mails bloqués par MailInBlack",
  """Bonjour,

Notre lycée (Lycée Kernanec, Marcq-en-Barœul, UAI 0597488U) a été équipé
pendant les vacances de la solution MailInBlack par la Région. Depuis la
rentrée, nous constatons que plusieurs messages n'arrivent plus.

Dans mon cas, j'ai demandé vendredi un lien d'activation pour mon compte
sur l'Espace Acheteur et je ne l'ai jamais reçu. Ce matin, en regardant
l'interface MailInBlack, j'ai vu qu'il y avait trois messages de votre
part en quarantaine, dont deux déjà expirés.

Que faut-il autoriser pour que vos messages passent ?

Merci,
Sébastien Vandenbussche
Gestionnaire
""", day=13, hour=9)

A("mailinblack_spam", True, "0809269R", "hauts-de-france", "espace_acheteur", "fr", False,
  "IT manager asks which senders to allow-list in MailInBlack for the buyers of the lycée.",
  ("Karim Benali", "karim.benali@lycee-montalembert.example.fr"),
  "Liste blanche MailInBlack - expéditeurs à autoriser",
  """Bonjour,

Je suis responsable informatique du lycée (UAI 0809269R). Nous utilisons
MailInBlack et nos collègues de l'intendance me remontent que les
notifications de votre plateforme sont retenues.

Pouvez-vous me donner la liste des adresses et domaines à mettre en liste
blanche, afin que je les autorise pour tout le domaine ?

Cordialement,
Karim Benali
""", mailer="Thunderbird", day=9, hour=14)

A("mailinblack_spam", True, None, "grand-est", "espace_acheteur", "en", False,
  "English; the Mailinblack quarantine holds the password links; no UAI, ac-strasbourg.fr sender.",
  ("Hannah Fischer", "hannah.fischer@ac-strasbourg.fr"),
  "Your emails stuck in Mailinblack quarantine",
  """Hi,

I teach at an international school near Strasbourg and also help with
ordering for our section. When I asked for a new password on the buyer
platform, the email never came; our secretary found it this morning in
the Mailinblack quarantine, together with two older ones.

She released one of them, but the link had already expired. Is there an
address we should allow permanently in Mailinblack?

Thanks a lot,
Hannah
""", day=15, hour=12)

A("mailinblack_spam", True, "0688716E", "grand-est", "espace_acheteur", "de", False,
  "German, Mulhouse: messages held by MailInBlack ('Quarantäne'); asks what to allow.",
  ("Thomas Kessler", "thomas.kessler@ac-strasbourg.fr"),
  "Nachrichten in MailInBlack blockiert",
  """Guten Tag,

unser Collège in Mulhouse (UAI 0688716E) verwendet seit Dezember das
Programm MailInBlack. Seitdem kommen Ihre automatischen Nachrichten nicht
mehr bei uns an. In der Quarantäne von MailInBlack finde ich mehrere
Nachrichten von Ihrer Plattform, unter anderem den Link zur Aktivierung
meines Kontos.

Welche Adresse muss ich freigeben, damit das nicht mehr passiert?

Mit besten Grüßen
Thomas Kessler
""", enc="qp", day=10, hour=10)

A("mailinblack_spam", True, None, None, "espace_acheteur", "fr", False,
  "Product spelled 'mail in black', no accents and typos; non-academic sender.",
  ("jean-luc", "jl.dacquin@laposte.net"),
  "mail in black bloque vos message",
  """bonjour
au college on a mail in black depuis la rentree et je recoit plus vos
message pour l espace acheteur, il faut que je fasse quoi ? le truc me
demande de valider l expediteur mais c est une adresse no reply donc
personne clique
merci
jean luc dacquin
""", day=17, hour=21)

A("mailinblack_spam", False, "0604723H", "hauts-de-france", "espace_acheteur", "fr", True,
  "The sender-authentication challenge is described (the sender must click to prove it is human) without naming MailInBlack: the product is not confirmed, a person should check first.",
  ("Corinne Vermeulen", "corinne.vermeulen@ac-amiens.fr"),
  "Nos collègues ne reçoivent plus vos mails",
  """Bonjour,

Depuis la rentrée de janvier, un nouveau système de protection a été mis
en place sur la messagerie de notre lycée (UAI 0604723H). Quand quelqu'un
nous écrit pour la première fois, il reçoit un message lui demandant de
cliquer sur un lien pour prouver qu'il n'est pas un robot ; sinon son mail
reste bloqué.

Je suppose que vos mails automatiques ne peuvent pas faire cette
manipulation, et c'est pour cela que nous ne recevons plus rien de
l'Espace Acheteur ?

Que faut-il faire ?

Corinne Vermeulen
""", day=20, hour=14)

A("mailinblack_spam", False, "0522225L", "grand-est", "espace_acheteur", "fr", True,
  "Two topics: activation mail held by MailInBlack (main) and an order_billing question about a quote: no single template.",
  ("Luc Faivre", "luc.faivre@ac-reims.fr"),
  "MailInBlack + devis",
  """Bonjour,

Deux questions :

- notre collège de Saint-Dizier (0522225L) utilise MailInBlack, et votre
  mail d'activation est bloqué dans la quarantaine ; je n'ai pas les
  droits pour le libérer. Que dois-je demander à notre informaticien ?

- par ailleurs, nous souhaiterions un devis pour 30 licences
  supplémentaires de la ressource de presse, à joindre à un bon de
  commande avant le 31 janvier.

Merci d'avance,
Luc Faivre, gestionnaire
""", day=21, hour=11)

A("mailinblack_spam", True, None, "grand-est", "espace_acheteur", "fr", False,
  "Clicked 'autoriser' in a MailInBlack notice, but the following mails are still held; ac-nancy-metz.fr, no UAI.",
  ("Anne-Sophie Rollin", "anne-sophie.rollin@ac-nancy-metz.fr"),
  "MailInBlack - autorisation sans effet",
  """Bonjour,

Après avoir reçu le récapitulatif MailInBlack de la journée, j'ai cliqué
sur "autoriser" à côté de votre adresse. Pourtant, le mail de création de
mot de passe que j'ai redemandé ensuite est encore parti en quarantaine.

Dois-je autoriser une autre adresse ou tout le domaine ?

Merci
A.-S. Rollin
""", day=22, hour=9)

A("mailinblack_spam", True, "0571714D", "grand-est", "espace_acheteur", "fr", True,
  "A person forwards the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
  ("Olivier Schmitt", "olivier.schmitt@ac-nancy-metz.fr"),
  "Fwd: Votre rapport de messages en attente",
  """Bonjour,

Je vous transfère le rapport que je reçois chaque matin : vos messages
sont dedans. Je suis au lycée Fabert de Metz (0571714D). Que dois-je faire
pour qu'ils arrivent directement ?

Olivier Schmitt

---------- Forwarded message ---------
De : MailInBlack <noreply@protect.mailinblack.example.com>
Date: mar. 14 janv. 2025 à 07:00
Subject: Votre rapport de messages en attente
To: <olivier.schmitt@ac-nancy-metz.fr>

Vous avez 3 message(s) en attente de validation :

- no-reply@assistance.example.fr - Activation de votre compte
- no-reply@assistance.example.fr - Bienvenue sur l'Espace Acheteur
- newsletter@promo-fournitures.example.com - Soldes d'hiver

[Autoriser] [Bloquer] [Voir le message]
""", mailer="Gmail", day=14, hour=8)

A("mailinblack_spam", True, "0626362D", "hauts-de-france", "espace_acheteur", "fr", False,
  "The Région rolled out MailInBlack in its lycées in January; held notifications; UAI in the signature.",
  ("Valérie Lecomte", "valerie.lecomte@ac-lille.fr"),
  "Messages retenus depuis le déploiement MailInBlack",
  """Bonjour,

La Région a déployé MailInBlack dans les lycées du Pas-de-Calais pendant
les vacances de Noël. Depuis, nous ne recevons plus les messages de
l'Espace Acheteur : ils restent "en attente" et il faut aller les
chercher un par un dans l'interface.

Pourriez-vous nous envoyer la procédure pour autoriser vos envois ?

Merci beaucoup,
Valérie Lecomte
Secrétaire d'intendance
Lycée Robespierre, Arras
UAI 0626362D
""", fmt="alt", enc="qp", mailer="Outlook", day=7, hour=10)

A("mailinblack_spam", True, None, None, None, "fr", False,
  "One line from a phone: blocked by MailInBlack, send the guide. No platform named.",
  ("Marie Lenoir", "marie.lenoir59@gmail.com"),
  "MailInBlack",
  """Bloquée par MailInBlack, pouvez-vous m'envoyer la procédure ? Merci.

Envoyé depuis mon mobile
""", day=18, hour=8)

A("mailinblack_spam", True, "0516240F", "grand-est", "espace_acheteur", "fr", True,
  "Checked the junk folder too, but MailInBlack is named as the cause: mailinblack_spam.",
  ("Romain Pérard", "romain.perard@ac-reims.fr"),
  "Mails non reçus (indésirables vérifiés)",
  """Bonjour,

Je ne reçois pas le mail d'activation de l'Espace Acheteur. J'ai regardé
dans les indésirables : rien. Notre référent informatique pense que c'est
"Mail In Black" qui bloque, car il a vu passer votre adresse dans la
console.

Lycée Jean Talon, Châlons-en-Champagne - UAI 0516240F.

Merci,
Romain Pérard
""", day=23, hour=10)

A("mailinblack_spam", True, "0089571K", "grand-est", "espace_acheteur", "fr", False,
  "MAILINBLACK in capitals; asks whether to allow the domain or the address.",
  ("Sylvie Gobert", "sylvie.gobert@ac-reims.fr"),
  "MAILINBLACK",
  """Bonjour,

Notre collège de Rethel (0089571K) est passé sous MAILINBLACK. Pour
recevoir vos mails, faut-il autoriser le domaine entier ou seulement
l'adresse no-reply ? Le menu propose les deux et je ne veux pas me
tromper.

Cordialement,
Sylvie Gobert
""", day=27, hour=11)
# ------------------------------------------------ head_of_establishment_request
A("head_of_establishment_request", False, "0593417U", "hauts-de-france", "esidoc", "fr", False,
  "The proviseur, from the ce.<UAI> address, asks in writing for an e-sidoc admin reset and a new contact address.",
  ("Proviseur Lycée Baggio", "ce.0593417U@ac-lille.fr"),
  "Demande de réinitialisation - compte administrateur e-sidoc",
  """Madame, Monsieur,

Notre professeur documentaliste, M. Wattiez, a quitté l'établissement le
31 décembre à la suite d'une mutation. Le compte d'administration de
notre portail e-sidoc est toujours rattaché à son adresse personnelle
académique, que nous ne pouvons pas consulter.

En tant que proviseur du lycée (UAI 0593417U), je vous demande par la
présente :
- de réinitialiser le mot de passe du compte administrateur ;
- de remplacer l'adresse de contact par l'adresse de l'établissement,
  ce.0593417U@ac-lille.fr.

Sa remplaçante, Mme Deroo, prendra ensuite la main.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Pierre Hennebelle
Proviseur
Lycée César Baggio - Lille
""", fmt="alt", enc="qp", mailer="Outlook", day=6, hour=8)

A("head_of_establishment_request", False, "0809033J", "hauts-de-france", "espace_acheteur", "fr", False,
  "The principal names a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
  ("Christine Dujardin", "christine.dujardin@ac-amiens.fr"),
  "Changement d'administrateur de structure",
  """Bonjour,

Principale du collège Les Coudriers à Amiens (UAI 0809033J), je vous
informe que Mme Pruvost, gestionnaire et administratrice de notre
structure sur l'Espace Acheteur, a quitté ses fonctions au 1er janvier.

Je désigne à sa place M. Thomas Delaby, nouveau gestionnaire
(thomas.delaby@ac-amiens.fr), et je vous demande de bien vouloir
désactiver l'accès de Mme Pruvost.

Je reste à votre disposition pour toute pièce complémentaire.

Christine Dujardin
Principale
""", day=7, hour=12)

A("head_of_establishment_request", False, "0675549T", "grand-est", "espace_acheteur", "en", False,
  "English; the head of an international lycée names a new structure administrator and asks to remove the former one.",
  ("Dr. Eleanor Price", "eleanor.price@ac-strasbourg.fr"),
  "Change of structure administrator - written request",
  """Dear Sir or Madam,

I am the head of the international lycée in Strasbourg (school code
0675549T). Our bursar, Mr. Hugo Ledoux, who has been the administrator
of our structure on the buyer platform, is leaving us at the end of
January for another post.

I hereby designate Ms. Amélie Steiner, deputy bursar
(amelie.steiner@ac-strasbourg.fr), as our new structure administrator,
and I ask you to close Mr. Ledoux's access once the handover is done.

Please let me know if you need this letter on headed paper with my
signature.

Yours faithfully,
Eleanor Price
Head of School
""", fmt="alt", mailer="Outlook", day=22, hour=17)

A("head_of_establishment_request", False, "0021032L", "hauts-de-france", "esidoc", "fr", False,
  "A primary-school head (directrice d'école) asks to replace the contact address of the e-sidoc admin account with the school's address.",
  ("Directrice école Jean Macé", "ce.0021032L@ac-amiens.fr"),
  "Modification adresse de contact e-sidoc",
  """Bonjour,

Je suis directrice de l'école élémentaire Jean Macé de Laon. Notre
bibliothèque d'école utilise e-sidoc depuis l'an dernier grâce au
regroupement avec le collège de secteur.

Le compte d'administration avait été créé avec l'adresse personnelle de
l'enseignante qui s'en occupait ; elle a pris sa retraite à Noël.
Je vous demande de remplacer l'adresse de contact par celle de l'école
(ce.0021032L@ac-amiens.fr) et de nous envoyer un nouveau mot de passe sur
cette adresse.

Merci beaucoup,
Annie Carpentier
Directrice
""", day=8, hour=17)

A("head_of_establishment_request", False, "0518392V", "grand-est", "esidoc", "fr", True,
  "Reply (Zimbra quote) in which the proviseur gives the written request the desk asked for, after the librarian's first message.",
  ("Bernard Gosset", "bernard.gosset@ac-reims.fr"),
  "Re: [#SUP-011877] Accès administrateur e-sidoc",
  """Bonjour,

Suite à votre message, je vous confirme ma demande : merci de
réinitialiser le mot de passe du compte administrateur e-sidoc du lycée
Pierre Bayen de Châlons (UAI 0518392V). Le lien pourra être envoyé sur
l'adresse de l'établissement.

Cordialement,
Le proviseur, B. Gosset

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Mme Lambert" <helene.lambert@ac-reims.fr>
Envoyé: Jeudi 16 Janvier 2025 11:02:10
Objet: [#SUP-011877] Accès administrateur e-sidoc

Bonjour,

L'adresse utilisée ne correspond pas à celle connue pour votre
établissement. Votre chef d'établissement doit nous faire la demande par
écrit.

Cordialement,
L'équipe d'assistance
""", mailer="Zimbra", irt=True, day=17, hour=7)

A("head_of_establishment_request", False, "0592638X", "hauts-de-france", None, "fr", True,
  "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts to it: probable spoof, for the queue where staff should refuse it. Mentions e-sidoc and the Espace Acheteur, so no single platform.",
  ("Proviseur", "ce.0592638X@ac-lille.fr"),
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée (UAI 0592638X). Suite à un piratage de nos
boîtes académiques, merci de basculer dès aujourd'hui les comptes
administrateur e-sidoc et Espace Acheteur de l'établissement sur
l'adresse proviseur.lycee.nord@gmail.com et d'y envoyer les nouveaux mots
de passe.

C'est urgent, nous avons des commandes bloquées.

Le proviseur
""", auth="fail", reply_to="proviseur.lycee.nord@gmail.com", day=24, hour=22)

A("head_of_establishment_request", False, "0622002P", "hauts-de-france", "esidoc", "fr", True,
  "The librarian sends the head's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check the letter and the sender.",
  ("Laetitia Dubois", "laetitia.dubois@ac-lille.fr"),
  "Courrier de M. le Principal - accès e-sidoc",
  """Bonjour,

Comme convenu avec votre service au téléphone, vous trouverez ci-joint le
courrier signé de M. le Principal du collège Pablo Neruda de Liévin (UAI
0622002P), qui demande la réinitialisation du mot de passe administrateur
de notre portail e-sidoc et l'enregistrement de mon adresse comme adresse
de contact. M. le Principal est en copie de ce message.

Je reste disponible si besoin.

Laetitia Dubois
Professeure documentaliste
""", attach="courrier_principal_esidoc.pdf", cc="Principal <jean-marc.fontaine@ac-lille.fr>", day=15, hour=13)

A("head_of_establishment_request", False, "0542357U", "grand-est", "esidoc", "fr", False,
  "The principal authorises the librarian to validate the renewal order and attaches the bon d'engagement.",
  ("Principal collège Guynemer", "ce.0542357U@ac-nancy-metz.fr"),
  "Autorisation de commande - renouvellement abonnement",
  """Madame, Monsieur,

J'autorise Mme Laure Simonin, professeure documentaliste du collège
Guynemer de Nancy (UAI 0542357U), à valider en ligne la commande de
renouvellement de notre abonnement e-sidoc pour 2025. Vous trouverez
ci-joint le bon d'engagement signé par l'ordonnateur.

Avec mes salutations,
Marc Grandjean
Principal
""", attach="bon_engagement_2025-004.pdf", day=16, hour=9)

A("head_of_establishment_request", False, "0553739R", "grand-est", "espace_acheteur", "fr", False,
  "Written delegation: the head lists who may validate orders for the establishment on the Espace Acheteur.",
  ("Proviseure Lycée Poincaré", "ce.0553739R@ac-nancy-metz.fr"),
  "Délégation de validation des commandes",
  """Bonjour,

Par le présent message, je vous informe qu'à compter du 15 janvier 2025
les personnes suivantes sont habilitées à valider les commandes du lycée
Raymond Poincaré de Bar-le-Duc (UAI 0553739R) sur l'Espace Acheteur :

- M. Nicolas Humbert, gestionnaire ;
- Mme Lina Bertin, adjointe gestionnaire.

Toute autre habilitation antérieure est annulée.

Nadège François
Proviseure
""", fmt="html", mailer="Outlook", day=14, hour=16)

A("head_of_establishment_request", False, None, None, "esidoc", "fr", True,
  "A nursery-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  ("Brigitte Lamarre", "brigitte.lamarre02@gmail.com"),
  "Accord pour le changement de mot de passe",
  """Bonjour,

Je suis la directrice de l'école maternelle des Tilleuls à Chauny. Notre
enseignante responsable de la BCD, Mme Gaillard, vous a écrit la semaine
dernière pour le mot de passe du portail. Je vous donne mon accord pour
que vous le réinitialisiez.

Je vous écris depuis ma boîte personnelle car la boîte de l'école ne
fonctionne pas depuis la coupure de courant de vendredi.

Brigitte Lamarre
""", day=20, hour=19)

A("head_of_establishment_request", False, "0672933Z", "grand-est", "esidoc", "de", True,
  "German: the head of a Franco-German lycée authorises the reset of the e-sidoc admin password and the new contact address, from the ce.<UAI> address.",
  ("Schulleitung", "ce.0672933Z@ac-strasbourg.fr"),
  "Schriftlicher Antrag: Zurücksetzen des e-sidoc Administratorpassworts",
  """Sehr geehrte Damen und Herren,

als Schulleiter des deutsch-französischen Lycée in Straßburg (UAI
0672933Z) bestätige ich Ihnen hiermit schriftlich den Antrag unserer
Bibliothekarin, Frau Weber: Bitte setzen Sie das Passwort des
Administratorkontos unseres e-sidoc Portals zurück und hinterlegen Sie
künftig die offizielle Adresse der Schule (ce.0672933Z@ac-strasbourg.fr)
als Kontaktadresse.

Die frühere Kontaktperson hat die Schule im Dezember verlassen.

Mit freundlichen Grüßen
Dr. Andreas Brandt
Schulleiter / Proviseur
""", enc="qp", day=21, hour=8)

A("head_of_establishment_request", False, "0087864E", "grand-est", "espace_acheteur", "fr", False,
  "The principal asks to remove the departed gestionnaire and to name the deputy as administrator.",
  ("François Lapierre", "francois.lapierre@ac-reims.fr"),
  "Espace Acheteur - départ de notre gestionnaire",
  """Bonjour,

Notre gestionnaire, Mme Colas, a quitté le collège de Givet le 20
décembre. Elle était administratrice de la structure sur l'Espace
Acheteur. En tant que principal du collège (UAI 0087864E), je vous
demande de lui retirer tout accès et de nommer administratrice Mme
Florence Maillard, adjointe, qui assure l'intérim.

Bien cordialement,
François Lapierre
Principal
""", day=9, hour=11)

A("head_of_establishment_request", False, "0886267J", "grand-est", "esidoc", "fr", False,
  "HTML-only Outlook letter: the proviseur asks for a reset so that a departed librarian loses access, link to the school's address.",
  ("Direction Lycée Louis Lapicque", "ce.0886267J@ac-nancy-metz.fr"),
  "Sécurisation du compte e-sidoc",
  """Madame, Monsieur,

Un conflit nous oppose à une ancienne professeure documentaliste qui a
quitté l'établissement en décembre et continue de modifier le portail
e-sidoc du lycée depuis chez elle.

Je vous demande donc, en ma qualité de proviseur du lycée Louis Lapicque
d'Épinal (UAI 0886267J), de réinitialiser sans délai le mot de passe
administrateur et d'envoyer le lien à l'adresse officielle de
l'établissement.

Veuillez agréer mes salutations distinguées.

Le proviseur
Alain Fournier
""", fmt="html", enc="qp", mailer="Outlook", day=28, hour=18)

# ------------------------------------------------------------- account_creation
A("account_creation", True, None, None, "espace_acheteur", "fr", False,
  "New buyer at an établissement asks how to create an account: the sign-up answer fits. Non-academic address, no UAI.",
  ("Laurent Deconinck", "l.deconinck@lycee-sacre-coeur-tourcoing.example.fr"),
  "Création de compte sur l'Espace Acheteur",
  """Bonjour,

Je viens d'être recruté comme économe d'un lycée privé de Tourcoing. Mon
prédécesseur passait les commandes de papier et de produits d'entretien
par la centrale d'achat, et je voudrais continuer.

Comment dois-je faire pour créer mon compte ? Faut-il une invitation ou
puis-je m'inscrire directement ?

Merci,
Laurent Deconinck
""", day=8, hour=10)

A("account_creation", True, "0608047W", "hauts-de-france", "espace_acheteur", "fr", False,
  "Filled the sign-up form, cannot log in: the account waits for the structure administrator (FAQ case).",
  ("Émilie Fontaine", "emilie.fontaine@ac-amiens.fr"),
  "Compte en attente ?",
  """Bonjour,

Je me suis inscrite il y a quatre jours sur l'Espace Acheteur pour le
collège Marcelle Pardé de Compiègne (UAI 0608047W). J'ai bien reçu le mail
de confirmation et j'ai choisi mon mot de passe, mais quand je me connecte
un message indique que mon compte est "en attente de validation".

Qui doit le valider ? Je ne sais pas qui est administrateur chez nous.

Merci,
Émilie Fontaine
""", day=17, hour=10)

A("account_creation", False, "0626870F", "hauts-de-france", "espace_acheteur", "fr", False,
  "Asks who the structure's administrator is: a look-up, so a person answers.",
  ("Bruno Lefranc", "bruno.lefranc@ac-lille.fr"),
  "Qui est administrateur de notre structure ?",
  """Bonjour,

Nous venons de fusionner l'intendance du collège et du lycée de la cité
scolaire de Boulogne-sur-Mer et personne ne sait qui est enregistré comme
administrateur de la structure sur l'Espace Acheteur pour le collège
(UAI 0626870F). Pouvez-vous nous le dire, afin que nous lui demandions
les droits ?

Merci,
Bruno Lefranc
""", day=10, hour=15)

A("account_creation", False, None, None, "espace_acheteur", "en", True,
  "English; a newly opened international school wants a buyer account: a person must check eligibility.",
  ("Michael Turner", "m.turner@ardenne-international.example.org"),
  "Eligibility and account for a new international school",
  """Good afternoon,

We are a small international school that opened in September near
Charleville-Mézières, with about 120 pupils from Belgian, Luxembourgish
and British families. We are in the process of signing an association
contract with the French state, but we do not have a school code yet.

Our bursar would like to know whether we are allowed to use the
purchasing centre, and if so, how to create an account without a school
code.

Thank you for your help,
Michael Turner
Business manager
""", fmt="alt", day=16, hour=15)

A("account_creation", False, "0809033J", "hauts-de-france", "espace_acheteur", "fr", True,
  "The establishment's UAI is not in the list when opening the customer account: per the FAQ, handled by the sales team.",
  ("Thomas Delaby", "thomas.delaby@ac-amiens.fr"),
  "Établissement introuvable à l'inscription",
  """Bonjour,

Nouveau gestionnaire au collège Les Coudriers (Amiens), j'essaie d'ouvrir
notre compte client. Au moment de choisir l'établissement, la liste ne
propose pas notre code UAI 0809033J, alors que le collège existe depuis
1975 ! Je peux seulement choisir "autre", ce qui ne me semble pas juste.

Que faire ?

Thomas Delaby
""", day=23, hour=11)

A("account_creation", True, "0545957G", "grand-est", "espace_acheteur", "fr", True,
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
  ("Hélène Georges", "helene.georges@ac-nancy-metz.fr"),
  "Pas un oubli de mot de passe",
  """Bonjour,

La page de connexion de l'Espace Acheteur me propose "mot de passe
oublié", mais je n'ai pas perdu mon mot de passe : je n'ai tout simplement
jamais eu de compte ! Je suis arrivée au collège Jean Lamour de Nancy
(UAI 0545957G) en janvier et je dois pouvoir consulter les marchés.

Comment créer mon compte ?

Merci,
Hélène Georges
Adjointe gestionnaire
""", day=14, hour=14)

A("account_creation", False, "0523735C", "grand-est", "espace_acheteur", "fr", False,
  "The account works; asks for order-management rights to be opened.",
  ("Pierre-Yves Morel", "pierre-yves.morel@ac-reims.fr"),
  "Droits de commande",
  """Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, mais je ne peux que
consulter les offres. Le bouton "commander" est grisé. Je suis le
nouveau secrétaire général du lycée de Chaumont (0523735C) et je dois
pouvoir passer les commandes de produits d'entretien.

Pouvez-vous ouvrir ces droits ?

P.-Y. Morel
""", day=27, hour=9)

A("account_creation", False, None, "hauts-de-france", "espace_acheteur", "fr", True,
  "Account waiting for validation for three weeks; the structure administrator is on long leave: the region must step in. No UAI; region from ac-lille.fr.",
  ("Manon Delcroix", "manon.delcroix@ac-lille.fr"),
  "Compte en attente depuis trois semaines",
  """Bonjour,

Mon inscription sur l'Espace Acheteur est en attente de validation depuis
le 20 décembre. Renseignement pris, l'administratrice de notre structure
est en congé longue maladie et ne reviendra pas avant avril. Personne
d'autre chez nous n'a les droits.

Il me faut absolument passer une commande de matériel pour les ateliers
de chaudronnerie avant février. Qui peut valider mon compte à sa place ?

Merci d'avance,
Manon Delcroix
Lycée professionnel, Maubeuge
""", day=10, hour=9)

A("account_creation", True, "0108882A", "grand-est", "esidoc", "fr", False,
  "HTML-only Outlook message: new gestionnaire wants to open the customer account before a first online order.",
  ("Sandrine Renard", "sandrine.renard@ac-reims.fr"),
  "Ouverture compte client",
  """Bonjour,

Je souhaite ouvrir un compte client pour le collège de Nogent-sur-Seine
(UAI 0108882A) afin de commander en ligne l'abonnement e-sidoc pour notre
CDI, qui jusqu'ici passait par un bon de commande papier.

Quelle est la démarche ?

Cordialement,
Sandrine Renard
Gestionnaire
""", fmt="html", mailer="Outlook", day=29, hour=14)

# ------------------------------------------------------- subscription_activation
A("subscription_activation", True, "0596755X", "hauts-de-france", "esidoc", "fr", False,
  "Press resource ordered two days ago and not visible yet: within the 72-hour window; long context.",
  ("Caroline Wallart", "caroline.wallart@ac-lille.fr"),
  "Ressource presse commandée non visible",
  """Bonjour,

Nous préparons avec les collègues de lettres un projet "Semaine de la
presse" qui démarre fin janvier, et j'ai convaincu mon gestionnaire de
commander l'abonnement à la ressource de presse en ligne. La commande a
été validée mardi (il y a deux jours).

Ce matin, rien n'apparaît dans la liste des ressources de notre portail.
Faut-il faire quelque chose de notre côté ?

Collège Rabelais, Lambersart - UAI 0596755X.

Merci !
Caroline Wallart
""", day=16, hour=10)

A("subscription_activation", True, "0807194K", "hauts-de-france", "esidoc", "fr", False,
  "Renewed subscription still shown as expired in 'Mes abonnements'; order from yesterday.",
  ("Jean-Michel Caron", "jean-michel.caron@ac-amiens.fr"),
  "Abonnement renouvelé toujours expiré",
  """Bonjour,

Notre abonnement e-sidoc arrivait à échéance le 31 décembre. Notre
gestionnaire a validé le renouvellement hier après-midi, mais dans "Mes
abonnements" il est toujours marqué "expiré" et les élèves ne peuvent
plus accéder au portail depuis chez eux.

Collège Jules Ferry, Péronne, UAI 0807194K.

Merci de votre aide,
J.-M. Caron
""", day=8, hour=9)

A("subscription_activation", True, "0679651B", "grand-est", "esidoc", "en", False,
  "English: how to publish the newly activated Europresse resource on the portal.",
  ("Grace O'Neill", "grace.oneill@ac-strasbourg.fr"),
  "How do we publish Europresse on our portal?",
  """Hello,

Our school (0679651B, Haguenau) has just subscribed to Europresse through
your service, and I can see it listed as "active" in the admin area. But
nothing appears on the public side of our e-sidoc portal, so pupils
cannot use it.

Is there a step I am missing to publish the resource?

Thanks,
Grace O'Neill
Teacher-librarian, international section
""", day=20, hour=13)

A("subscription_activation", False, "0558151L", "grand-est", "esidoc", "fr", True,
  "Ordered twelve days ago and still not active: past the 72-hour rule, a person must look at the order.",
  ("Mathieu Claude", "mathieu.claude@ac-nancy-metz.fr"),
  "Abonnement non activé après 12 jours",
  """Bonjour,

Nous avons commandé l'abonnement à l'encyclopédie en ligne le 6 janvier,
commande validée le jour même par l'intendance (UAI 0558151L, collège
de Commercy). Nous sommes le 18 et la ressource n'est toujours pas
accessible. On m'avait parlé d'un délai de 72 heures.

Pouvez-vous vérifier ce qui bloque ?

Mathieu Claude
""", day=18, hour=10)

A("subscription_activation", True, "0511937D", "grand-est", "esidoc", "fr", True,
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  ("Yann Leclerc", "ce.0511937D@ac-reims.fr"),
  "Mise à disposition de l'abonnement",
  """Bonjour,

En tant que principal du collège Trois Fontaines de Reims, je me permets
de vous demander quand l'abonnement commandé avant-hier sera disponible
pour nos élèves. Les professeurs l'attendent pour la séquence prévue la
semaine prochaine.

Cordialement,
Yann Leclerc
Principal
""", day=9, hour=16)

A("subscription_activation", True, "0022776G", "hauts-de-france", "esidoc", "fr", True,
  "Negation: 'je n'ai pas oublié mon mot de passe', login works; the resource is not published for pupils.",
  ("Virginie Mercier", "virginie.mercier@ac-amiens.fr"),
  "Ressource invisible côté élèves",
  """Bonjour,

Je précise tout de suite : je n'ai pas oublié mon mot de passe, je me
connecte sans problème à l'administration du portail. Mon souci est que
la ressource de presse commandée la semaine dernière apparaît côté
administration mais pas côté élèves.

Lycée Condorcet, Saint-Quentin (0022776G).

Merci,
Virginie Mercier
""", day=22, hour=9)

A("subscription_activation", True, "0678984B", "grand-est", "esidoc", "de", False,
  "German: subscription ordered yesterday, not visible yet.",
  ("Claudia Weiss", "claudia.weiss@ac-strasbourg.fr"),
  "Abonnement noch nicht sichtbar",
  """Guten Tag,

gestern haben wir für unsere Schule (UAI 0678984B, Sélestat) ein
Abonnement für eine Online-Ressource bestellt und bezahlt. Heute ist es
in unserem Portal noch nicht sichtbar.

Muss ich noch etwas tun, oder braucht die Freischaltung einfach etwas
Zeit?

Viele Grüße
Claudia Weiss
""", day=24, hour=10)

A("subscription_activation", True, "0603999W", "hauts-de-france", "esidoc", "fr", False,
  "Short: please activate the subscription, order validated yesterday.",
  ("Arnaud Poulain", "arnaud.poulain@ac-amiens.fr"),
  "Activation abonnement 0603999W",
  """Bonjour,
commande validée hier, merci d'activer l'abonnement dès que possible.
A. Poulain
""", mailer="Android", day=28, hour=8)

A("subscription_activation", True, "0574855T", "grand-est", "esidoc", "fr", False,
  "Active subscription not visible to pupils through the ENT: publication step.",
  ("Nicole Bour", "nicole.bour@ac-nancy-metz.fr"),
  "Accès élèves via l'ENT",
  """Bonjour,

L'encyclopédie est bien active dans notre espace (collège de Thionville,
UAI 0574855T), mais les élèves qui passent par l'ENT Mon Bureau Numérique
ne la voient pas dans la liste des ressources. Est-ce un réglage de
publication à faire de notre côté ?

Merci,
Nicole Bour
""", day=30, hour=11)
# ---------------------------------------------------------------- order_billing
A("order_billing", False, "0590123N", "hauts-de-france", "esidoc", "fr", False,
  "Asks for a formal quote (devis) for the renewal, needed for the bon d'engagement before the budget vote.",
  ("Frédéric Descamps", "frederic.descamps@ac-lille.fr"),
  "Demande de devis - renouvellement 2025",
  """Bonjour,

Notre conseil d'administration vote la décision budgétaire modificative
le 4 février. Pour y inscrire le renouvellement de notre abonnement
e-sidoc et les deux ressources numériques du CDI, l'agent comptable me
demande un devis officiel à joindre au bon d'engagement.

Pourriez-vous nous établir ce devis au nom du lycée Pasteur de Lille (UAI
0590123N) ? Le tarif de l'an dernier était, je crois, de 590 € TTC pour
l'abonnement seul.

Merci d'avance,
Frédéric Descamps
Adjoint gestionnaire
""", fmt="alt", enc="qp", mailer="Zimbra", day=13, hour=14)

A("order_billing", False, "0809446H", "hauts-de-france", "esidoc", "fr", False,
  "Order validated in December, invoice still not on Chorus; the accounting year closes.",
  ("Agent comptable", "ce.0809446H@ac-amiens.fr"),
  "Facture non déposée sur Chorus Pro",
  """Bonjour,

La commande de renouvellement de notre abonnement a été validée le 9
décembre 2024. Nous n'avons toujours pas la facture sur Chorus Pro, et
l'exercice 2024 doit être clôturé très prochainement.

Merci de déposer la facture au plus vite, avec le numéro d'engagement
2024-1187.

L'agence comptable
Lycée de la Baie de Somme, Abbeville
""", day=6, hour=15)

A("order_billing", False, "0684442J", "grand-est", "esidoc", "en", False,
  "English Outlook reply (From:/Sent: quote block) asking to address the invoice to the accounting department.",
  ("Peter Gallagher", "peter.gallagher@ac-strasbourg.fr"),
  "RE: Your order confirmation",
  """Hello,

Thanks for the confirmation. One small thing: could the invoice be made
out to the school's accounting department (Agence comptable, Lycée
international de Colmar, UAI 0684442J) rather than to me personally?
Last year's invoice came back because it had my name on it.

Many thanks,
Peter

From: Assistance <support@assistance.example.fr>
Sent: Monday, January 13, 2025 9:20 AM
To: Peter Gallagher <peter.gallagher@ac-strasbourg.fr>
Subject: Your order confirmation

Hello,

Your order has been registered. An invoice will follow.

Best regards,
The support team
""", fmt="alt", mailer="Outlook", day=14, hour=10)

A("order_billing", False, "0517970L", "grand-est", "espace_acheteur", "fr", False,
  "Saved basket disappeared after the holidays (baskets are kept for a limited time).",
  ("Dominique Jacquet", "dominique.jacquet@ac-reims.fr"),
  "Panier disparu",
  """Bonjour,

J'avais préparé avant les vacances un panier assez long (mobilier pour la
nouvelle salle de permanence, une vingtaine de lignes) sur l'Espace
Acheteur, en attendant le vote du budget. En me connectant ce matin, le
panier est vide.

Est-il possible de le récupérer ? Sinon je devrai tout recommencer.

Lycée Jean Jaurès, Reims, 0517970L.

Dominique Jacquet
""", day=7, hour=9)

A("order_billing", False, "0884855Z", "grand-est", "esidoc", "fr", False,
  "HTML-only Outlook (windows-1252 style euro sign): invoice amount differs from the quote.",
  ("Gestion Collège Saint-Exupéry", "ce.0884855Z@ac-nancy-metz.fr"),
  "Écart entre devis et facture",
  """Bonjour,

Nous avons reçu votre facture n° F2025-00412 d'un montant de 742,80 €,
alors que le devis accepté indiquait 618,00 €. Il semble qu'une ressource
que nous n'avons pas commandée y figure.

Merci de nous adresser une facture rectifiée ou un avoir.

Collège Saint-Exupéry, Saint-Dié-des-Vosges
UAI 0884855Z
""", fmt="html", enc="qp", mailer="Outlook", day=21, hour=14)

A("order_billing", False, "0029585H", "hauts-de-france", "esidoc", "fr", True,
  "Thunderbird-style forward of a payment reminder for an invoice already paid by mandat administratif.",
  ("Josiane Lebrun", "josiane.lebrun@ac-amiens.fr"),
  "Fwd: Relance facture impayée",
  """Bonjour,

Nous recevons la relance ci-dessous alors que la facture a été payée le
18 décembre par mandat administratif (mandat n° 1523). Merci de vérifier
et d'annuler la relance.

Josiane Lebrun, agence comptable
Lycée Henri Martin, Saint-Quentin (0029585H)

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 20 Jan 2025 06:00:00 +0100
De : Comptabilité <compta@assistance.example.fr>
Pour : josiane.lebrun@ac-amiens.fr

Madame, Monsieur,
Sauf erreur de notre part, la facture F2024-03988 reste impayée à ce jour.
""", mailer="Thunderbird", day=20, hour=11)

A("order_billing", False, "0101236P", "grand-est", "esidoc", "fr", False,
  "The bon d'engagement upload fails at order validation; PDF attached.",
  ("Marion Guyot", "marion.guyot@ac-reims.fr"),
  "Bon d'engagement refusé à la validation",
  """Bonjour,

En validant la commande de renouvellement, le site me demande de déposer
le bon d'engagement. Je joins le PDF signé mais j'obtiens "format non
accepté". Le fichier fait 2 Mo et s'ouvre normalement.

Je le joins à ce mail : pouvez-vous le rattacher à la commande ?

Collège de Romilly-sur-Seine, 0101236P
Marion Guyot
""", attach="BE_2025_0007.pdf", day=15, hour=15)

A("order_billing", False, "0681805T", "grand-est", "esidoc", "de", False,
  "German: invoice received twice; asks to cancel the duplicate.",
  ("Ursula Braun", "ursula.braun@ac-strasbourg.fr"),
  "Rechnung doppelt erhalten",
  """Guten Tag,

für unser Abonnement 2025 haben wir die Rechnung zweimal erhalten, mit
zwei verschiedenen Nummern (F2025-00107 und F2025-00131), aber gleichem
Betrag. Bitte stornieren Sie die zweite Rechnung, damit wir nicht doppelt
bezahlen.

Collège in Saint-Louis, UAI 0681805T.

Mit freundlichen Grüßen
Ursula Braun
Gestionnaire
""", day=23, hour=9)

A("order_billing", False, None, None, "esidoc", "fr", False,
  "Private school asks whether it may pay by bank transfer and for bank details; no UAI, non-academic sender.",
  ("Comptabilité Institution Notre-Dame", "compta@nd-valenciennes.example.fr"),
  "Paiement par virement ?",
  """Bonjour,

Établissement privé, nous n'utilisons pas Chorus Pro. Pouvons-nous régler
votre facture d'abonnement e-sidoc par virement bancaire ? Dans ce cas,
merci de nous transmettre un RIB.

Cordialement,
Service comptabilité
""", enc="8bit", day=24, hour=10)

# ----------------------------------------------------------- contract_documents
A("contract_documents", False, "0607331T", "hauts-de-france", "espace_acheteur", "fr", False,
  "Market 2024-017 no longer appears in 'Mes Marchés' since the January update; long context.",
  ("Sophie Delaunay", "sophie.delaunay@ac-amiens.fr"),
  "Marché introuvable dans Mes Marchés",
  """Bonjour,

Nous passons chaque trimestre nos commandes de papier via le marché
régional 2024-017. En voulant préparer la commande de janvier, je ne
retrouve plus ce marché dans "Mes Marchés" : la liste affiche seulement
les marchés de nettoyage et de restauration.

Est-ce lié à la mise à jour du site ? Le marché est-il toujours actif ?
Nous en avons besoin pour les pièces (bordereau de prix).

Lycée Cassini, Clermont (Oise), UAI 0607331T.

Sophie Delaunay
""", day=9, hour=14)

A("contract_documents", False, "0576961G", "grand-est", "espace_acheteur", "fr", False,
  "Amendment no. 3 of a market is missing from the contract documents.",
  ("Francine Thill", "francine.thill@ac-nancy-metz.fr"),
  "Avenant n°3 absent",
  """Bonjour,

Le titulaire du marché de fournitures de bureau nous a annoncé par
courrier un avenant n° 3 (révision des prix au 1er janvier 2025). Dans
les documents du marché sur l'Espace Acheteur, seuls les avenants 1 et 2
sont présents.

Pourriez-vous mettre l'avenant 3 en ligne ? Nous devons vérifier les
nouveaux prix avant de commander.

Lycée de Creutzwald, 0576961G
Francine Thill
""", day=16, hour=11)

A("contract_documents", False, None, "hauts-de-france", "espace_acheteur", "fr", False,
  "CCAP not found for the cleaning-products market; no UAI, region from ac-amiens.fr.",
  ("Guillaume Haquette", "guillaume.haquette@ac-amiens.fr"),
  "CCAP du marché produits d'entretien",
  """Bonjour,

Je cherche le CCAP du marché "produits d'entretien 2024-2027" pour vérifier
les pénalités de retard : notre dernière livraison est arrivée avec trois
semaines de retard. Dans l'onglet documents, il n'y a que l'acte
d'engagement et le bordereau des prix.

Où puis-je le trouver ?

Guillaume Haquette
""", day=22, hour=16)

A("contract_documents", False, "0106842H", "grand-est", "espace_acheteur", "fr", True,
  "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation).",
  ("Karine Thomas", "karine.thomas@ac-reims.fr"),
  "Conventions non visibles sur la nouvelle plateforme",
  """Bonjour,

Sur l'ancienne version, j'avais accès aux conventions d'adhésion de
notre établissement et à celles des groupements. Depuis la nouvelle
plateforme, la rubrique est vide pour moi. Ma collègue, elle, les voit.

Collège de Bar-sur-Aube, 0106842H.

Merci de me dire pourquoi.

Karine Thomas
""", day=24, hour=14)

A("contract_documents", False, "0544963B", "grand-est", "espace_acheteur", "fr", False,
  "The membership convention document opens as an empty file.",
  ("Stéphane Lorrain", "stephane.lorrain@ac-nancy-metz.fr"),
  "Convention d'adhésion vide",
  """Bonjour,

Lorsque j'ouvre la convention d'adhésion de notre lycée (0544963B,
Pont-à-Mousson) depuis l'Espace Acheteur, le PDF est vide : une page
blanche, 0 Ko. J'ai essayé sur deux postes et deux navigateurs.

L'agent comptable en a besoin pour son contrôle.

Stéphane Lorrain
""", day=28, hour=10)

A("contract_documents", False, "0622907Y", "hauts-de-france", "espace_acheteur", "fr", True,
  "Follow-up reply (Gmail quote): the amendment is still missing after the region's answer.",
  ("Aline Caudron", "aline.caudron@ac-lille.fr"),
  "Re: [#SUP-011760] Document du marché manquant",
  """Bonjour,

Une semaine après votre réponse, le document n'est toujours pas
disponible dans l'Espace Acheteur pour notre collège (0622907Y). Vous
m'aviez dit que la région allait le mettre en ligne "sous quelques
jours".

Merci de relancer.

Aline Caudron

Le jeu. 9 janv. 2025 à 14:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Nous avons transmis votre demande à l'équipe régionale, qui va mettre en
> ligne l'annexe financière du marché dans les prochains jours.
> Cordialement,
> L'équipe d'assistance
""", mailer="Gmail", irt=True, day=16, hour=9)

A("contract_documents", False, "0574048R", "grand-est", "espace_acheteur", "en", False,
  "English: a bursar cannot access the framework-agreement documents (technical specifications) for the IT equipment market.",
  ("Andrew Collins", "andrew.collins@ac-nancy-metz.fr"),
  "Cannot open framework agreement documents",
  """Hello,

I am the bursar at the international lycée in Metz (0574048R). We plan
to buy new laptops for the language labs under the regional IT framework
agreement. When I click on the technical specifications (CCTP) and the
price schedule in the buyer space, I get "access denied".

Other documents from the same market open fine. Could you check my
access to these two files?

Regards,
Andrew Collins
""", day=29, hour=15)

# ------------------------------------------------------------ transfer_incident
A("transfer_incident", False, "0594410Y", "hauts-de-france", "ecoledirecte", "fr", False,
  "Long story: last EcoleDirecte transfer is five days old since the server was restarted after the holidays; parents no longer see grades.",
  ("Benoît Lemaître", "b.lemaitre@stjean-douai.example.fr"),
  "Transferts EcoleDirecte arrêtés depuis la rentrée",
  """Bonjour,

Je suis le référent informatique d'un collège privé de Douai (UAI
0594410Y). Pendant les vacances, notre prestataire a redémarré le
serveur de vie scolaire pour des mises à jour Windows. Depuis, les
transferts vers EcoleDirecte ne se font plus : la date du dernier
transfert réussi est le 3 janvier.

Les parents commencent à appeler parce qu'ils ne voient pas les notes du
premier trimestre corrigées, et les professeurs principaux s'inquiètent
avant les conseils de classe.

J'ai relancé le poste plusieurs fois, sans changement. Pourriez-vous
regarder de votre côté ?

Benoît Lemaître
""", day=8, hour=10)

A("transfer_incident", False, "0620988M", "hauts-de-france", "ecoledirecte", "fr", False,
  "Licence to regenerate after the school-management server was replaced.",
  ("Secrétariat Institution Saint-Paul", "secretariat@stpaul-bethune.example.fr"),
  "Nouvelle licence après changement de serveur",
  """Bonjour,

Notre serveur a été remplacé pendant les vacances de Noël. Depuis
l'installation sur la nouvelle machine, le logiciel nous indique que la
licence n'est pas valide pour ce poste. Pourriez-vous régénérer notre
licence ?

UAI : 0620988M

Merci,
Le secrétariat
""", day=7, hour=14)

A("transfer_incident", False, None, None, "ecoledirecte", "fr", True,
  "Asks for 'le mot de passe de maintenance du jour' to reindex the base: transfer_incident, not password_reset.",
  ("Gaëlle Martin", "gaelle.martin@sacrecoeur-amiens.example.fr"),
  "Mot de passe de maintenance",
  """Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ?
Je dois réindexer la base suite au message d'erreur apparu ce matin lors
du transfert vers EcoleDirecte.

Merci,
Gaëlle Martin
Secrétariat de direction
""", day=14, hour=8)

A("transfer_incident", False, None, None, "ecoledirecte", "fr", False,
  "The new antivirus installed over the holidays quarantines the transfer tool, so transfers no longer run.",
  ("Olivier Demarcq", "o.demarcq@lasalle-lille.example.fr"),
  "Antivirus et outil de transfert",
  """Bonjour,

Le nouvel antivirus installé par notre prestataire pendant les vacances
met en quarantaine l'exécutable de l'outil de transfert vers EcoleDirecte
(Charlemagne Outils). Les transferts ne se font donc plus depuis le
6 janvier.

Quels fichiers ou dossiers faut-il exclure de l'analyse ?

Olivier Demarcq
Technicien informatique
""", day=9, hour=11)

A("transfer_incident", False, "0591876U", "hauts-de-france", "ecoledirecte", "fr", False,
  "Replication must be re-initialised after restoring a backup; screenshot attached.",
  ("Hugo Verstraete", "hugo.verstraete@notredame-hazebrouck.example.fr"),
  "Réinitialisation de la réplication",
  """Bonjour,

Suite à une panne de disque le 10 janvier, nous avons restauré la
sauvegarde du 9. Depuis, l'outil de transfert affiche une erreur de
réplication (capture jointe) et plus rien ne remonte sur EcoleDirecte.

Je pense qu'il faut réinitialiser la réplication, mais je préfère avoir
votre accord avant de toucher à quoi que ce soit.

Établissement : UAI 0591876U

Hugo Verstraete
""", attach="erreur_replication.png", day=13, hour=9)

A("transfer_incident", False, "0671145F", "grand-est", "ecoledirecte", "fr", False,
  "New firewall/proxy installed by the diocese: the transfer diagnostic fails at the connection test.",
  ("Michel Zimmermann", "michel.zimmermann@college-stetienne.example.fr"),
  "Diagnostic de transfert en échec (proxy)",
  """Bonjour,

Le service informatique de l'enseignement catholique d'Alsace a installé
un nouveau pare-feu avec proxy dans notre collège (UAI 0671145F) le
2 janvier. Depuis, le diagnostic de l'outil de transfert échoue à
l'étape "test de connexion".

Quels paramètres de proxy faut-il renseigner, et quels ports doivent
être ouverts ?

Michel Zimmermann
""", day=15, hour=14)

A("transfer_incident", False, None, None, "ecoledirecte", "fr", False,
  "HTML-only Outlook: several copies of the transfer program stuck in the task manager; transfers hang.",
  ("Annick Durand", "a.durand@stjoseph-reims.example.fr"),
  "Transferts bloqués - Outils.exe",
  """Bonjour,

Depuis ce matin, les transferts vers EcoleDirecte restent bloqués sur
"en cours". Dans le gestionnaire des tâches, je vois quatre processus
Outils.exe qui tournent en même temps. Dois-je les arrêter ?

Merci de votre retour rapide, les bulletins partent vendredi.

Annick Durand
""", fmt="html", mailer="Outlook", day=21, hour=10)

A("transfer_incident", False, None, None, "ecoledirecte", "fr", False,
  "'Licence expirée' at start-up: licence to regenerate, transfers stopped.",
  ("Pascal Hubert", "pascal.hubert@ensemble-scolaire-metz.example.fr"),
  "Licence expirée",
  """Bonjour,

Au démarrage ce matin, le logiciel affiche "Licence expirée" et les
transferts EcoleDirecte sont arrêtés. Nous avons pourtant renouvelé le
contrat en décembre.

Merci de nous envoyer une licence à jour.

Pascal Hubert
""", day=6, hour=8)

A("transfer_incident", False, None, None, "ecoledirecte", "fr", True,
  "Apple Mail forward of a parent's complaint: grades no longer reach EcoleDirecte. Written by the head of a private school, but not a head-of-establishment request.",
  ("Catherine Lamy", "direction@stmichel-compiegne.example.fr"),
  "Fwd: Notes invisibles",
  """Bonjour,

Je vous transfère le message d'un parent. Effectivement, après
vérification avec notre secrétariat, les notes saisies depuis le
13 janvier ne sont pas sur EcoleDirecte. Pouvez-vous regarder ?

Catherine Lamy
Cheffe d'établissement

Début du message réexpédié :

De: Famille Roussel <roussel.famille@free.fr>
Objet: Notes invisibles
Date: 20 janvier 2025 à 21:14:33 UTC+1
À: direction@stmichel-compiegne.example.fr

Madame,
Depuis une semaine nous ne voyons plus aucune note de notre fils sur
EcoleDirecte alors qu'il nous dit avoir eu plusieurs contrôles.
Cordialement,
M. et Mme Roussel
""", mailer="Apple Mail", day=21, hour=8)

A("transfer_incident", False, "0570834X", "grand-est", "ecoledirecte", "fr", False,
  "After the winter break the daily automatic transfer no longer runs at night; manual transfer works only with the maintenance password.",
  ("Jean-Claude Weber", "jc.weber@lycee-stjoseph-bitche.example.fr"),
  "Transfert automatique de nuit ne se lance plus",
  """Bonjour,

Depuis le 6 janvier, le transfert automatique prévu chaque nuit à 2 h ne
se lance plus. Le matin, je dois lancer le transfert à la main, ce qui
fonctionne, mais je ne serai pas toujours là (je suis seul pour
l'informatique de l'établissement, UAI 0570834X).

La tâche planifiée est toujours présente dans Windows. Avez-vous déjà vu
ce cas ?

Jean-Claude Weber
""", day=17, hour=7)
# ------------------------------------------------------------------------ other
A("other", False, None, None, None, "en", False,
  "English SEO spam.",
  ("Ravi | Growth Team", "ravi.growth@rank-boosters.example.net"),
  "Quick question about assistance.example.fr",
  """Hi there,

I was looking at assistance.example.fr and noticed it is not ranking on
the first page of Google for several important keywords in your sector.
We are a team of certified SEO experts and can get you to the top 3
within 60 days, guaranteed, for a small monthly fee.

Shall I send you a free audit? Just reply "YES".

Cheers,
Ravi
""", day=11, hour=3)

A("other", False, None, None, None, "fr", True,
  "Phishing 'boîte pleine, confirmez votre mot de passe' from a look-alike domain (ac-lille-messagerie.com is not an académie domain): mentions a password but is not password_reset, no region.",
  ("Messagerie académique", "support@ac-lille-messagerie.com"),
  "Votre boîte aux lettres est presque pleine (98 %)",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la
suppression de vos messages, confirmez votre identifiant et votre mot de
passe sous 24 heures en cliquant ci-dessous :

https://ac-lille-messagerie.com/verification

Service messagerie
""", auth="fail", fmt="html", day=12, hour=2)

A("other", False, None, "hauts-de-france", "esidoc", "fr", True,
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-amiens.fr.",
  ("Marc Dufresnoy", "marc.dufresnoy@ac-amiens.fr"),
  "Re: [#SUP-011815] Mot de passe expiré - portail CDI",
  """Bonjour,

C'est parfait, le lien a fonctionné et j'ai pu choisir un nouveau mot de
passe. Merci beaucoup pour votre réactivité !

Bonne journée,
M. Dufresnoy

Le 08/01/2025 à 14:40, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse de l'établissement.
> Cordialement,
> L'équipe d'assistance
""", irt=True, day=9, hour=8)

A("other", False, None, None, None, "fr", False,
  "A parent asks about a school trip's payment: wrong address, unrelated.",
  ("Sabrina Moreau", "sabrina.moreau80@hotmail.fr"),
  "voyage scolaire en Angleterre",
  """Bonjour,

Mon fils est en 4e au collège et doit partir en Angleterre en mars. On
nous a donné un papier pour payer en trois fois mais je ne trouve pas
comment faire sur internet. Est-ce que je peux payer le reste en
espèces ? Je ne sais pas si c'est la bonne adresse, je l'ai trouvée en
bas d'une page du site du collège.

Merci de me répondre,
Sabrina Moreau
""", mailer="Outlook", day=13, hour=20)

A("other", False, None, None, None, "de", False,
  "German: a partner school in Saarland asks about a pupil exchange; unrelated to the services.",
  ("Gabriele Schuster", "g.schuster@gymnasium-saarlouis.example.de"),
  "Schüleraustausch im Frühjahr",
  """Sehr geehrte Damen und Herren,

unser Gymnasium in Saarlouis sucht für das Frühjahr eine französische
Partnerschule in Lothringen für einen einwöchigen Schüleraustausch
(Klasse 9, etwa 20 Schülerinnen und Schüler). Ich habe Ihre Adresse auf
einer Seite über Schulbibliotheken gefunden und hoffe, Sie können mir
einen Ansprechpartner nennen.

Mit freundlichen Grüßen
Gabriele Schuster
Fachbereich Französisch
""", day=15, hour=16)

A("other", False, None, None, None, "fr", False,
  "Unsolicited internship application with a CV.",
  ("Inès Haddad", "ines.haddad.pro@gmail.com"),
  "Candidature stage - Licence pro métiers du livre",
  """Madame, Monsieur,

Étudiante en licence professionnelle métiers du livre à l'IUT de Lille,
je recherche un stage de 12 semaines à partir d'avril. Votre activité
autour des portails documentaires des établissements scolaires
m'intéresse beaucoup.

Vous trouverez mon CV en pièce jointe.

Respectueusement,
Inès Haddad
""", attach="CV_Ines_Haddad.pdf", day=16, hour=18)

A("other", False, None, None, None, "fr", False,
  "Cold sales prospecting for library furniture, written to one person (no list headers): other, not automated.",
  ("Xavier Morin - Mobilier CDI Concept", "x.morin@cdi-concept.example.fr"),
  "Aménagement de vos CDI - catalogue 2025",
  """Bonjour,

Je me permets de vous contacter car nous accompagnons de nombreux
collèges des Hauts-de-France dans le réaménagement de leur CDI (bacs à
BD, assises modulables, espaces "learning centre").

Notre catalogue 2025 vient de sortir, avec une remise de 15 % jusqu'au
28 février. Puis-je vous l'envoyer ou passer vous le présenter ?

Bien à vous,
Xavier Morin
""", day=20, hour=9)

A("other", False, None, None, None, "fr", False,
  "GDPR erasure request from a former librarian: human review, not account_creation.",
  ("Roselyne Bouchez", "roselyne.bouchez@laposte.net"),
  "Suppression de mes données personnelles",
  """Bonjour,

J'ai été professeure documentaliste dans un collège de l'Oise jusqu'en
juin 2024 ; je suis désormais retraitée. Conformément au RGPD, je vous
demande de supprimer toutes les données personnelles me concernant
(nom, adresses mail, historique de demandes).

Merci de me confirmer la suppression.

Roselyne Bouchez
""", day=21, hour=10)

A("other", False, None, None, None, "fr", False,
  "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
  ("Didier Masset", "didier.masset@wanadoo.fr"),
  "désinscription",
  """Bonjour, merci de ne plus m'envoyer votre lettre d'information, j'ai
changé de métier. Le lien en bas de page ne fonctionne pas.
Cordialement
""", day=22, hour=12)

A("other", False, None, "grand-est", None, "fr", True,
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-reims.fr.",
  ("Gérard Pichon", "gerard.pichon@ac-reims.fr"),
  "TROISIÈME RELANCE !!!",
  """Bonjour,

Cela fait maintenant trois fois que je vous écris et je n'ai toujours
AUCUNE réponse. C'est inadmissible pour un service payé avec de l'argent
public. Je vais en informer ma hiérarchie et le rectorat.

G. Pichon
""", day=23, hour=17)

A("other", False, None, None, None, "en", False,
  "English partnership pitch from an edtech start-up, sent as a follow-up quoting her own first mail.",
  ("Laura Jennings", "laura@readsmart.example.io"),
  "Re: Partnership - AI reading companion for school libraries",
  """Hi again,

Just bumping this to the top of your inbox. We'd love to explore an
integration with your library portals, especially with schools in the
Grand Est that run international sections.

Would you have 20 minutes next week?

Laura

On Tue, Jan 7, 2025 at 10:02 AM Laura Jennings <laura@readsmart.example.io> wrote:
> Hello,
> I'm the co-founder of ReadSmart, an AI reading companion that helps
> pupils pick books at the right level. We think it could plug nicely
> into your catalogue. Happy to set up a demo.
> Best,
> Laura
""", mailer="Gmail", day=21, hour=16)

A("other", False, None, "grand-est", None, "fr", False,
  "A teacher asks for teaching resources for the 27 January remembrance day: unrelated to the services. Region from ac-strasbourg.fr.",
  ("Julie Kuntz", "julie.kuntz@ac-strasbourg.fr"),
  "Ressources pour la journée du 27 janvier",
  """Bonjour,

Professeure d'histoire dans un collège du Haut-Rhin, je prépare avec mes
3e une séance pour la journée de la mémoire des génocides, le 27 janvier.
Auriez-vous des ressources (films, témoignages, dossiers pédagogiques) à
me conseiller, éventuellement en lien avec le camp du Struthof ?

Merci beaucoup,
Julie Kuntz
""", day=14, hour=21)

A("other", False, None, "grand-est", None, "fr", False,
  "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-nancy-metz.fr.",
  ("Olivier Schmitt", "olivier.schmitt@ac-nancy-metz.fr"),
  "Re: [#SUP-011921] Vos mails retenus par MailInBlack",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", irt=True, mailer="iPhone Mail", day=15, hour=7)

A("other", False, None, None, None, "fr", True,
  "Fake 'facture impayée' with an attachment from an unknown sender: phishing, not order_billing.",
  ("Service Recouvrement", "recouvrement@factures-pro-en-ligne.example.com"),
  "Facture N°FA-2025-88412 impayée - dernier avis avant poursuites",
  """Madame, Monsieur,

Malgré nos relances, la facture FA-2025-88412 d'un montant de 1 249,00 €
reste impayée. Sans règlement sous 48 heures, le dossier sera transmis à
notre service contentieux.

Consultez la facture jointe pour effectuer le paiement.

Service Recouvrement
""", attach="FA-2025-88412.pdf.zip", auth="fail", day=24, hour=4)

A("other", False, None, "hauts-de-france", "ticket_portal", "fr", False,
  "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own.",
  ("Aurélie Desmet", "aurelie.desmet@ac-lille.fr"),
  "Partager un ticket avec ma collègue",
  """Bonjour,

Sur le portail de suivi des demandes, est-il possible d'ajouter ma
collègue gestionnaire à un ticket que j'ai ouvert, pour qu'elle reçoive
les réponses elle aussi ? Je ne trouve pas l'option.

Merci,
Aurélie Desmet
""", day=27, hour=14)

A("other", False, None, "grand-est", "esignature", "fr", True,
  "The convention to e-sign carries a wrong establishment name; only the document's sender can fix it. About a convention, but not access to contract documents.",
  ("Patricia Rémy", "patricia.remy@ac-nancy-metz.fr"),
  "Erreur dans la convention à signer électroniquement",
  """Bonjour,

J'ai reçu ce matin une convention à signer électroniquement pour notre
adhésion au groupement de commandes. Problème : le nom de l'établissement
est celui du collège voisin, avec notre adresse. Je ne veux pas signer un
document erroné.

Pouvez-vous faire corriger le document ?

Patricia Rémy
""", day=28, hour=11)

A("other", False, None, None, None, "en", True,
  "English phishing dressed as an e-signature request (fake sender domain, failing SPF/DMARC): other, and no platform since it is not the real product.",
  ("eSign Documents", "no-reply@esign-docs-secure.example.top"),
  "Document ready for signature: Purchasing_Agreement_2025.pdf",
  """You have received a document to review and sign.

Purchasing_Agreement_2025.pdf
Sender: Procurement Department

REVIEW DOCUMENT: https://esign-docs-secure.example.top/d/9f2a

This link will expire in 24 hours.
""", auth="fail", fmt="html", day=29, hour=5)

A("other", False, None, None, "espace_acheteur", "fr", False,
  "Wants to register for a webinar about the Espace Acheteur; the link fails: other.",
  ("Hélène Wattel", "helene.wattel@mairie-arras.example.fr"),
  "Inscription au webinaire du 4 février",
  """Bonjour,

Je souhaite m'inscrire au webinaire de présentation de l'Espace Acheteur
du 4 février, mais le lien de la lettre d'information renvoie une erreur
404. Pouvez-vous m'inscrire directement ?

Hélène Wattel
Service achats
""", day=30, hour=15)
# -------------------------------------------------------------------- automated
AUTO_REPLIED = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

A("automated", False, None, "hauts-de-france", None, "fr", False,
  "Exchange-style out-of-office in French with Auto-Submitted, replying to a ticket; region from the ac-lille.fr sender.",
  ("Sandrine Delattre", "sandrine.delattre@ac-lille.fr"),
  "Réponse automatique : [#SUP-011799] Mot de passe e-sidoc perdu depuis les vacances",
  """Bonjour,

Je suis absente du CDI jusqu'au lundi 13 janvier inclus (sortie
pédagogique au Louvre-Lens puis formation). Vos messages seront traités à
mon retour.

Cordialement,
Sandrine Delattre
""", extra=AUTO_REPLIED, irt=True, mailer="Outlook", day=9, hour=10)

A("automated", False, None, None, None, "en", False,
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  ("Michael Turner", "m.turner@ardenne-international.example.org"),
  "Re: Eligibility and account for a new international school",
  """Thank you for your email. I am away on a school trip to Luxembourg
until 24 January with limited access to email. For urgent matters please
contact our office on office@ardenne-international.example.org.

Michael
""", extra=[("Auto-Submitted", "auto-replied")], irt=True, day=17, hour=9)

A("automated", False, None, "grand-est", None, "de", False,
  "German Zimbra vacation reply ('Abwesenheitsnotiz') from an ac-strasbourg.fr address; region from the sender domain.",
  ("Katharina Vogt", "katharina.vogt@ac-strasbourg.fr"),
  "Abwesenheitsnotiz: [#SUP-011850] Passwort für e-sidoc vergessen",
  """Vielen Dank für Ihre Nachricht.

Ich bin vom 10. bis 17. Januar mit einer Klasse auf Austausch in
Freiburg und lese meine E-Mails nur unregelmäßig. Ab dem 20. Januar bin
ich wieder im CDI erreichbar.

Katharina Vogt
""", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], irt=True,
  mailer="Zimbra", day=10, hour=11)

A("automated", False, None, None, None, "en", False,
  "Postfix bounce (multipart/report delivery-status, original headers attached), null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mx.stjean-douai.example.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.stjean-douai.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<informatique@stjean-douai.example.fr>: host mx.stjean-douai.example.fr
    said: 550 5.1.1 <informatique@stjean-douai.example.fr>: Recipient address
    rejected: User unknown in virtual mailbox table
""", kind="dsn", rcpt="informatique@stjean-douai.example.fr",
  status="5.1.1", rp="<>", extra=[("Auto-Submitted", "auto-replied")], day=8, hour=11)

A("automated", False, None, None, None, "fr", False,
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@cd54.example.fr"),
  "Non remis : [#SUP-011874] Mails automatiques bloqués ? adresse expéditrice",
  """Votre message n'a pas pu être remis à dsi-support@cd54.example.fr.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter
de messages pour l'instant. Réessayez d'envoyer le message plus tard ou
contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de rapport : DB9PR02MB7083.eurprd02.prod.outlook.com
Remote Server returned '554 5.2.2 mailbox full'
""", kind="dsn", rcpt="dsi-support@cd54.example.fr", status="5.2.2", rp="<>",
  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  day=14, hour=15)

A("automated", False, None, None, None, "en", False,
  "Gmail 'Delivery Status Notification (Failure)': multipart/report.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to cdi.steclotilde.reims@gmail.com because
the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", kind="dsn", rcpt="cdi.steclotilde.reims@gmail.com", status="5.1.1",
  rp="<>", day=24, hour=9)

A("automated", False, None, "hauts-de-france", None, "fr", False,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-amiens.fr.",
  ("Christine Dujardin", "christine.dujardin@ac-amiens.fr"),
  "Lu : [#SUP-011836] Changement d'administrateur de structure",
  """Votre message

  À : Christine Dujardin
  Objet : [#SUP-011836] Changement d'administrateur de structure
  Envoyé : mercredi 8 janvier 2025 10:12:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 8 janvier 2025 11:03:05 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", kind="mdn", mailer="Outlook", day=8, hour=11)

A("automated", False, None, "grand-est", None, "en", False,
  "Thunderbird return receipt in English, multipart/report disposition-notification; region from ac-strasbourg.fr.",
  ("Grace O'Neill", "grace.oneill@ac-strasbourg.fr"),
  "Return Receipt (displayed) - [#SUP-011905] How do we publish Europresse on our portal?",
  """This is a Return Receipt for the mail that you sent to
grace.oneill@ac-strasbourg.fr.

Note: This Return Receipt only acknowledges that the message was
displayed on the recipient's computer. There is no guarantee that the
recipient has read or understood the message contents.
""", kind="mdn", mailer="Thunderbird", day=21, hour=8)

A("automated", False, None, None, "espace_acheteur", "fr", False,
  "Marketing newsletter of the purchasing centre: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
  ("Centrale d'achat - Actualités", "newsletter@actualites.espace-acheteur.example.fr"),
  "Janvier : les nouveaux marchés 2025 de l'Espace Acheteur",
  """Lettre d'information - janvier 2025

Bonne année ! Voici les marchés qui ouvrent ce mois-ci :
- fournitures scolaires et papier (lot 1 à 4) ;
- équipement des ateliers des lycées professionnels ;
- denrées alimentaires bio pour la restauration.

Retrouvez-les dans "Mes Marchés".

Vous recevez ce message car vous êtes inscrit à la lettre d'information.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8120/c33d
""", extra=[("List-Id", "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>"),
            ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/8120/c33d>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")],
  fmt="alt", enc="qp", day=6, hour=9)

A("automated", False, None, None, "espace_acheteur", "fr", False,
  "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur s'est inscrit pour la structure LYCEE PROFESSIONNEL
PIERRE ET MARIE CURIE - AULNOYE-AYMERIES et attend votre validation.

Connectez-vous à l'Espace Acheteur pour valider ou refuser ce compte.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", extra=[("Auto-Submitted", "auto-generated")], rp="<bounces@espace-acheteur.example.fr>",
  day=10, hour=7)

A("automated", False, None, None, "ticket_portal", "fr", False,
  "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
  ("Portail de suivi", "notifications@tickets.example.fr"),
  "[Ticket #48211] Mise à jour : licence à régénérer (Institution Saint-Paul)",
  """Le ticket #48211 a été mis à jour par l'équipe éditeur.

Statut : En cours -> Résolu
Commentaire : La nouvelle licence a été générée et envoyée à
l'établissement.

Consulter le ticket : https://tickets.example.fr/t/48211
""", extra=[("Auto-Submitted", "auto-generated")], day=8, hour=16)

A("automated", False, None, None, None, "fr", True,
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  ("Laurent Deconinck", "l.deconinck@lycee-sacre-coeur-tourcoing.example.fr"),
  "Absence",
  """Bonjour,

Je suis absent jusqu'au 20 janvier. En cas d'urgence, merci de contacter
le secrétariat au 03 20 00 00 00.

Ceci est une réponse automatique.

L. Deconinck
""", day=9, hour=8)

A("automated", False, None, "grand-est", None, "fr", False,
  "Académie webmail (Zimbra) vacation reply; region from the ac-reims.fr sender domain.",
  ("Pierre-Yves Morel", "pierre-yves.morel@ac-reims.fr"),
  "Absence du bureau",
  """Bonjour,

Je suis en formation au rectorat jusqu'au vendredi 31 janvier. Pour toute
question relative à l'intendance, merci d'écrire au secrétariat.

P.-Y. Morel
""", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], irt=True,
  mailer="Zimbra", day=28, hour=9)

A("automated", False, None, None, None, "en", False,
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  ("noreply-dmarc-support", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 8302771941157622031",
  """This is an aggregate report from google.com.
""", kind="dmarc", day=19, hour=1)

A("automated", False, None, None, "esignature", "fr", True,
  "E-signature 'completed' notification for a convention: no Auto-Submitted nor Precedence; the no-reply sender and the wording show it is automatic.",
  ("Signature électronique", "ne-pas-repondre@signature.example.fr"),
  "Document signé : Convention d'adhésion 2025 - Collège Jean Lamour",
  """Bonjour,

Tous les signataires ont signé le document "Convention d'adhésion 2025 -
Collège Jean Lamour". Vous pouvez le télécharger pendant 30 jours depuis
le lien ci-dessous.

https://signature.example.fr/doc/2f8a71

Ceci est un message automatique, merci de ne pas y répondre.
""", fmt="alt", day=22, hour=14)

A("automated", False, None, None, None, "en", False,
  "Delay warning from a relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.stpaul-bethune.example.fr"),
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.stpaul-bethune.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.
""", kind="dsn", rcpt="secretariat@stpaul-bethune.example.fr", status="4.4.1",
  action="delayed", rp="<>", extra=[("Auto-Submitted", "auto-replied")], day=7, hour=20)

A("automated", False, None, "hauts-de-france", "esidoc", "fr", True,
  "A librarian's real question about e-sidoc, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from ac-lille.fr.",
  ("Florence Leclercq", "florence.leclercq@ac-lille.fr"),
  "[docs-lille] Import des notices dans e-sidoc ?",
  """Bonjour à toutes et à tous,

Quelqu'un a-t-il réussi à importer des notices depuis un fichier Excel
dans e-sidoc depuis la dernière mise à jour ? Chez moi l'import plante à
50 %. Et au passage, j'ai dû réinitialiser mon mot de passe hier, le
lien est arrivé en 2 minutes, pour info.

Merci pour vos retours,
Florence, collège de Tourcoing
--
Liste de diffusion des professeurs documentalistes de l'académie de Lille
Se désabonner : docs-lille-unsubscribe@listes.ac-lille.fr
""", extra=[("List-Id", "Documentalistes académie de Lille <docs-lille.listes.ac-lille.fr>"),
            ("List-Post", "<mailto:docs-lille@listes.ac-lille.fr>"),
            ("Precedence", "list")],
  to="docs-lille@listes.ac-lille.fr", day=15, hour=13)

A("automated", False, None, "grand-est", None, "fr", True,
  "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from ac-nancy-metz.fr.",
  ("Assistance académique Nancy-Metz", "assistance-no-reply@ac-nancy-metz.fr"),
  "[DSI-2025-004417] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro DSI-2025-004417.
Elle sera traitée par nos services dans les meilleurs délais.

Merci de ne pas répondre à ce message.

Plateforme d'assistance de l'académie de Nancy-Metz
""", extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-nancy-metz.fr"),
            ("Precedence", "auto_reply")], irt=True, day=16, hour=10)

A("automated", False, "0623311M", "hauts-de-france", None, "fr", True,
  "Out-of-office of a collège's official mailbox (ce.<UAI> address) that mentions e-sidoc and passwords; Auto-Submitted is present. The UAI comes from the address.",
  ("Collège Jean Moulin - Secrétariat", "ce.0623311M@ac-lille.fr"),
  "Réponse automatique : [#SUP-011933] Mot de passe portail",
  """Bonjour,

Le secrétariat est fermé pendant les vacances scolaires. Pour les
questions concernant le portail e-sidoc du CDI ou les mots de passe de
l'ENT, merci de vous adresser à la documentaliste à la reprise.

Réouverture le lundi 6 janvier à 8 h.

Le secrétariat
""", extra=AUTO_REPLIED, irt=True, mailer="Outlook", day=3, hour=10)

A("automated", False, None, None, None, "en", True,
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mail.ensemble-scolaire-metz.example.fr"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pascal.hubert@ensemble-scolaire-metz.example.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: pascal.hubert@ensemble-scolaire-metz.example.fr
Subject: [#SUP-011799] Licence expirée
""", rp="<>", day=11, hour=6)

A("automated", False, None, "hauts-de-france", None, "fr", False,
  "Académie newsletter (Lettre du numérique) with List-Id and Precedence: bulk; region from the ac-amiens.fr sender.",
  ("DRANE Amiens - La lettre du numérique", "lettre-numerique@ac-amiens.fr"),
  "La lettre du numérique éducatif - janvier 2025",
  """La lettre du numérique éducatif - n° 42 - janvier 2025

Au sommaire :
- Les Rencontres du numérique le 12 février à Amiens ;
- Semaine de la presse et des médias : inscriptions ouvertes ;
- Tutoriel : publier une ressource sur le portail du CDI.

Vous recevez cette lettre en tant que personnel de l'académie.
""", extra=[("List-Id", "Lettre du numerique <lettre-numerique.ac-amiens.fr>"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:sympa@listes.ac-amiens.fr?subject=unsubscribe%20lettre-numerique>")],
  fmt="html", enc="qp", day=20, hour=7)


# =================================================================== builder
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MAILERS = {
    "Thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "Outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "Zimbra": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)")],
    "Apple Mail": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "iPhone Mail": [("X-Mailer", "iPhone Mail (22C152)")],
    "Android": [("X-Mailer", "Outlook for Android")],
    "Gmail": [],
}


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def date_hdr(day, hour):
    import datetime
    minute, sec = RNG.randint(0, 59), RNG.randint(0, 59)
    d = datetime.date(2025, 1, day)
    return "%s, %02d %s 2025 %02d:%02d:%02d +0100" % (
        DAYS[d.weekday()], day, MONTHS[0], hour, minute, sec)


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def text_part(body, subtype, enc):
    raw = body.encode("utf-8")
    if enc == "qp":
        data = quopri.encodestring(raw).decode("ascii")
        cte = "quoted-printable"
    elif enc == "b64":
        data = base64.encodebytes(raw).decode("ascii")
        cte = "base64"
    else:
        data = body
        cte = "8bit"
        try:
            body.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            pass
    if not data.endswith("\n"):
        data += "\n"
    return ("Content-Type: text/%s; charset=\"utf-8\"\nContent-Transfer-Encoding: %s\n\n%s"
            % (subtype, cte, data))


def to_html(body):
    paras = [p for p in body.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
                       + "<br>\n".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def boundary():
    return "----=_Part_%s" % hexid(20)


def attachment_part(name):
    if name.endswith(".png"):
        ctype = "image/png"
        payload = b"\x89PNG\r\n\x1a\n" + bytes(RNG.randrange(256) for _ in range(180))
    elif name.endswith(".zip"):
        ctype = "application/zip"
        payload = b"PK\x03\x04" + bytes(RNG.randrange(256) for _ in range(200))
    else:
        ctype = "application/pdf"
        payload = (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                   + bytes(RNG.randrange(256) for _ in range(240)) + b"\n%%EOF\n")
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (
                ctype, name, name, base64.encodebytes(payload).decode("ascii")))


def multipart(subtype, parts, extra_ct=""):
    b = boundary()
    head = "Content-Type: multipart/%s;%s boundary=\"%s\"\n\n" % (subtype, extra_ct, b)
    body = "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += "--%s\n%s\n" % (b, p.rstrip("\n"))
    body += "--%s--\n" % b
    return head + body


def dmarc_zip():
    import io
    import zipfile
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback><report_metadata>"
           "<org_name>google.com</org_name><report_id>8302771941157622031</report_id>"
           "</report_metadata><policy_published><domain>assistance.example.fr</domain>"
           "<p>none</p></policy_published><record><row><source_ip>192.0.2.10</source_ip>"
           "<count>42</count></row></record></feedback>\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("google.com!assistance.example.fr!1737158400!1737244799.xml",
                               date_time=(2025, 1, 19, 0, 0, 0))
        z.writestr(info, xml)
    return buf.getvalue()


def build(m):
    name, addr = m["frm"]
    dom = addr.split("@", 1)[1].lower()
    day, hour = m.get("day", RNG.randint(6, 31)), m.get("hour", RNG.randint(8, 18))
    date = date_hdr(day, hour)
    auth = m.get("auth", "pass")
    ip = "%d.%d.%d.%d" % (RNG.choice([192, 198, 203]), RNG.choice([0, 51]),
                          RNG.choice([2, 100, 113]), RNG.randint(2, 250))
    h = []
    h.append(("Return-Path", m.get("rp", "<%s>" % addr)))
    h.append(("Delivered-To", SUPPORT))
    h.append(("Received", "from smtp%d.%s (smtp.%s [%s])\n\tby mx1.assistance.example.fr (Postfix) "
              "with ESMTPS id %s\n\tfor <%s>; %s (CET)" % (RNG.randint(1, 6), dom, dom, ip,
                                                         hexid(12).upper(), SUPPORT, date)))
    if auth == "fail":
        ar = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
              "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom))
    else:
        ar = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
              "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s"
              % (dom, dom, dom))
    h.append(("Authentication-Results", ar))
    h.append(("From", formataddr((name, addr), charset="utf-8")))
    h.append(("To", m.get("to", "Assistance <%s>" % SUPPORT) if RNG.random() < 0.6 or "to" in m
              else SUPPORT))
    if m.get("cc"):
        h.append(("Cc", m["cc"]))
    if m.get("reply_to"):
        h.append(("Reply-To", m["reply_to"]))
    h.append(("Subject", enc_header(m["subj"])))
    h.append(("Date", date))
    mailer = m.get("mailer")
    if mailer == "Outlook":
        mid = "<%s@%s.PROD.OUTLOOK.COM>" % (hexid(32).upper(), "PR" + hexid(6).upper())
    elif mailer == "Zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6),
                                                  RNG.randint(10**12, 10**13), dom)
    elif mailer == "Gmail" or dom in ("gmail.com", "googlemail.com"):
        mid = "<CA+%s@mail.gmail.com>" % hexid(40)
    else:
        mid = "<%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(12), dom)
    h.append(("Message-ID", mid))
    if m.get("irt"):
        import re
        num = re.search(r"SUP-(\d+)", m["subj"])
        ref = "<SUP-%s.17%s.%s@assistance.example.fr>" % (
            num.group(1) if num else "0118%02d" % RNG.randint(0, 99), RNG.randint(36000000, 38000000), hexid(6))
        h.append(("In-Reply-To", ref))
        h.append(("References", ref))
    h.append(("MIME-Version", "1.0"))
    for k, v in MAILERS.get(mailer, []):
        h.append((k, v))
    if mailer == "Outlook":
        h.append(("Thread-Index", base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()))
        h.append(("Content-Language", "fr-FR" if m["lang"] == "fr" else ("de-DE" if m["lang"] == "de" else "en-GB")))
    for k, v in m.get("extra", []):
        h.append((k, v))

    body = m["body"]
    kind = m.get("kind")
    fmt = m.get("fmt", "plain")
    enc = m.get("enc", "qp" if fmt in ("html", "alt") else "8bit")
    if kind == "dsn":
        rcpt = m["rcpt"]
        status = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
                  "Action: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\n" % (
                      dom, date, rcpt, m.get("action", "failed"), m["status"],
                      "%s mailbox unavailable" % m["status"]))
        orig = ("From: Assistance <%s>\nTo: %s\nSubject: [#SUP-0118%02d] Votre demande\n"
                "Date: %s\nMessage-ID: <SUP-0118%02d.%s@assistance.example.fr>\n" % (
                    SUPPORT, rcpt, RNG.randint(0, 99), date, RNG.randint(0, 99), hexid(8)))
        content = multipart("report", [
            text_part(body, "plain", "8bit"),
            "Content-Type: message/delivery-status\n\n" + status,
            "Content-Type: text/rfc822-headers\n\n" + orig,
        ], " report-type=delivery-status;")
    elif kind == "mdn":
        disp = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: "
                "<SUP-0118%02d.%s@assistance.example.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n"
                % (dom, addr, RNG.randint(0, 99), hexid(8)))
        content = multipart("report", [
            text_part(body, "plain", "qp" if m["lang"] == "fr" else "8bit"),
            "Content-Type: message/disposition-notification\n\n" + disp,
        ], " report-type=disposition-notification;")
    elif kind == "dmarc":
        z = dmarc_zip()
        fname = "google.com!assistance.example.fr!1737158400!1737244799.zip"
        content = multipart("mixed", [
            text_part(body, "plain", "8bit"),
            "Content-Type: application/zip; name=\"%s\"\nContent-Disposition: attachment; "
            "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s" % (
                fname, fname, base64.encodebytes(z).decode("ascii")),
        ])
    else:
        if fmt == "plain":
            content = text_part(body, "plain", enc)
        elif fmt == "html":
            content = text_part(to_html(body), "html", enc)
        else:
            content = multipart("alternative", [text_part(body, "plain", enc),
                                                text_part(to_html(body), "html", enc)])
        if m.get("attach"):
            content = multipart("mixed", [content, attachment_part(m["attach"])])
    head = "".join("%s: %s\n" % (k, v) for k, v in h)
    return (head + content).encode("utf-8")


def region_for(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    return DOMAIN_REGION.get(sender.split("@", 1)[1].lower())


def main():
    mails = list(MAILS)
    RNG.shuffle(mails)
    labels = []
    for i, m in enumerate(mails, 1):
        fname = "h%03d.eml" % i
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(build(m))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    emls = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    assert len(emls) == 150, len(emls)
    assert len(labels) == 150, len(labels)
    assert [lab["file"] for lab in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    assert sorted(lab["file"] for lab in labels) == emls
    for lab in labels:
        assert list(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab["file"]
        assert msg["To"], lab["file"]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        sender = msg["From"].addresses[0].addr_spec
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en", "de"), lab
        assert lab["notes"], lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower().encode() in raw.lower() or lab["uai"] in msg.get_body(
                ("plain", "html")).get_content(), lab
        assert lab["region"] == region_for(lab["uai"], sender), (lab, sender)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
    return labels


if __name__ == "__main__":
    main()
    import collections
    labs = check()
    print(collections.Counter(x["category"] for x in labs))
    print("auto_reply_ok:", sum(x["auto_reply_ok"] for x in labs),
          "hard:", sum(x["hard"] for x in labs),
          "langs:", collections.Counter(x["lang"] for x in labs))
