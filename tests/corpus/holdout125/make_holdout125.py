#!/usr/bin/env python3
"""Build holdout125: 150 hand-written support mails and their labels.

Theme: Auvergne-Rhone-Alpes, mid-January 2025, a cold-weather week (snow,
black ice, school closures, people working from home), with the usual
password, missing-mail, billing and contract traffic.

Standard library only, deterministic (fixed seed). Every mail text below is
written by hand; the script only wraps each one in realistic headers.
Run:  python3 make_holdout125.py   (writes h001.eml .. h150.eml + labels.jsonl
next to this script, then re-reads everything and checks it).
"""
import base64
import datetime
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20250115)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def U(digits):
    """A valid UAI from its 7 digits (check letter computed as regions.md says)."""
    return digits + LETTERS[int(digits) % 23]


def BAD(digits):
    """The same digits with a deliberately wrong check letter (a typo)."""
    return digits + LETTERS[(int(digits) + 7) % 23]


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
DEPT_REGION = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _r
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

A = "auvergne-rhone-alpes"
ES, EA, ED, TP, SG = "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"

MAILS = []


def E(cat, ok, uai, region, platform, name, addr, subject, body, notes, **kw):
    """Record one hand-written mail with its label.

    kw: lang, hard, fmt (plain|qp|b64|html|alt|latin1|cp1252|raw), client,
    hdrs (extra headers), day, auth, mime (for fmt=raw), to, return_path,
    reply_to.
    """
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region, platform=platform,
                      name=name, addr=addr, subject=subject, body=body,
                      notes=notes, **kw))

# ---------------------------------------------------------------- password_reset
u = U("0430987")
E("password_reset", True, u, A, ES, "Nathalie Roux", "nathalie.roux@ac-clermont.fr",
  "Accès e-sidoc impossible depuis la maison",
  f"""Bonjour,

Notre collège est fermé depuis lundi à cause du verglas (les cars ne
montent plus sur le plateau) et je voulais avancer sur le désherbage du
fonds depuis chez moi. Problème : le mot de passe de l'administration
e-sidoc ne passe plus. Je crois que je l'avais enregistré dans le
navigateur du CDI et je ne l'ai jamais su par coeur.

Notre identifiant est {u}. Pouvez-vous m'aider à le réinitialiser ?

Merci d'avance et bon courage avec ce froid,

Nathalie Roux
Professeure documentaliste
Collège Jules Vallès, Yssingeaux
""", "College closed by black ice; librarian at home never knew the e-sidoc admin password by heart. Standard reset path.")

u = U("0380456")
E("password_reset", True, u, A, EA, "Pascal Giraud", "pascal.giraud38@gmail.com",
  "identifiant espace acheteur",
  f"""Bonjour

je suis gestionnaire au lycée Ferdinand Buisson de Voiron (UAI {u}). Je vous
écris de ma boite perso car le webmail académique rame depuis chez moi.

Je dois passer une commande de fournitures avant la fin du mois et je ne
retrouve plus ni mon identifiant ni mon mot de passe pour l'Espace Acheteur.
C'est ma collègue partie en retraite qui avait tout créé.

Que dois-je faire ?
Pascal Giraud
""", "Lost Espace Acheteur login and password, writes from a personal Gmail; UAI in the body. The reset goes to the address on file, which fits.", client="gmail")

E("password_reset", True, None, A, ES, "Sophie Maret", "sophie.maret@ac-clermont.fr",
  "Compte bloqué",
  """Bonjour,
Mon compte e-sidoc est bloqué après plusieurs essais (clavier qwerty sur
l'ordi familial, je pense que c'est ça...). Pouvez-vous le débloquer ou
m'envoyer un lien pour changer le mot de passe ?
Merci,
S. Maret, CDI
""", "Account locked after failed attempts; no UAI, region from the ac-clermont.fr sender.", client="zimbra")

u = U("0693321")
E("password_reset", True, u, A, ES, "Emily Carter", "emily.carter@ac-lyon.fr",
  "Forgotten password - library portal",
  f"""Hello,

I am the English-speaking librarian at the Cité scolaire internationale in
Lyon (school code {u}). I have been asked to update the library portal while
the school is closed for the cold weather, but I have forgotten the
administrator password and the "forgotten password" page does not seem to
accept my e-mail address.

Could you please tell me how to get a new one?

Kind regards,
Emily Carter
Librarian, CSI Lyon
""", "English; forgotten e-sidoc admin password, UAI given. The standard reset path applies.", lang="en", client="tb")

u = U("0150789")
E("password_reset", True, u, A, ES, "Bernard Vidal", "bernard.vidal@ac-clermont.fr",
  f"Lien expiré - {u}",
  f"""Bonjour,

Vendredi j'ai demandé un nouveau mot de passe pour e-sidoc, le mail est bien
arrivé sur la boîte de l'établissement. Mais le collège a été fermé lundi et
mardi (neige, routes coupées vers Riom-ès-Montagnes) et quand j'ai enfin
cliqué ce matin, le lien était expiré.

Pourriez-vous m'en renvoyer un ?

Cordialement
Bernard Vidal
Documentaliste - Collège du Haut-Cantal
RNE : {u}
""", "Reset link expired during the snow closure; asks for a new one. UAI in the subject and signature.")

u = U("0730612")
E("password_reset", False, u, A, ES, "Julie Perrier", "julie.perrier73@orange.fr",
  "mot de passe e-sidoc à envoyer sur mon adresse perso SVP",
  f"""Bonjour,

Je suis documentaliste au collège de Bourg-Saint-Maurice ({u}). Le collège
est fermé jusqu'à jeudi au moins, et je n'ai pas accès à la messagerie de
l'établissement depuis chez moi (il faut le VPN et il ne marche pas).

Est-ce que vous pouvez m'envoyer directement le mot de passe, ou le lien de
réinitialisation, sur cette adresse orange ? C'est assez urgent, je dois
publier des ressources pour les élèves qui sont à la maison.

Merci
Julie Perrier
""", "Lost password but explicitly asks for the link on a personal address not on file: the safe automatic path cannot give her what she asks; a person must explain.", hard=True, client="orange")

u = U("0420876")
E("password_reset", False, u, A, ES, "Karima Benali", "karima.benali@ac-lyon.fr",
  "RE: [#SUP-007713] Mot de passe e-sidoc",
  f"""Bonjour,

Merci pour la réponse, mais le lien est parti sur ce.{u}@ac-lyon.fr et le
secrétariat est fermé toute la semaine (le collège est fermé, chauffage en
panne avec le froid). Personne ne peut lire cette boîte avant lundi prochain.

Est-ce qu'une personne peut me rappeler ? Je suis joignable au 06 71 42 18 90.

Karima Benali
Documentaliste, collège Jean Rostand, Roanne

Le 14/01/2025 à 09:02, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement (ce.0***@ac-lyon.fr). Il est valable 12 heures.
> Cordialement,
> L'équipe d'assistance
""", "Reply after the automatic reset answer: the link went to the official mailbox nobody can read this week. The standard path already failed; a person must take over.", hard=True, client="tb",
  hdrs=[("In-Reply-To", "<SUP-007713.1736841720.a1c9e2@assistance.example.fr>"),
        ("References", "<SUP-007713.1736841720.a1c9e2@assistance.example.fr>")])

u = U("0260412")
E("password_reset", True, u, A, ES, "Hélène Chapuis", "helene.chapuis@ac-grenoble.fr",
  "Mot de passe expiré",
  f"""Bonjour,

e-sidoc me dit que mon mot de passe a expiré et qu'il faut le changer, mais
il me demande l'ancien, que j'ai évidemment oublié entre-temps.

Lycée Émile Loubet, Valence, UAI {u}.

Bonne journée,
Hélène Chapuis
""", "Expired password and the old one forgotten; standard reset.", client="tb")

bad = BAD("0381734")
E("password_reset", True, None, A, ES, "Olivier Faure", "olivier.faure@ac-grenoble.fr",
  "Identifiant / mot de passe",
  f"""Bonjour,

je n'arrive plus à me connecter à l'interface de gestion de notre portail
documentaire. Identifiant : {bad}. J'ai essayé trois mots de passe différents.
Pouvez-vous me renvoyer un accès ?

Olivier Faure
Collège Le Grésivaudan, Saint-Ismier
""", f"The code {bad} has a wrong check letter, so no UAI; region from ac-grenoble.fr. Otherwise a plain lost password.", hard=True, client="zimbra")

u = U("0740321")
E("password_reset", True, u, A, ES, "Marion Duclos", "marion.duclos@ac-grenoble.fr",
  "Nouvelle documentaliste - pas de mot de passe",
  f"""Bonjour,

Je remplace depuis le 6 janvier la documentaliste du collège Les Aravis à
Thônes (UAI {u}), en congé jusqu'en juin. Personne ne m'a transmis le mot de
passe du back-office e-sidoc et je ne connais pas l'adresse mail qui est
enregistrée chez vous.

Comment puis-je obtenir un accès ?

Merci beaucoup,
Marion Duclos
""", "Replacement librarian who never had the password nor the address on file: the FAQ reset path (official address, else head's request) answers it.")

E("password_reset", True, None, None, EA, "Intendance Lycée Saint-Marc", "intendance@lycee-saintmarc-lyon.fr",
  "Connexion Espace Acheteur",
  """Bonjour,

Nous partageons la même adresse (intendance@) à trois personnes et nous ne
savons plus quel identifiant a été utilisé pour créer le compte sur
l'Espace Acheteur, ni le mot de passe.

Pouvez-vous nous dire comment récupérer l'accès ?

Service intendance
Lycée privé Saint-Marc - Lyon 2e
""", "Shared mailbox, login unknown on the Espace Acheteur: FAQ reset case. Private school domain, no UAI: no region.", client="outlook", fmt="alt")

u = U("0421566")
E("password_reset", False, u, A, ES, "Agnès Fayolle", "agnes.fayolle@ac-lyon.fr",
  "Mot de passe + facture",
  f"""Bonjour,

Deux questions :
1) je n'ai plus le mot de passe administrateur de notre e-sidoc (collège
   Pierre et Marie Curie, Saint-Étienne, {u}) ;
2) notre gestionnaire me demande où en est la facture de l'abonnement 2025,
   elle ne la trouve pas sur Chorus.

Merci pour votre aide,
Agnès Fayolle
""", "Two topics: lost password (first) and an invoice missing on Chorus (order_billing). A single template would answer half.", hard=True, client="tb")

u = U("0632514")
E("password_reset", True, u, A, ES, "Manon T", "manon.t63@gmail.com",
  "mdp",
  f"""mdp esidoc oublié, rne {u}. merci
Envoyé de mon téléphone
""", "One-line mobile request, base64 body; UAI given.", fmt="b64", client="android")

E("password_reset", True, None, A, ES, "Christophe Bard", "christophe.bard@ac-lyon.fr",
  "Je n'arrive pas à me connecter",
  """Bonjour,

Depuis le changement de mot de passe imposé en décembre, je n'arrive pas à
me connecter au portail e-sidoc : "identifiant ou mot de passe incorrect".
Je suis pourtant sûr de l'identifiant. J'ai dû me tromper en tapant le
nouveau mot de passe.

Pouvez-vous me le réinitialiser ?

Christophe Bard, documentaliste
""", "Password typed wrong after a forced change; no UAI, region from ac-lyon.fr.", client="outlook", fmt="html")

u = U("0011589")
E("password_reset", True, u, A, ES, "David Moreau", "d.moreau@ain-numerique.fr",
  "Admin password for school library portal",
  f"""Hi,

I look after IT for several schools in the Ain for the county council. The
librarian at Collège Lalande in Bourg-en-Bresse (code {u}) has lost the
admin password for the library portal and she is off while the school is
shut for the snow. What is the procedure to reset it?

Thanks,
David Moreau
""", "English, from a county-council IT contractor; lost e-sidoc admin password, UAI given. The reset goes to the address on file, so the standard path is safe.", lang="en", client="outlook", fmt="alt")

u = U("0691876")
E("password_reset", False, u, A, ED, "Secrétariat Collège Saint-Joseph", "secretariat@stjoseph-tarare.fr",
  "Mot de passe administrateur EcoleDirecte perdu",
  f"""Bonjour,

Nous avons perdu le mot de passe administrateur d'EcoleDirecte (pas celui de
maintenance, celui du compte administrateur). L'ancienne secrétaire est
partie en décembre sans le transmettre.

Établissement : Collège Saint-Joseph, Tarare - {u}.

Merci de nous recontacter,
Le secrétariat
""", "Lost EcoleDirecte administrator password (explicitly not the maintenance one): password_reset, but no reset template for this product.", hard=True, client="outlook", fmt="alt")

u = U("0381238")
E("password_reset", False, u, A, ES, "Françoise Lacroix", "francoise.lacroix@ac-grenoble.fr",
  "Je voudrais parler à quelqu'un",
  f"""Bonjour,

C'est la quatrième fois que je demande un nouveau mot de passe pour e-sidoc
(collège Champollion, {u}). J'ai reçu trois liens, aucun ne fonctionne :
la page affiche "jeton invalide". Je ne veux pas d'un énième message
automatique, je voudrais qu'une personne regarde mon compte.

Merci de me rappeler au collège ou sur mon portable : 06 22 81 47 35.

F. Lacroix
""", "Reset links repeatedly fail and she explicitly asks for a person: no automatic answer.", client="zimbra")

u = U("0010654")
E("password_reset", True, u, A, ES, "Secrétariat Collège Les Côtes", f"ce.{u}@ac-lyon.fr",
  "Compte e-sidoc verrouillé",
  f"""Bonjour,

La documentaliste, Mme Brun, n'arrive plus à entrer dans l'administration
d'e-sidoc : compte verrouillé. Pouvez-vous envoyer le lien de
réinitialisation sur cette adresse (boîte officielle du collège), nous le
lui transmettrons.

Cordialement,
Le secrétariat du collège Les Côtes
Ambérieu-en-Bugey
""", "Secretariat writes from the ce.<UAI> official address (UAI only there) and asks for the link on it: the safe path.", client="zimbra")

u = U("0630845")
E("password_reset", True, u, A, ES, "Laurent Chassagne", "laurent.chassagne@ac-clermont.fr",
  "Mot de passe CDI",
  f"""Bonjour,

Je suis principal adjoint au collège Albert Camus de Clermont-Ferrand
({u}). Notre documentaliste est en arrêt, et nous avons besoin d'accéder à
l'administration du portail e-sidoc pendant la fermeture pour publier une
sélection de ressources à distance. Personne ne connaît le mot de passe.

Pouvez-vous m'indiquer comment le réinitialiser ?

L. Chassagne
Principal adjoint
""", "Deputy head (not the head) asks how to reset the lost admin password: the reset procedure (official address, else the head's request) answers it.", hard=True, client="outlook", fmt="html")

u = U("0381204")
E("password_reset", True, u, A, ES, "Anne-Laure Girard", "anne-laure.girard@ac-grenoble.fr",
  "TR: Réinitialisation de votre mot de passe",
  f"""Bonjour,

Le lien ci-dessous m'indique "ce lien n'est plus valide". Pouvez-vous m'en
envoyer un autre ?

Merci,
Anne-Laure Girard - Lycée Stendhal, Grenoble

________________________________
De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : mardi 14 janvier 2025 18:47
À : Girard Anne-Laure
Objet : Réinitialisation de votre mot de passe

Bonjour,
Une demande de réinitialisation du mot de passe a été faite pour le compte
{u}. Cliquez sur le lien suivant (valable 12 heures) :
https://esidoc.example.fr/reset/7f3a0c91e5
""", "Outlook forward of an expired reset mail; asks for a new link. UAI in the forwarded part.", client="outlook", fmt="alt")

E("password_reset", True, None, None, EA, "Gérard Mounier", "gerard.mounier@wanadoo.fr",
  "Je ne connais pas mon identifiant",
  """Bonjour Madame, Monsieur,

Je suis trésorier bénévole de l'OGEC d'une petite école à Aurillac et je
dois me connecter à l'Espace Acheteur. Je ne sais pas quel est mon
identifiant ni mon mot de passe, c'est la directrice précédente qui avait
fait l'inscription.

Veuillez agréer mes salutations distinguées.
Gérard Mounier
""", "Login and password unknown on the Espace Acheteur; personal address, no UAI: no region.", client="orange")

E("password_reset", True, None, A, ES, "Tom Fischer", "tom.fischer@ac-grenoble.fr",
  "Locked out of e-sidoc",
  """Hi,

I teach at the international section in Grenoble and I am covering the
library this term. After several wrong attempts from home the account is
locked. Can you unlock it or send a reset link?

Cheers,
Tom
""", "English; locked account, no UAI, region from ac-grenoble.fr.", lang="en", client="tb")

u = U("0031127")
E("password_reset", True, u, A, EA, "Sylvie Rochette", "sylvie.rochette@ac-clermont.fr",
  "URGENT mot de passe Espace Acheteur",
  f"""Bonjour,

Je suis désolée de vous déranger, je sais que vous devez avoir beaucoup de
demandes en ce moment. Je suis gestionnaire au lycée Madame de Staël à
Montluçon ({u}). Je dois absolument valider une commande de sel de
déneigement et de fioul avant vendredi, les stocks sont au plus bas avec ce
froid, et je n'arrive plus à me connecter : mot de passe refusé. J'ai
essayé "mot de passe oublié" hier soir, rien reçu pour l'instant mais je
n'ai pas encore regardé ce matin.

Merci de m'aider à retrouver l'accès, c'est vraiment important.

Sylvie Rochette
Gestionnaire
""", "Long, stressed message: lost Espace Acheteur password, the order is only context. The reset answer fits.", client="zimbra")

u = U("0431203")
E("password_reset", True, u, A, ES, "Jean-Marc Fournel", "jean-marc.fournel@ac-clermont.fr",
  "Mot de passe oublié (j'ai vérifié mes spams)",
  f"""Bonjour,

J'ai oublié le mot de passe de la gestion du portail e-sidoc. Avant de vous
écrire j'ai regardé dans mes courriers indésirables, au cas où un ancien
mail traînerait, mais rien.

Lycée Charles et Adrien Dupuy, Le Puy-en-Velay - {u}.

Bien à vous,
J-M Fournel
""", "Mentions checking the junk folder, but only to look for an old mail: the need is a lost password.", hard=True, client="tb")

u = U("0071245")
E("password_reset", True, u, A, ES, "Claire Vernet", "claire.vernet@ac-grenoble.fr",
  "accès back-office",
  f"""Bonjour,

Je n'ai plus le mot de passe pour administrer notre portail
https://{u.lower()}.esidoc.example.fr . Pouvez-vous me dire comment faire ?

Claire Vernet, documentaliste à Aubenas
""", "The UAI appears only in the portal URL, in lower case; label is the upper-case code.", hard=True, client="zimbra")

u = U("0692245")
E("password_reset", True, u, A, ES, "Mathieu Perret", "mathieu.perret@ac-lyon.fr",
  f"Demande de réinitialisation mot de passe {u}",
  f"""Bonjour,

Pourriez-vous réinitialiser le mot de passe de l'administrateur e-sidoc du
lycée Ampère (Lyon 2e), UAI {u} ? L'adresse enregistrée chez vous doit être
celle de l'établissement.

Merci.
--
Mathieu Perret
Professeur documentaliste
Lycée Ampère
""", "Plain request for a reset, UAI in subject and body.", client="tb", fmt="qp")

u = U("0741502")
E("password_reset", True, u, A, EA, "Nadine Baud", "nadine.baud@ac-grenoble.fr",
  "Mot de passe Espace acheteur - collège d'Évian",
  f"""Bonjour,

mon mot de passe de l'espace acheteur ne fonctionne plus depuis ce matin.
Je ne l'ai pas changé. Je suis gestionnaire du collège Les Mémises à Évian
(UAI {u}).

Je suis en télétravail jusqu'à vendredi (collège fermé), je me connecte
depuis mon ordinateur personnel. Merci de m'envoyer un nouveau mot de passe.

Nadine Baud
""", "Espace Acheteur password no longer accepted; reset to the address on file fits.", client="outlook", fmt="alt")

# ---------------------------------------------------------------- missing_noreply_mail
u = U("0690912")
E("missing_noreply_mail", True, u, A, EA, "Céline Aubert", "celine.aubert@ac-lyon.fr",
  "Mail de nouveau mot de passe jamais reçu",
  f"""Bonjour,

J'ai cliqué trois fois sur "mot de passe oublié" sur l'Espace Acheteur
depuis lundi. Le site dit qu'un mail a été envoyé, mais je ne reçois rien,
ni dans la boîte de réception ni dans les indésirables.

Lycée Jean Perrin, Lyon 9e - {u}.

Cordialement,
Céline Aubert, gestionnaire
""", "The password tool works; the new-password mail never arrives, junk folder checked, no product named.", client="zimbra")

E("missing_noreply_mail", True, None, None, EA, "Romain Besson", "romain.besson.pro@gmail.com",
  "Pas de mail d'activation",
  """Bonjour,

Je me suis inscrit samedi sur l'Espace Acheteur pour la mairie de
Saint-Flour (écoles maternelles). On m'annonce un mail d'activation qui
n'est jamais arrivé.

Merci de vérifier.
Romain Besson
""", "Activation mail missing; Gmail sender, no UAI: no region.", client="gmail", fmt="alt")

E("missing_noreply_mail", True, None, A, EA, "Patricia Jacquet", "patricia.jacquet@ac-grenoble.fr",
  "Alertes sur les offres : plus rien depuis début janvier",
  """Bonjour,

Je suis abonnée aux alertes "nouvelles offres" de l'Espace Acheteur. Depuis
le 1er janvier je ne reçois plus aucune alerte alors qu'il y a de nouveaux
marchés (je le vois en me connectant). Mes paramètres n'ont pas changé.

Pouvez-vous regarder ?
P. Jacquet
""", "Offer alerts from the no-reply sender stopped; region from ac-grenoble.fr.", client="zimbra")

E("missing_noreply_mail", True, None, None, EA, "Sarah Mitchell", "s.mitchell@ecole-internationale-annecy.fr",
  "No activation e-mail",
  """Hello,

I registered on the buyer portal on Monday for our school and I still have
not received the activation e-mail. I checked spam. Could you resend it?

Best regards,
Sarah Mitchell
Business manager
""", "English; activation mail missing, spam checked, private school domain: no UAI, no region.", lang="en", client="outlook", fmt="alt")

u = U("0261189")
E("missing_noreply_mail", False, u, A, EA, "Isabelle Reynaud", "isabelle.reynaud@ac-grenoble.fr",
  "Re: [#SUP-007702] Mail de confirmation non reçu",
  f"""Bonjour,

J'ai suivi vos conseils : dossier indésirables vérifié, adresse
no-reply ajoutée à mes contacts, nouvelle demande faite lundi. Nous sommes
jeudi et toujours rien. Pouvez-vous transmettre à quelqu'un qui puisse
regarder de votre côté ?

Isabelle Reynaud
Collège Marcelle Rivier, Montélimar - {u}

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Lundi 13 Janvier 2025 10:14:09
Objet: [#SUP-007702] Mail de confirmation non reçu

Bonjour,
Vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur
no-reply à vos contacts. Sans nouvelles de votre part sous 48 heures...
""", "Follow-up after the junk-folder answer, still nothing after 72 h: the template was already sent, a person must look.", hard=True, client="zimbra",
  hdrs=[("In-Reply-To", "<SUP-007702.1736759649.77ad10@assistance.example.fr>"),
        ("References", "<SUP-007702.1736759649.77ad10@assistance.example.fr>")])

E("missing_noreply_mail", True, None, None, EA, "Yannick", "yannick.blanchon@free.fr",
  "toujours pas reçu",
  """toujours pas reçu le mail de confirmation pour l'espace acheteur.
Yannick
""", "Two-line message; the confirmation mail is missing.", client="iphone", fmt="qp")

u = U("0421489")
E("missing_noreply_mail", True, u, A, EA, "Gilles Pommier", "gilles.pommier@ac-lyon.fr",
  "Mails automatiques bloqués ?",
  f"""Bonjour,

Notre établissement (lycée Honoré d'Urfé, Saint-Étienne, {u}) passe par un
filtre de messagerie géré par la Région, je ne sais pas lequel. Depuis, nous
ne recevons plus les mails de notification de l'Espace Acheteur. Quelle est
l'adresse d'expédition exacte pour que je la fasse autoriser ?

Merci,
G. Pommier, gestionnaire
""", "Suspects an unnamed filter; asks for the sender address to allow: the no-reply answer fits.", client="outlook", fmt="alt")

u = U("0380999")
E("missing_noreply_mail", True, u, A, ES, "Léa Bonnet", "lea.bonnet@ac-grenoble.fr",
  "Mot de passe e-sidoc : le mail n'arrive pas",
  f"""Bonjour,

Ce n'est pas que j'ai oublié le mot de passe : j'ai bien demandé sa
réinitialisation sur e-sidoc, mais le mail avec le lien n'arrive jamais
sur l'adresse du CDI. Rien non plus dans les spams.

Collège Jules Flandrin, Corenc - {u}

Léa Bonnet
""", "Reads like a password problem, but the reset request works and the mail never arrives: missing_noreply_mail.", hard=True, client="zimbra")

u = U("0010972")
E("missing_noreply_mail", True, u, A, EA, "Franck Perrin", "franck.perrin@ac-lyon.fr",
  "Notifications de comptes à valider",
  f"""Bonjour,

Je suis administrateur de structure pour la cité scolaire de Belley
({u}). Mes collègues m'ont dit avoir créé leur compte la semaine dernière,
mais je n'ai reçu aucune notification "compte à valider".

Pourquoi ?
Franck Perrin
""", "Structure administrator never gets the 'account to validate' notifications.", client="tb")

E("missing_noreply_mail", True, None, None, TP, "Aurélie Sanchez", "aurelie.sanchez@cdg74.example.fr",
  "Portail d'assistance - mail de confirmation",
  """Bonjour,

Je veux créer mon accès au portail de suivi des tickets, mais le mail de
confirmation qui doit me permettre de choisir mon mot de passe n'est jamais
arrivé (demandé hier et ce matin).

Merci,
Aurélie Sanchez
""", "Ticket-portal confirmation mail missing; non-academic sender.", client="outlook", fmt="alt")

E("missing_noreply_mail", True, None, A, EA, "Denis Charrier", "denis.charrier@ac-grenoble.fr",
  "Plus de mails de la plateforme",
  """Bonjour,

Depuis la bascule de la messagerie académique la semaine dernière, je ne
reçois plus aucun des messages automatiques de l'Espace Acheteur
(confirmation de commande, alertes). Les mails de mes collègues, eux,
arrivent.

Merci d'avance,
Denis Charrier
Intendant
""", "HTML-only Outlook mail: all no-reply mails vanished since a webmail migration; no product named.", client="outlook", fmt="html")

E("missing_noreply_mail", True, None, None, EA, "Aline Dumas", "aline.dumas@orange.fr",
  "Fwd: lien de première connexion",
  """Bonjour,

Je vous transfère le message de ma collègue, qui n'a pas internet chez elle
cette semaine (ligne coupée par la neige).

Aline

---------- Forwarded message ---------
De : Martine Roche
Date : mer. 15 janv. 2025 à 08:12
Objet : lien de première connexion

Aline, mon compte a été validé par l'administrateur lundi mais je n'ai
jamais reçu le lien sécurisé pour la première connexion. Tu peux demander
au support ?
""", "Forward of a colleague's message: account validated, first-login link never came.", client="orange")

u = U("0741120")
E("missing_noreply_mail", True, u, A, EA, "Émilie Gay", "emilie.gay@ac-grenoble.fr",
  "Confirmation de commande non reçue",
  f"""Bonjour,

J'ai validé hier une commande sur l'Espace Acheteur (lycée Berthollet,
Annecy - {u}). D'habitude je reçois un mail de confirmation automatique
dans la minute ; cette fois rien. La commande apparaît bien dans mon
historique. Est-ce normal ?

Émilie Gay
""", "The automatic order-confirmation mail never came; the order itself is fine.", client="zimbra")

E("missing_noreply_mail", True, None, None, EA, "Ben Okafor", "ben.okafor@outlook.com",
  "Password email not arriving",
  """Hi, I asked for a new password three times today. Nothing arrives, not
even in junk. Thanks. Ben
""", "English; short; the new-password mail never arrives.", lang="en", client="outlook", fmt="alt")

u = U("0150321")
E("missing_noreply_mail", False, u, A, EA, "Marie-Claude Delmas", "marie-claude.delmas@ac-clermont.fr",
  "Mail d'activation + devis",
  f"""Bonjour,

1. Je n'ai jamais reçu le mail d'activation de mon compte Espace Acheteur
   (collège de la Jordanne, Aurillac, {u}) ;
2. pourriez-vous m'envoyer un devis pour le renouvellement de nos
   abonnements ? Notre budget 2025 passe au CA fin janvier.

Merci,
M-C Delmas
""", "Two topics: activation mail missing (first) and a quote request (order_billing): no single automatic answer.", hard=True, client="zimbra")

u = U("0731045")
E("missing_noreply_mail", True, u, A, ES, "Pierre Jacquier", "pierre.jacquier@ac-grenoble.fr",
  "Mail d'activation compte client",
  f"""Bonjour,

Pour notre première commande en ligne, j'ai créé le compte client
e-sidoc du collège de Saint-Jean-de-Maurienne ({u}). Le mail d'activation,
valable 12 h, n'est jamais arrivé.

Cordialement
Pierre Jacquier
""", "Customer-account activation mail never arrived.", client="tb")

E("missing_noreply_mail", True, None, None, EA, "Josiane Vial", "josiane.vial@laposte.net",
  "je ne recois rien",
  """bonjour
je ne recois aucun mail de votre site, ni pour l'inscription ni pour le mot
de passe. j'ai regarde partout.
merci
josiane vial, ecole de Saint-Bonnet-le-Château
""", "No accents; nothing arrives from the no-reply sender. Personal address, no UAI.", client="orange", fmt="latin1")

u = U("0631702")
E("missing_noreply_mail", True, u, A, ES, "Hugo Marchand", "hugo.marchand@ac-clermont.fr",
  "Réinitialisation : aucun mail",
  f"""Bonjour,

Je travaille depuis chez moi (collège Lucie Aubrac, Thiers, {u}, fermé
mercredi et jeudi). J'ai demandé la réinitialisation de mon mot de passe
e-sidoc : aucun mail, ni sur ma boîte académique, ni dans les spams.

Merci,
Hugo Marchand
""", "Reset requested, mail never arrives; no product named.", client="zimbra")

u = U("0692901")
E("missing_noreply_mail", True, u, A, EA, "Service informatique Lycée La Martinière", "dsi@lamartiniere-lyon.example.fr",
  "Adresse d'expédition à autoriser (Vade)",
  f"""Bonjour,

Notre passerelle antispam Vade rejette visiblement les notifications de
l'Espace Acheteur : plusieurs collègues du lycée ({u}) ne reçoivent ni les
mails d'activation ni les nouveaux mots de passe. Merci de nous indiquer les
adresses et domaines d'envoi à mettre en liste blanche.

Cordialement,
Service informatique
""", "An anti-spam product is named, but it is not MailInBlack: the generic no-reply answer (allow the sender) fits, not the MailInBlack guide.", hard=True, client="outlook", fmt="alt")

# ---------------------------------------------------------------- mailinblack_spam
u = U("0380627")
E("mailinblack_spam", True, u, A, EA, "Nicolas Brun", "nicolas.brun@ac-grenoble.fr",
  "MailInBlack bloque vos mails",
  f"""Bonjour,

Le Département a installé MailInBlack sur la messagerie du collège
({u}, Vizille) pendant les vacances. Depuis, les mails d'activation de
l'Espace Acheteur sont retenus. Que faut-il autoriser ?

Nicolas Brun
""", "MailInBlack named; asks what to allow.", client="zimbra")

u = U("0690488")
E("mailinblack_spam", False, u, A, EA, "Catherine Bouvier", "catherine.bouvier@ac-lyon.fr",
  "Vos mails demandent de prouver que je ne suis pas un robot ?",
  f"""Bonjour,

Quand j'essaie de récupérer mon mot de passe, je ne reçois pas votre mail
mais un autre message qui me dit que l'expéditeur doit "s'authentifier" en
cliquant sur un lien pour prouver qu'il n'est pas un robot. Je n'y comprends
rien. Collège Jean Mermoz, Lyon 8e ({u}).

Catherine Bouvier
""", "A sender-authentication challenge is described without naming MailInBlack: likely mailinblack_spam but a person should confirm the product first.", hard=True, client="tb")

E("mailinblack_spam", True, None, None, EA, "Mark Dalton", "m.dalton@lycee-international-ferney.example.fr",
  "Messages held in MailInBlack quarantine",
  """Hello,

Our mail goes through MailInBlack. The activation links from your platform
end up in quarantine and by the time I release them they have expired.
Which sender should I whitelist?

Regards,
Mark Dalton, IT
""", "English; MailInBlack quarantine holds activation links.", lang="en", client="outlook", fmt="alt")

u = U("0631144")
E("mailinblack_spam", True, u, A, EA, "Stéphane Roche", "stephane.roche@ac-clermont.fr",
  "MailInBlack : domaine ou adresse ?",
  f"""Bonjour,

Pour que vos messages passent notre MAILINBLACK, faut-il autoriser tout le
domaine ou seulement l'adresse no-reply ? Lycée Sidoine Apollinaire,
Clermont-Ferrand, {u}.

Merci
""", "MailInBlack named in capitals; asks whether to allow the domain or the address.", client="zimbra")

u = U("0260733")
E("mailinblack_spam", True, u, A, EA, "Valérie Morin", "valerie.morin@ac-grenoble.fr",
  "TR: Rapport de quarantaine MailInBlack",
  f"""Bonjour,

Je reçois ce rapport tous les matins, et vos messages y sont. Que dois-je
faire pour qu'ils arrivent directement ? Collège Charles Munch, Romans,
{u}.

Valérie Morin

-----Message d'origine-----
De : MailInBlack <noreply@mailinblack.example.com>
Envoyé : jeudi 16 janvier 2025 07:00
Objet : Votre rapport quotidien - 3 messages en attente

Messages en attente d'authentification :
- no-reply@espace-acheteur.example.fr  "Activation de votre compte"
- no-reply@espace-acheteur.example.fr  "Votre nouveau mot de passe"
- newsletter@fournisseur.example.com  "Soldes d'hiver"
""", "A person forwards the MailInBlack daily quarantine report with a real question.", client="outlook", fmt="alt")

u = U("0420315")
E("mailinblack_spam", False, u, A, EA, "Thierry Bonnefoy", "thierry.bonnefoy@ac-lyon.fr",
  "Re: MailInBlack - toujours bloqué",
  f"""Bonjour,

J'ai suivi votre guide MailInBlack la semaine dernière, ajouté l'adresse
no-reply aux expéditeurs autorisés, cliqué sur "autoriser" dans la
notification. Les mails restent bloqués. Notre informaticien est passé, il
ne voit pas ce qui cloche. Quelqu'un peut-il nous appeler ?

Lycée Étienne Mimard, Saint-Étienne - {u}
Thierry Bonnefoy

> Bonjour, vous trouverez ci-joint le guide pour autoriser nos expéditeurs
> dans MailInBlack...
""", "The MailInBlack guide was already applied and failed; asks for a call: human follow-up.", hard=True, client="tb")

u = U("0741633")
E("mailinblack_spam", False, u, A, EA, "Odile Favre", "odile.favre@ac-grenoble.fr",
  "Mailinblack + facture de décembre",
  f"""Bonjour,

Deux choses : nos messages de l'Espace Acheteur sont bloqués par
Mailinblack (je ne sais pas quoi autoriser), et la facture de décembre
porte l'ancien nom de l'établissement. Collège Le Semnoz, Seynod - {u}.

Merci,
O. Favre
""", "Two topics: MailInBlack blocking (first) and an invoice with the wrong name (order_billing).", hard=True, client="zimbra")

E("mailinblack_spam", True, None, None, None, "Julien", "julien.arnaud@gmail.com",
  "mailinblack",
  """Bloqué par mailinblack, vous pouvez m'envoyer la procédure svp ?
Envoyé de mon iPhone
""", "One line from a phone; MailInBlack named; no platform.", client="iphone", fmt="qp")

E("mailinblack_spam", True, None, None, EA, "Service informatique Mairie de Riom", "informatique@ville-riom.example.fr",
  "Autorisation de vos envois dans MailInBlack",
  """Bonjour,

Nous gérons la messagerie des écoles élémentaires de la commune, protégée
par MailInBlack. Les directrices ne reçoivent pas vos messages d'activation.
Pouvez-vous nous transmettre la procédure et les adresses à autoriser ?

Service informatique - Ville de Riom
""", "HTML-only Outlook; town IT runs MailInBlack for primary schools.", client="outlook", fmt="html")

u = U("0730299")
E("mailinblack_spam", True, u, A, EA, "Agathe Collomb", "agathe.collomb@ac-grenoble.fr",
  "Mails en quarantaine (Mailinblack Protect)",
  f"""Bonjour,

Vos notifications sont mises en quarantaine par Mailinblack Protect sur la
messagerie du lycée Monge de Chambéry ({u}). Comment les autoriser une
fois pour toutes ?

Agathe Collomb
""", "'Mailinblack Protect' named.", client="tb")

E("mailinblack_spam", True, None, None, EA, "DSI Conseil départemental", "dsi.messagerie@puy-de-dome.example.fr",
  "Collèges - filtrage MailInBlack",
  """Bonjour,

Le Département déploie MailInBlack sur les messageries des collèges du
Puy-de-Dôme depuis le 6 janvier. Plusieurs gestionnaires signalent que vos
mails n'arrivent plus. Merci de nous communiquer les informations
nécessaires pour vous mettre en liste d'autorisation.

DSI - Pôle messagerie
""", "County-council IT rolling out MailInBlack for collèges; no UAI, non-academic domain: no region.", client="outlook", fmt="alt")

E("mailinblack_spam", True, None, A, EA, "Robert Chaix", "robert.chaix@ac-clermont.fr",
  "mailing black",
  """bonjour, il parait que c est le "mailing black" du college qui bloque vos
messages. comment on fait pour debloquer ?
merci
""", "Product misspelled 'mailing black', no accents; region from ac-clermont.fr.", hard=True, client="zimbra")

# ---------------------------------------------------------------- head_of_establishment_request
u = U("0690377")
E("head_of_establishment_request", False, u, A, ES, "Principal Collège Gabriel Rosset", f"ce.{u}@ac-lyon.fr",
  "Changement d'adresse de contact e-sidoc",
  f"""Madame, Monsieur,

Notre professeure documentaliste a quitté l'établissement le 31 décembre.
En tant que principal du collège Gabriel Rosset (Lyon 7e, UAI {u}), je vous
demande de remplacer l'adresse de contact du compte administrateur e-sidoc
par l'adresse officielle du collège, ce.{u}@ac-lyon.fr, et de réinitialiser
le mot de passe.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Lambert
Principal
""", "The principal, from the ce.<UAI> address, asks in writing to change the admin contact address and reset the password.", client="zimbra")

u = U("0380781")
E("head_of_establishment_request", False, u, A, EA, "Proviseure Lycée Pablo Neruda", "proviseur.neruda@ac-grenoble.fr",
  "Désignation d'un nouvel administrateur de structure",
  f"""Bonjour,

Je désigne M. Arnaud Rey, adjoint gestionnaire arrivé au 1er janvier, comme
administrateur de structure de l'Espace Acheteur pour le lycée Pablo
Neruda de Saint-Martin-d'Hères ({u}), en remplacement de Mme Petit. Merci de
fermer les accès de cette dernière.

Bien cordialement,
Christine Méjean
Proviseure
""", "The proviseure names a new structure administrator and asks to close the former one's access.", client="outlook", fmt="alt")

E("head_of_establishment_request", False, None, None, ES, "Directeur école Les Tilleuls", "ecole.lestilleuls.dir@gmail.com",
  "Accord pour la réinitialisation",
  """Bonjour,

Je suis le directeur de l'école élémentaire Les Tilleuls (Issoire). Je
donne mon accord pour que le mot de passe de notre portail documentaire soit
réinitialisé et envoyé à Mme Ferrand, qui s'occupe de la BCD.

Cordialement,
Marc Thévenon, directeur
""", "A primary-school head agrees to a reset from a personal Gmail, no UAI: weak evidence, staff must verify.", hard=True, client="gmail", fmt="alt")

u = U("0031398")
E("head_of_establishment_request", False, u, A, ES, "Principal Collège Jules Ferry", f"ce.{u}@ac-clermont.fr",
  "Autorisation de validation de commande",
  f"""Bonjour,

J'autorise Mme Garnier, professeure documentaliste, à valider la commande de
renouvellement des abonnements e-sidoc pour 2025. Vous trouverez le bon
d'engagement signé en pièce jointe (je l'enverrai dès que le scanner du
secrétariat refonctionnera : collège fermé ces deux jours).

Collège Jules Ferry, Vichy - {u}

Le principal,
Éric Dumont
""", "Head authorises the librarian to validate the renewal order, from the ce.<UAI> address.", client="zimbra")

E("head_of_establishment_request", False, None, None, EA, "Dr Helen Price", "head@bsl-lyon.example.org",
  "Change of structure administrator",
  """Dear Support team,

As Head of School of the British School of Lyon, I would like to appoint
our new bursar, Mr Julien Farge, as administrator of our buyer account, and
to remove the access of Ms Karen Lowe, who left us in December.

Please let me know if you need a signed letter.

Yours sincerely,
Dr Helen Price
Head of School
""", "English; the head names a new administrator and asks to remove the former one. Private school, no UAI: no region.", lang="en", client="outlook", fmt="alt")

u = U("0430266")
E("head_of_establishment_request", False, u, A, ES, "Proviseur Lycée Jean Monnet", "alain.couderc@ac-clermont.fr",
  "Re: [#SUP-007690] Demande écrite du chef d'établissement",
  f"""Bonjour,

Comme demandé, je confirme par écrit : merci de réinitialiser le mot de
passe administrateur du portail e-sidoc du lycée Jean Monnet d'Yssingeaux
({u}) et de l'envoyer sur l'adresse officielle de l'établissement.

Le proviseur,
Alain Couderc

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Objet: [#SUP-007690] Demande écrite du chef d'établissement
Bonjour, pour des raisons de sécurité, le chef d'établissement doit
formuler la demande par écrit...
""", "Reply in which the proviseur gives the written request the desk asked for.", client="zimbra",
  hdrs=[("In-Reply-To", "<SUP-007690.1736500000.4b21ff@assistance.example.fr>"),
        ("References", "<SUP-007690.1736500000.4b21ff@assistance.example.fr>")])

u = U("0691412")
E("head_of_establishment_request", False, u, A, None, "Principal", f"ce.{u}@ac-lyon.fr",
  "URGENT - transfert des comptes administrateurs",
  f"""Bonjour,

Je suis le principal du collège {u}. Suite à une réorganisation, merci de
transférer immédiatement les deux comptes administrateurs (e-sidoc et Espace
Acheteur) vers l'adresse college.direction.lyon@gmail.com, qui est désormais
notre adresse de travail. Répondez uniquement à cette adresse.

Cordialement
""", "Claims to be the principal from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts there: probable spoof. Still a head request for the queue, to refuse. Two products, so no single platform.", hard=True, client=None, fmt="plain",
  auth="fail", reply_to="college.direction.lyon@gmail.com")

u = U("0260958")
E("head_of_establishment_request", False, u, A, EA, "Principal adjoint Collège Loubet", "jerome.achard@ac-grenoble.fr",
  "Nouvel administrateur Espace Acheteur",
  f"""Bonjour,

Par délégation du principal, absent cette semaine, je vous demande de
nommer Mme Sandrine Ollier administratrice de structure de l'Espace
Acheteur pour le collège Émile Loubet de Valence ({u}), à la place de
M. Roux, muté.

Jérôme Achard
Principal adjoint
""", "Deputy head writes by delegation of the principal to change the administrator: a head-of-establishment request staff must check (the head himself did not sign).", hard=True, client="zimbra")

u = U("0150456")
E("head_of_establishment_request", False, u, A, ES, "Secrétariat de direction", f"ce.{u}@ac-clermont.fr",
  "Courrier du Principal - e-sidoc",
  f"""Bonjour,

Veuillez trouver ci-dessous le courrier de M. le Principal (original signé
en pièce jointe).

« Je soussigné, Jean-Pierre Lavigne, principal du collège La Ponétie
d'Aurillac (UAI {u}), demande que l'adresse de l'administrateur du portail
e-sidoc soit remplacée par ce.{u}@ac-clermont.fr. »

Le secrétariat de direction
""", "The secretariat relays the principal's signed letter from the official address: a written head request.", client="outlook", fmt="alt")

u = U("0740877")
E("head_of_establishment_request", False, u, A, ES, "Directrice école du Chef-Lieu", f"ce.{u}@ac-grenoble.fr",
  "Suppression d'accès",
  f"""Bonjour,

Je suis directrice de l'école primaire du Chef-Lieu à Megève ({u}).
Mme Dupraz, qui gérait notre BCD sur e-sidoc, a quitté l'école. Je vous
demande de supprimer son accès et de réinitialiser le mot de passe
administrateur vers l'adresse de l'école.

Merci,
Anne Socquet-Clerc, directrice
""", "A directrice d'école asks in writing to remove a departed teacher's access and reset the admin password.", client="zimbra")

u = U("0631866")
E("head_of_establishment_request", False, u, A, EA, "Proviseur Lycée Blaise Pascal", "proviseur.blaisepascal@ac-clermont.fr",
  "Délégation de validation des commandes",
  f"""Madame, Monsieur,

Pendant la fermeture de l'établissement pour intempéries, et jusqu'au 31
janvier, je délègue à M. Fabrice Thomas, adjoint gestionnaire, la
validation des commandes du lycée Blaise Pascal (Clermont-Ferrand, {u})
sur l'Espace Acheteur.

Le proviseur,
Benoît Maisonneuve
""", "The proviseur delegates order validation in writing: head request for staff.", client="outlook", fmt="html")

u = U("0070512")
E("head_of_establishment_request", False, u, A, ES, "Principale Collège de Vernoux", f"ce.{u}@ac-grenoble.fr",
  "Réinitialisation du mot de passe administrateur",
  f"""Bonjour,

En ma qualité de principale du collège de Vernoux-en-Vivarais ({u}), je
vous confirme la demande de ma documentaliste, Mme Tardy : merci de
réinitialiser le mot de passe administrateur e-sidoc et d'envoyer le lien à
cette adresse.

Cordialement,
Sabine Peyrard, principale

Envoyé de mon iPhone

> Le 15 janv. 2025 à 10:41, Delphine Tardy <delphine.tardy@ac-grenoble.fr> a écrit :
>
> Madame la Principale, pourriez-vous écrire au support pour confirmer la
> réinitialisation ? Ils en ont besoin. Merci !
""", "The principal confirms, from the official address on her phone, quoting her librarian's message.", client="iphone", fmt="qp")

# ---------------------------------------------------------------- account_creation
E("account_creation", True, None, A, EA, "Fabrice Thomas", "fabrice.thomas@ac-clermont.fr",
  "Créer un compte Espace Acheteur",
  """Bonjour,

Je suis adjoint gestionnaire depuis le 1er janvier. Comment créer mon
compte sur l'Espace Acheteur ? Je ne trouve pas le lien d'inscription.

Merci,
Fabrice Thomas
""", "New gestionnaire asks how to create an account: sign-up answer fits.", client="zimbra")

u = U("0381655")
E("account_creation", True, u, A, EA, "Lucie Reymond", "lucie.reymond@ac-grenoble.fr",
  "Compte en attente",
  f"""Bonjour,

J'ai rempli le formulaire d'inscription mardi pour le collège Henri Wallon
de Saint-Martin-d'Hères ({u}). Quand j'essaie de me connecter, on me dit
que mon compte est "en attente de validation". C'est normal ?

Lucie Reymond
""", "Account awaiting validation by the structure administrator: FAQ answer.", client="zimbra")

E("account_creation", False, None, None, EA, "Véronique Salles", "v.salles@institution-sainte-marie-riom.fr",
  "Qui est notre administrateur ?",
  """Bonjour,

On me dit que c'est "l'administrateur de structure" qui doit valider mon
compte. Mais je ne sais pas qui c'est chez nous ! Pourriez-vous me dire qui
est l'administrateur de l'Institution Sainte-Marie de Riom ?

Merci,
Véronique Salles
""", "Asks who the structure administrator is: a look-up, so a person answers.", client="outlook", fmt="alt")

E("account_creation", False, None, None, EA, "Grace Liu", "grace.liu@savoie-montessori.example.org",
  "Opening a buyer account",
  """Hello,

We are a bilingual Montessori school that opened in Chambéry in September.
Can we open an account on the buyer platform, and what documents do you
need from us?

Best,
Grace Liu, administrator
""", "English; a new private school wants a buyer account: eligibility check by a person.", lang="en", client="gmail", fmt="alt")

u = U("0690234")
E("account_creation", False, u, A, EA, "Samuel Dufour", "samuel.dufour@ac-lyon.fr",
  "Droits de commande",
  f"""Bonjour,

Mon compte Espace Acheteur fonctionne, mais je ne peux que consulter : le
bouton "Commander" est grisé. Pouvez-vous m'ouvrir les droits de commande ?
Lycée du Parc, Lyon 6e - {u}.

Samuel Dufour
""", "Account works; asks for order rights to be opened.", client="tb")

E("account_creation", False, None, None, ES, "Marc Bellon", "direction@college-prive-la-salle-69.example.fr",
  "Établissement introuvable à l'inscription",
  """Bonjour,

Lors de la création du compte client, notre établissement (collège privé
La Salle, Villefranche) n'apparaît pas dans la liste déroulante. Nous
avons pourtant un numéro UAI. Comment faire ?

Marc Bellon
""", "Establishment not in the list when opening the customer account: sales team case. No UAI given.", client="outlook", fmt="alt")

u = U("0420543")
E("account_creation", True, u, A, EA, "Amandine Roux", "amandine.roux@ac-lyon.fr",
  "Pas un oubli de mot de passe",
  f"""Bonjour,

Je précise tout de suite : je n'ai pas perdu mon mot de passe, je n'ai
jamais eu de compte sur l'Espace Acheteur. Je suis la nouvelle gestionnaire
du collège Jean Dasté à Saint-Étienne ({u}). Comment m'inscrire ?

Amandine Roux
""", "Negation: not a lost password, she never had an account: account_creation.", hard=True, client="tb")

E("account_creation", False, None, A, EA, "Yasmine Haddad", "yasmine.haddad@ac-lyon.fr",
  "Compte toujours pas validé",
  """Bonjour,

Mon compte attend une validation depuis le 20 décembre. L'administrateur de
structure de notre lycée est en arrêt maladie pour plusieurs mois et
personne d'autre n'a les droits. Comment débloquer la situation ?

Yasmine Haddad
""", "Waiting for validation for weeks; the administrator is on long leave: the region must step in.", client="outlook", fmt="alt")

E("account_creation", True, None, None, ES, "Corinne Valette", "corinne.valette@mairie-brioude.example.fr",
  "Ouverture compte client",
  """Bonjour,

Nous voulons commander pour la première fois des abonnements pour la
médiathèque scolaire. Faut-il d'abord ouvrir un compte client ? Comment ?

Corinne Valette
Service éducation, Ville de Brioude
""", "HTML-only mail: wants to open the customer account before a first order.", client="outlook", fmt="html")

# ---------------------------------------------------------------- subscription_activation
u = U("0692078")
E("subscription_activation", True, u, A, ES, "Gaëlle Petit", "gaelle.petit@ac-lyon.fr",
  "Europresse pas encore visible",
  f"""Bonjour,

Nous avons commandé Europresse hier matin (collège Victor Grignard, Lyon
8e, {u}). Il n'apparaît pas encore dans nos ressources. Avec la fermeture
du collège, les élèves en auraient bien besoin pour leurs exposés à
distance ! Quand sera-t-il disponible ?

Gaëlle Petit
""", "Ordered yesterday, within the 72-hour window.", client="zimbra")

u = U("0260301")
E("subscription_activation", True, u, A, ES, "Benoît Arnaud", "benoit.arnaud@ac-grenoble.fr",
  "Abonnement renouvelé mais affiché expiré",
  f"""Bonjour,

Notre abonnement a été renouvelé avant-hier (commande validée le 13), mais
"Mes abonnements" l'affiche toujours comme expiré au 31/12/2024.
Lycée Camille Vernet, Valence - {u}.

Cordialement,
B. Arnaud
""", "Renewal validated two days ago still shown as expired: within 72 h.", client="tb")

u = U("0381507")
E("subscription_activation", False, u, A, ES, "Sandrine Poulet", "sandrine.poulet@ac-grenoble.fr",
  "Abonnement commandé le 12 décembre toujours pas actif",
  f"""Bonjour,

La commande de l'abonnement Universalis a été validée le 12 décembre (bon
de commande n° 2024-1187). Un mois plus tard, toujours rien dans notre
portail. Collège Jean Vilar, Échirolles ({u}).

Merci de regarder ce qui bloque.
Sandrine Poulet
""", "Ordered a month ago and still not active: far past the 72-hour rule, a person must check the order.", hard=True, client="zimbra")

u = U("0010388")
E("subscription_activation", True, u, A, ES, "Thomas Vignon", "thomas.vignon@ac-lyon.fr",
  "Publier une ressource sur le portail",
  f"""Bonjour,

Notre abonnement à "Je bouquine numérique" est actif, mais comment le
publier sur la page d'accueil du portail pour que les élèves le voient ?
Collège Saint-Exupéry, Bellegarde ({u}).

Merci,
Thomas Vignon
""", "How to publish an active resource on the portal.", client="tb")

u = U("0740599")
E("subscription_activation", True, u, A, ES, "Principal Collège Anthonioz", f"ce.{u}@ac-grenoble.fr",
  "Date de disponibilité de l'abonnement",
  f"""Bonjour,

J'ai validé hier la commande de l'abonnement presse pour le collège
Geneviève de Gaulle-Anthonioz ({u}). Pouvez-vous me dire sous quel délai
il sera accessible aux élèves ?

Le principal,
Yves Blanc
""", "Written by the principal, but only asks when the subscription will be available: not a head-of-establishment request.", hard=True, client="zimbra")

u = U("0690667")
E("subscription_activation", True, u, A, ES, "Rachel Green", "rachel.green@ac-lyon.fr",
  "New subscription not showing",
  f"""Hello,

We ordered a subscription to an English-language magazine on Tuesday
(school {u}). It is still not visible in our portal. Is there a delay?

Thanks,
Rachel Green
""", "English; ordered two days ago, not visible yet.", lang="en", client="tb")

u = U("0630411")
E("subscription_activation", True, u, A, ES, "Pauline Marty", "pauline.marty@ac-clermont.fr",
  "Ressources inaccessibles aux élèves depuis l'ENT",
  f"""Bonjour,

Avec le collège fermé, nos élèves travaillent depuis chez eux via l'ENT.
Ils voient le portail e-sidoc mais pas l'abonnement Lumni/BNF que nous
avons activé cette semaine : la ressource n'apparaît pas dans leur
espace. Que faut-il faire ?

Collège Joliot-Curie, Aubière - {u}
""", "Active subscription not visible to pupils through the ENT: publication/visibility step.", client="zimbra")

u = U("0070899")
E("subscription_activation", True, u, A, ES, "Marie Jourdan", "marie.jourdan@ac-grenoble.fr",
  "activation abonnement",
  f"""Merci d'activer l'abonnement, commande validée ce matin. {u}
M. Jourdan
""", "Short: please activate, ordered this morning.", client="android", fmt="b64")

u = U("0380219")
E("subscription_activation", True, u, A, ES, "Florence Rivière", "florence.riviere@ac-grenoble.fr",
  "Ce n'est pas le mot de passe",
  f"""Bonjour,

Je n'ai pas de problème de mot de passe, je me connecte très bien. Mais la
ressource que nous avons achetée lundi n'apparaît nulle part pour les
élèves. Lycée Les Eaux Claires, Grenoble ({u}).

Florence Rivière
""", "Negation: login works; the resource bought this week is not visible.", hard=True, client="zimbra")

# ---------------------------------------------------------------- order_billing
u = U("0690845")
E("order_billing", False, u, A, ES, "Martine Giroud", "martine.giroud@ac-lyon.fr",
  "Demande de devis renouvellement 2025",
  f"""Bonjour,

Pour établir le bon d'engagement, notre agent comptable me demande un devis
officiel pour le renouvellement de nos abonnements e-sidoc en 2025.
Collège Jean Moulin, Lyon 5e - {u}.

Merci par avance,
Martine Giroud, gestionnaire
""", "Formal quote needed for the bon d'engagement.", client="tb")

u = U("0380134")
E("order_billing", False, u, A, ES, "Agence comptable Lycée Champollion", "agence-comptable.champollion@ac-grenoble.fr",
  "Facture absente de Chorus Pro",
  f"""Bonjour,

La commande du 2 décembre (abonnements CDI, lycée Champollion, {u}) a été
livrée mais nous ne trouvons toujours pas la facture sur Chorus Pro. Nous
clôturons l'exercice 2024 : merci de la déposer rapidement.

L'agence comptable
""", "Invoice not on Chorus Pro while closing the 2024 accounts.", client="outlook", fmt="alt")

u = U("0430611")
E("order_billing", False, u, A, ES, "Claudine Vey", "claudine.vey@ac-clermont.fr",
  "Facture en double",
  f"""Bonjour,

Nous avons reçu deux fois la même facture (FA-2024-11873), une le 20
décembre et une le 8 janvier. Pouvez-vous annuler le doublon ?
Collège Lafayette, Brioude - {u}.

Merci,
C. Vey
""", "Duplicate invoice; asks to cancel one.", client="zimbra")

u = U("0150555")
E("order_billing", False, u, A, EA, "Didier Lavergne", "didier.lavergne@ac-clermont.fr",
  "Commande avant le vote du budget ?",
  f"""Bonjour,

Notre budget 2025 ne sera voté qu'au conseil d'administration de février
(reporté à cause de la neige). Pouvons-nous quand même passer commande sur
l'Espace Acheteur en janvier et payer par mandat administratif à réception
de facture ? Lycée Émile Duclaux, Aurillac - {u}.

D. Lavergne, gestionnaire
""", "Asks whether an order can be placed before the budget vote and paid by mandat: payment means, human answer.", client="zimbra")

u = U("0731289")
E("order_billing", False, u, A, ES, "Serge Millet", "serge.millet@ac-grenoble.fr",
  "Erreur de libellé sur facture",
  f"""Bonjour,

La facture reçue est libellée au nom du "Collège de la Combe de Savoie"
alors que notre établissement est le collège Pierre Grange d'Albertville
({u}). Notre comptable ne peut pas la mandater ainsi. Pouvez-vous la
refaire ?

S. Millet
""", "Invoice addressed to the wrong establishment name; needs a corrected invoice.", client="tb")

u = U("0691533")
E("order_billing", False, u, A, EA, "Inès Moulin", "ines.moulin@ac-lyon.fr",
  "Panier disparu",
  f"""Bonjour,

J'avais préparé un panier sur l'Espace Acheteur avant les vacances de
Noël (livres pour le CDI, environ 1 200 €). Il a disparu. Est-il possible
de le récupérer ? Collège Ampère, Lyon 2e - {u}.

Inès Moulin
""", "Saved basket disappeared (kept 15 days): order question for a person.", client="outlook", fmt="cp1252")

E("order_billing", False, None, None, ES, "Paul Henderson", "bursar@bsl-lyon.example.org",
  "Pro forma invoice request",
  """Hello,

Could you send us a pro forma invoice for the library portal subscription
for 2025 (same package as last year)? Our finance committee needs it before
approving the payment.

Kind regards,
Paul Henderson, Bursar
""", "English; asks for a pro forma invoice before payment.", lang="en", client="outlook", fmt="alt")

u = U("0631590")
E("order_billing", False, u, A, ES, "Gestion Lycée Lafayette", "gestion.lafayette@ac-clermont.fr",
  "TR: Relance facture impayée",
  f"""Bonjour,

Nous recevons cette relance alors que la facture a été payée par mandat le
19 décembre (n° de mandat 2024-0931). Merci de vérifier et de nous
confirmer que le dossier est soldé. Lycée Lafayette, Clermont-Ferrand,
{u}.

Le service gestion

-------- Message transféré --------
Sujet : Relance - facture FA-2024-10452
Date : Mon, 13 Jan 2025 06:00:00 +0100
De : comptabilite@editeur.example.fr

Madame, Monsieur, sauf erreur de notre part, la facture FA-2024-10452 reste
impayée à ce jour...
""", "Forward of a payment reminder for an invoice already paid by mandat.", client="tb")

u = U("0260877")
E("order_billing", False, u, A, EA, "Lydie Bonnard", "lydie.bonnard@ac-grenoble.fr",
  "Impossible de joindre le bon d'engagement",
  f"""Bonjour,

Au moment de valider ma commande, l'Espace Acheteur refuse mon bon
d'engagement ("format non accepté"). C'est un PDF scanné de 4 Mo depuis le
copieur du collège. Collège Gustave Jaume, Pierrelatte - {u}.

Lydie Bonnard
""", "Bon d'engagement upload refused at order validation.", client="zimbra")

u = U("0741455")
E("order_billing", False, u, A, ES, "Agent comptable", "agent.comptable.0741455@ac-grenoble.fr",
  "Changement d'adresse de facturation",
  f"""Bonjour,

Au 1er janvier 2025, le lycée Guillaume Fichet de Bonneville ({u}) a
rejoint un nouveau groupement comptable. Merci d'adresser désormais les
factures à l'agence comptable du lycée Charles Poncet, Cluses, et de
mettre à jour notre fiche client.

L'agent comptable
""", "Billing address change after a new accounting group.", client="outlook", fmt="alt")

u = U("0030724")
E("order_billing", False, u, A, ES, "Régine Auclair", "regine.auclair@ac-clermont.fr",
  "Montant facture différent du devis",
  f"""Bonjour,

Le devis signé en novembre indiquait 845,00 € TTC ; la facture reçue en
janvier est de 912,40 € TTC. Pouvez-vous m'expliquer la différence ou
émettre un avoir ? Collège Émile Guillaumin, Moulins ({u}).

Régine Auclair
""", "HTML-only windows-1252 mail with the euro sign: invoice amount differs from the quote.", client="outlook", fmt="html")

# ---------------------------------------------------------------- contract_documents
u = U("0691620")
E("contract_documents", False, u, A, EA, "Olivia Sabatier", "olivia.sabatier@ac-lyon.fr",
  "Documents du marché introuvables",
  f"""Bonjour,

Je ne vois plus les pièces du marché "Fournitures de bureau 2025" dans
"Mes Marchés". Le marché apparaît, mais l'onglet Documents est vide.
Lycée Saint-Just, Lyon 5e - {u}.

Cordialement,
Olivia Sabatier
""", "Market documents missing in 'Mes Marchés'.", client="tb")

E("contract_documents", False, None, A, EA, "Jean-Luc Perret", "jean-luc.perret@ac-grenoble.fr",
  "Avenant n°1 manquant",
  """Bonjour,

Le fournisseur nous annonce un avenant n°1 au marché de restauration
(révision des prix au 1er janvier), mais il n'est pas dans les documents du
marché sur l'Espace Acheteur. Pouvez-vous l'ajouter ?

J-L Perret, adjoint gestionnaire
""", "Amendment missing from a market's documents; region from ac-grenoble.fr.", client="zimbra")

u = U("0420199")
E("contract_documents", False, u, A, EA, "Josette Crozet", "josette.crozet@ac-lyon.fr",
  "Convention d'adhésion 2025 non visible",
  f"""Bonjour,

Nous devons faire signer la convention d'adhésion 2025 par le CA, mais
elle n'est pas visible dans notre espace (seule celle de 2022 apparaît).
Collège Honoré de Balzac, Montbrison - {u}.

Merci,
J. Crozet
""", "Membership convention 2025 not visible.", client="outlook", fmt="alt")

E("contract_documents", False, None, None, EA, "Franck Lopez", "f.lopez@sivu-ecoles-haut-allier.example.fr",
  "CCTP du marché chauffage - erreur",
  """Bonjour,

En cliquant sur le CCTP du marché "Maintenance chaufferies" (bien utile en
ce moment...), j'obtiens "Document introuvable". Les autres pièces
s'ouvrent. Merci de corriger.

Franck Lopez
""", "A market document (CCTP) cannot be opened.", client="outlook", fmt="alt")

u = U("0380512")
E("contract_documents", False, u, A, EA, "Muriel Blanc", "muriel.blanc@ac-grenoble.fr",
  "Re: [#SUP-007655] Acte d'engagement",
  f"""Bonjour,

Vous m'aviez répondu le 8 janvier que l'acte d'engagement allait être
ajouté. Nous sommes le 16 et il n'y est toujours pas. Collège Jean Prévost,
Villard-de-Lans ({u}).

Muriel Blanc

Le mer. 8 janv. 2025 à 14:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, nous avons transmis votre demande à la région, l'acte
> d'engagement sera ajouté dans les prochains jours.
""", "Follow-up: the market document is still missing after the region's answer.", client="gmail", fmt="alt",
  hdrs=[("In-Reply-To", "<SUP-007655.1736342400.9d0c3a@assistance.example.fr>"),
        ("References", "<SUP-007655.1736342400.9d0c3a@assistance.example.fr>")])

E("contract_documents", False, None, None, EA, "Anna Kowalski", "a.kowalski@campus-europe-lyon.example.org",
  "Framework agreement documents",
  """Hello,

We joined the purchasing centre in December. In the buyer space I can see
the framework agreement for IT equipment, but none of its documents (terms,
price list). Could you give us access?

Anna Kowalski, procurement
""", "English; market documents not visible after joining.", lang="en", client="outlook", fmt="alt")

# ---------------------------------------------------------------- transfer_incident
u = U("0691101")
E("transfer_incident", False, u, A, ED, "Secrétariat Collège Saint-Louis", "secretariat@saintlouis-lyon.example.fr",
  "Transferts EcoleDirecte arrêtés",
  f"""Bonjour,

Depuis la coupure de courant de lundi (le froid a fait sauter le
transformateur du quartier), les transferts vers EcoleDirecte ne se font
plus. Le serveur a redémarré mais le dernier transfert date de dimanche.
Les parents ne voient plus les absences.

Collège Saint-Louis, Lyon - {u}
""", "Transfers stopped after a power cut; last transfer days old.", client="outlook", fmt="alt")

E("transfer_incident", False, None, None, ED, "Frère Michel", "economat@ensemble-scolaire-stjean.example.fr",
  "Mot de passe de maintenance",
  """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois
réindexer la base Charlemagne après le plantage de ce matin.

Merci
Frère Michel, économe
""", "Asks for the daily maintenance password: transfer_incident, not password_reset.", hard=True, client="tb")

E("transfer_incident", False, None, None, ED, "Nathan Giraudon", "informatique@lycee-prive-la-favorite.example.fr",
  "Licence expirée après migration serveur",
  """Bonjour,

Nous avons migré Charlemagne sur un nouveau serveur pendant la fermeture de
l'établissement. Au démarrage : "Licence expirée". Les transferts ne
partent plus. Merci de régénérer la licence.

Nathan Giraudon, informaticien
""", "Licence to regenerate after a server change.", client="outlook", fmt="alt")

u = U("0421730")
E("transfer_incident", False, u, A, ED, "Direction Collège Sainte-Claire", "direction@steclaire-stetienne.example.fr",
  "Les notes ne remontent plus",
  f"""Bonjour,

Depuis cinq jours, les notes saisies ne remontent plus sur EcoleDirecte.
Les familles nous appellent. Nous n'avons rien changé de notre côté.
Collège Sainte-Claire, Saint-Étienne - {u}.

La direction
""", "Grades no longer reach EcoleDirecte. Written by the direction, but it is a transfer incident, not a head request.", hard=True, client="outlook", fmt="html")

E("transfer_incident", False, None, None, ED, "Informatique OGEC", "it@ogec-annecy.example.fr",
  "Transfert HTTP - nouveau proxy",
  """Bonjour,

Nous avons installé un nouveau pare-feu/proxy. Depuis, le diagnostic des
transferts échoue sur le test de connexion. Quels ports et adresses faut-il
ouvrir ?

Service informatique OGEC Annecy
""", "New firewall/proxy; transfer diagnostic fails.", client="tb")

E("transfer_incident", False, None, None, ED, "Corinne Peyron", "c.peyron@college-stvincent-ambert.example.fr",
  "Transfert depuis la maison ?",
  """Bonjour,

Avec la fermeture du collège, j'essaie de lancer le transfert EcoleDirecte
depuis chez moi en me connectant au serveur à distance. Le transfert
démarre puis s'arrête avec "erreur de communication". Est-ce possible de
le faire à distance ? Sinon comment faire cette semaine ?

Corinne Peyron, secrétaire
""", "Remote transfer fails with a communication error.", client="outlook", fmt="alt")

E("transfer_incident", False, None, None, ED, "Bruno Ferraz", "bruno.ferraz@lycee-stmichel-annecy.example.fr",
  "Outils.exe bloqué",
  """Bonjour,

Après la coupure électrique de cette nuit, plusieurs processus Outils.exe
restent bloqués dans le gestionnaire des tâches et le transfert ne se
termine jamais (icône rouge). Je n'ose pas tout tuer.

Bruno Ferraz
""", "Stuck Outils.exe processes after a power outage; transfers hang.", client="outlook", fmt="html")

u = U("0731502")
E("transfer_incident", False, u, A, ED, "Gestion Lycée Saint-Ambroise", "gestion@stambroise-chambery.example.fr",
  "Réinitialisation de la réplication",
  f"""Bonjour,

Suite à la restauration d'une sauvegarde (panne disque mardi), la
réplication EcoleDirecte est en erreur : "base désynchronisée". Il faut
sans doute réinitialiser la réplication. Lycée Saint-Ambroise, Chambéry,
{u}.

Merci de votre aide
""", "Replication re-initialisation needed after a restore.", client="outlook", fmt="alt")

# ---------------------------------------------------------------- automated
OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

E("automated", False, None, None, None, "Nadège Faure", "n.faure@lycee-agricole-yssingeaux.example.fr",
  "Réponse automatique : [#SUP-007720] Votre demande",
  """Bonjour,

En raison des conditions météorologiques, l'établissement est fermé
jusqu'au vendredi 17 janvier inclus. Je consulterai mes messages à mon
retour.

Nadège Faure
""", "Exchange out-of-office (closure for the weather), Auto-Submitted present.", client="outlook", fmt="alt",
  hdrs=OOO + [("In-Reply-To", "<SUP-007720.1736850000.11aa02@assistance.example.fr>")])

E("automated", False, None, A, None, "Bruno Chatelain", "bruno.chatelain@ac-grenoble.fr",
  "Absence : [#SUP-007698] Abonnement non visible",
  """Je suis absent jusqu'au 20 janvier. Pour toute urgence, contactez le
secrétariat du collège.
""", "Academic Zimbra vacation reply; region from the ac-grenoble.fr sender.", client="zimbra", fmt="plain",
  hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
        ("In-Reply-To", "<SUP-007698.1736780000.c0ffee@assistance.example.fr>")])

E("automated", False, None, None, None, "Laura Bennett", "laura.bennett@gmail.com",
  "Out of office",
  """Thanks for your email. I'm away skiing in Val Thorens until 20 January
with very limited signal. I'll reply when I'm back.

Laura
""", "English Gmail vacation responder.", lang="en", client="gmail", fmt="alt",
  hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

E("automated", False, None, None, None, "Mail Delivery System", "MAILER-DAEMON@mx.cite-scolaire-ambert.example.fr",
  "Undelivered Mail Returned to Sender", None,
  "Postfix bounce (multipart/report), null Return-Path, unknown user.", fmt="raw", return_path="<>",
  hdrs=[("Auto-Submitted", "auto-replied")],
  mime="""Content-Type: multipart/report; report-type=delivery-status;
 boundary="BND.postfix.h125a"

This is a MIME-encapsulated message.

--BND.postfix.h125a
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.cite-scolaire-ambert.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<m.delorme@cite-scolaire-ambert.example.fr>: user unknown

--BND.postfix.h125a
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.cite-scolaire-ambert.example.fr

Final-Recipient: rfc822; m.delorme@cite-scolaire-ambert.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--BND.postfix.h125a
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: m.delorme@cite-scolaire-ambert.example.fr
Subject: [#SUP-007731] Votre mot de passe e-sidoc
Date: Wed, 15 Jan 2025 09:10:00 +0100
Message-ID: <SUP-007731.1736928600.aa01@assistance.example.fr>

--BND.postfix.h125a--
""")

E("automated", False, None, None, None, "Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lyceeprive-chavagnes.example.fr",
  "Non remis : [#SUP-007744] Transfert EcoleDirecte", None,
  "Exchange Online non-delivery report in French (mailbox full).", fmt="raw", return_path="<>",
  hdrs=[("Auto-Submitted", "auto-replied")],
  mime="""Content-Type: multipart/report; report-type=delivery-status;
 boundary="BND.exch.h125b"

--BND.exch.h125b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à sophie.cartal@lyceeprive-chavagnes.example.fr
car la boîte aux lettres du destinataire est pleine.

Diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB2231.FRAP264.PROD.OUTLOOK.COM
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

--BND.exch.h125b
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB2231.FRAP264.PROD.OUTLOOK.COM

Final-recipient: RFC822; sophie.cartal@lyceeprive-chavagnes.example.fr
Action: failed
Status: 5.2.2

--BND.exch.h125b--
""")

E("automated", False, None, A, None, "Hervé Combe", "herve.combe@ac-lyon.fr",
  "Lu : [#SUP-007709] Facture en double", None,
  "Outlook read receipt in French ('Lu :'), disposition-notification; region from ac-lyon.fr.", fmt="raw",
  mime="""Content-Type: multipart/report; report-type=disposition-notification;
 boundary="BND.mdn.h125c"

--BND.mdn.h125c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Combe Hervé
  Objet : [#SUP-007709] Facture en double
  Envoyé : mardi 14 janvier 2025 11:02:13 (UTC+01:00)

a été lu le mardi 14 janvier 2025 11:40:55 (UTC+01:00).

--BND.mdn.h125c
Content-Type: message/disposition-notification

Reporting-UA: OUTLOOK.ac-lyon.fr
Final-Recipient: rfc822;herve.combe@ac-lyon.fr
Original-Message-ID: <SUP-007709.1736848933.5e5e@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--BND.mdn.h125c--
""")

E("automated", False, None, None, EA, "Centrale d'achat - Actualités", "newsletter@actualites.espace-acheteur.example.fr",
  "Janvier : vos marchés 2025 et nos voeux",
  """Lettre d'information - janvier 2025

Toute l'équipe vous présente ses meilleurs voeux pour 2025.

Au programme ce mois-ci :
- les nouveaux marchés « Fournitures scolaires 2025 » sont en ligne ;
- rappel : pensez à mettre à jour vos administrateurs de structure ;
- webinaire « Bien commencer l'année sur l'Espace Acheteur », jeudi 23
  janvier à 14 h.

Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8812/c3d4
""", "Marketing newsletter with List-Id, List-Unsubscribe and Precedence: bulk.", fmt="alt",
  hdrs=[("List-Id", "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>"),
        ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/8812/c3d4>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")], return_path="<bounce-8812@actualites.espace-acheteur.example.fr>")

E("automated", False, None, None, EA, "Espace Acheteur", "no-reply@espace-acheteur.example.fr",
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur (j.morel@ac-lyon.fr) a demandé la création d'un
compte pour la structure « Collège Jean Moulin - Lyon 5e », qui n'a pas
d'administrateur. Ce message vous est adressé en tant qu'administrateur par
défaut.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "No-reply notification to the desk: an account awaits validation (Auto-Submitted: auto-generated).", fmt="plain",
  hdrs=[("Auto-Submitted", "auto-generated")])

E("automated", False, None, None, TP, "Portail d'assistance", "notifications@tickets.example.fr",
  "[Ticket #48213] Mise à jour : incident de synchronisation",
  """Le ticket #48213 « incident de synchronisation » a été mis à jour par
l'équipe éditeur.

Nouveau statut : En cours d'analyse

Pour consulter le ticket : https://tickets.example.fr/t/48213
Ne répondez pas à ce message.
""", "Ticket-portal notification about a ticket the desk opened with a supplier.", fmt="alt",
  hdrs=[("Auto-Submitted", "auto-generated")])

E("automated", False, None, A, ES, "Ghislaine Teyssier", "ghislaine.teyssier@ac-clermont.fr",
  "[doc-clermont] Fermetures et accès e-sidoc à distance",
  """Bonjour à toutes et à tous,

Avec les fermetures de cette semaine, certains d'entre vous arrivent-ils à
se connecter à l'administration e-sidoc depuis chez eux ? Pour moi le mot
de passe est refusé depuis mon ordinateur personnel. Des idées ?

Ghislaine, collège de Murat
""", "A librarian's real question, but posted to an académie mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-clermont.fr.", hard=True, client="zimbra", fmt="plain",
  hdrs=[("List-Id", "Documentalistes de l'academie de Clermont <doc-clermont.listes.ac-clermont.fr>"),
        ("Precedence", "list"), ("Sender", "doc-clermont-bounces@listes.ac-clermont.fr")],
  to="doc-clermont@listes.ac-clermont.fr")

E("automated", False, None, None, None, "Émile Rousset", "emile.rousset@mairie-chamonix.example.fr",
  "RE: [#SUP-007725] Votre demande d'accès",
  """Bonjour,

Je suis en télétravail pendant l'épisode neigeux et je consulte mes
messages de façon irrégulière. Je reviendrai vers vous dès que possible.
En cas d'urgence : 04 50 53 11 13.

Émile Rousset
""", "Out-of-office sent by a client-side rule: no Auto-Submitted or Precedence; only the wording shows it is automatic.", hard=True, client="outlook", fmt="alt")

E("automated", False, None, None, None, "Mail Delivery Subsystem", "MAILER-DAEMON@relay.assistance.example.fr",
  "Delayed Mail (still being retried)", None,
  "Delay warning from our own relay (Action: delayed): not a failure, still automatic.", fmt="raw", return_path="<>",
  hdrs=[("Auto-Submitted", "auto-generated")],
  mime="""Content-Type: multipart/report; report-type=delivery-status;
 boundary="BND.delay.h125d"

--BND.delay.h125d
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<gestion@college-montsalvy.example.fr>: connect to
    mx.college-montsalvy.example.fr[198.51.100.7]:25: Connection timed out

--BND.delay.h125d
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; gestion@college-montsalvy.example.fr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 20 Jan 2025 10:02:11 +0100 (CET)

--BND.delay.h125d--
""")

E("automated", False, None, None, None, "Rectorat - Diffusion", "diffusion@partenaires-rectorat.example.fr",
  "Alerte vigilance neige-verglas : fermetures d'établissements",
  """Information aux partenaires

En raison de l'épisode de neige et de verglas, les transports scolaires
sont suspendus ce mercredi 15 janvier dans le Cantal, la Haute-Loire et
une partie du Puy-de-Dôme. La liste des établissements fermés est mise à
jour sur le site académique.

Message diffusé automatiquement. Ne pas répondre.
""", "Bulk information list from a rectorate diffusion address (List-Id, Precedence: bulk). Not an ac-*.fr domain: no region.", fmt="alt",
  hdrs=[("List-Id", "<partenaires.diffusion.example.fr>"), ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated")])

E("automated", False, None, None, SG, "Signature électronique", "ne-pas-repondre@signature.example.fr",
  "Document signé : Convention d'adhésion 2025",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 -
Lycée du Granier ». Vous pouvez le télécharger depuis votre espace.

Ceci est un message automatique.
""", "E-signature 'completed' notification without Auto-Submitted; the no-reply sender and wording show it is automatic.", hard=True, fmt="alt")

E("automated", False, None, A, None, "Assistance académique", "assistance@ac-lyon.fr",
  "[Assistance académique] Accusé de réception - ticket 2025-004417",
  """Bonjour,

Votre message a bien été enregistré sous le numéro 2025-004417. En raison
d'un volume important de demandes liées aux intempéries, le délai de
traitement est actuellement de 5 jours ouvrés.

Merci de ne pas répondre à ce message.
""", "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-lyon.fr.", hard=True, fmt="plain",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-lyon.fr")])

E("automated", False, None, None, None, "Mailer-Daemon", "Mailer-Daemon@mail.ogec-bourg.example.fr",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compta@ogec-bourg.example.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-007740] Facture FA-2025-00112
""", "Exim bounce as plain text: no Auto-Submitted, only null Return-Path and Mailer-Daemon sender.", lang="en", fmt="plain", return_path="<>")

E("automated", False, None, None, None, "Philippe Garnier", "p.garnier@fournisseur-mobilier.example.com",
  "Automatic reply: Devis mobilier CDI",
  """I am out of the office until 22 January with no access to e-mail.
Je suis absent jusqu'au 22 janvier.
""", "Bilingual Exchange 'Automatic reply:' with Auto-Submitted.", lang="en", client="outlook", fmt="alt",
  hdrs=OOO)

E("automated", False, None, None, None, "Pierre-Yves Lenoir", "py.lenoir@lycee-prive-ste-anne.example.fr",
  "Return Receipt (displayed) - [#SUP-007711]", None,
  "Thunderbird return receipt, multipart/report disposition-notification.", lang="en", fmt="raw", client="tb",
  mime="""Content-Type: multipart/report; report-type=disposition-notification;
 boundary="BND.tbmdn.h125e"

--BND.tbmdn.h125e
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to
py.lenoir@lycee-prive-ste-anne.example.fr.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer.

--BND.tbmdn.h125e
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: lycee-prive-ste-anne.example.fr; Thunderbird 128.6.0
Final-Recipient: rfc822;py.lenoir@lycee-prive-ste-anne.example.fr
Original-Message-ID: <SUP-007711.1736850111.77@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--BND.tbmdn.h125e--
""")

E("automated", False, None, None, ES, "e-sidoc - Supervision", "no-reply@status.esidoc.example.fr",
  "[Maintenance planifiée] e-sidoc - jeudi 16 janvier 21h-23h",
  """Une opération de maintenance est planifiée sur la plateforme e-sidoc le
jeudi 16 janvier 2025 de 21 h à 23 h. Les portails resteront consultables ;
l'administration sera indisponible.

Vous recevez ce message car vous êtes abonné aux notifications de statut.
""", "Status-page notification from a no-reply sender (Auto-Submitted, Precedence: bulk).", fmt="alt",
  hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

u = U("0150622")
E("automated", False, u, A, None, "Collège de Murat", f"ce.{u}@ac-clermont.fr",
  "Réponse automatique : [#SUP-007734] Mot de passe e-sidoc",
  """Bonjour,

Le collège est fermé les 14 et 15 janvier en raison des intempéries. Le
secrétariat traitera votre message à la réouverture. Pour les questions
d'accès au portail documentaire ou de mot de passe, merci de patienter.

Le secrétariat
""", "Out-of-office of a school office (ce.<UAI> address) mentioning passwords; Auto-Submitted present. UAI from the address.", hard=True, client="zimbra", fmt="plain",
  hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
        ("In-Reply-To", "<SUP-007734.1736851000.0b0b@assistance.example.fr>")])

# ---------------------------------------------------------------- other
E("other", False, None, None, None, "Kevin from RankBoost", "kevin@rankboost-seo.example.com",
  "Quick question about assistance.example.fr",
  """Hi there,

I noticed your website is not ranking on the first page of Google for
"school library software". We help education brands get 300% more traffic
in 90 days. Can I send you a free audit?

Kevin
""", "English SEO spam.", lang="en", client="gmail", fmt="alt")

E("other", False, None, None, None, "Service Messagerie Académique", "securite@ac-lyon-messagerie.example.com",
  "Votre boîte sera désactivée sous 24h",
  """Cher utilisateur,

Suite à la migration hivernale, votre boîte académique sera désactivée
sous 24 heures. Pour la conserver, confirmez votre identifiant et votre
mot de passe ici : http://ac-lyon-messagerie.example.com/verif

Service Messagerie
""", "Phishing: mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region.", hard=True, fmt="html", auth="fail")

E("other", False, None, None, None, "Sandrine Lopez", "sandrine.lopez77@hotmail.fr",
  "Collège fermé demain ?",
  """Bonjour,

Est-ce que le collège de mon fils (collège du Val d'Allier) sera fermé
demain à cause de la neige ? Le car n'est pas passé ce matin et personne
ne répond au téléphone.

Merci
Sandrine Lopez
""", "A parent asks whether her son's school is closed: wrong address, unrelated to the services.", client="outlook", fmt="alt")

E("other", False, None, A, ES, "Karima Benali", "karima.benali@ac-lyon.fr",
  "Re: [#SUP-007713] Mot de passe e-sidoc",
  """Merci beaucoup, c'est réglé ! Le nouveau lien a bien fonctionné et j'ai
pu me reconnecter.

Bonne fin de semaine,
Karima

> Bonjour, nous avons envoyé un nouveau lien de réinitialisation...
""", "Thanks only, quoting the reset answer: 'lien' and 'mot de passe' appear but nothing is asked.", hard=True, client="tb",
  hdrs=[("In-Reply-To", "<SUP-007713.1736930000.a1c9e3@assistance.example.fr>")])

E("other", False, None, A, None, "Pierre Jacquier", "pierre.jacquier@ac-grenoble.fr",
  "Re: Mail d'activation compte client",
  """Bien reçu, merci.

Envoyé depuis mon mobile
""", "'Bien reçu, merci' from a phone: nothing to do. Region from ac-grenoble.fr.", client="android", fmt="b64")

E("other", False, None, None, None, "Sophie - ThermoConfort Pro", "sophie@thermoconfort-pro.example.fr",
  "Vos CDI sont-ils bien chauffés cet hiver ?",
  """Bonjour,

Le froid s'installe et les CDI sont souvent les salles les plus difficiles
à chauffer. ThermoConfort Pro propose des panneaux rayonnants installés en
une journée, éligibles aux marchés publics. Puis-je vous appeler 10
minutes cette semaine ?

Sophie Marchal
Chargée d'affaires
""", "Cold sales prospecting sent to one person (no list headers): other, not automated.", client="outlook", fmt="alt")

E("other", False, None, None, None, "Lina Benhamou", "lina.benhamou@etu.univ-lyon.example.fr",
  "Candidature spontanée - stage support",
  """Madame, Monsieur,

Étudiante en BUT Informatique à Lyon, je recherche un stage de 10 semaines
à partir d'avril. Le support aux établissements scolaires m'intéresse
beaucoup. Vous trouverez mon CV en pièce jointe.

Respectueusement,
Lina Benhamou
""", "Unsolicited internship application.", client="gmail", fmt="alt")

E("other", False, None, None, None, "Monique Baret", "monique.baret@free.fr",
  "Suppression de mes données",
  """Bonjour,

J'ai pris ma retraite en décembre (j'étais documentaliste à Riom).
Conformément au RGPD, je vous demande de supprimer mon compte et toutes mes
données personnelles.

Monique Baret
""", "GDPR erasure request from a retired librarian: other, not account_creation.", hard=True, client="orange")

E("other", False, None, A, None, "Gérald Sauvage", "gerald.sauvage@ac-grenoble.fr",
  "Toujours aucune réponse !!!",
  """Cela fait DEUX SEMAINES que j'attends une réponse. C'est inadmissible.
Je vais remonter l'information à ma hiérarchie.

G. Sauvage
""", "Angry complaint that says nothing about the topic: no category can be told. Region from ac-grenoble.fr.", hard=True, client="zimbra")

E("other", False, None, None, TP, "Élodie Garnier", "elodie.garnier@cc-montsdulyonnais.example.fr",
  "Partager un ticket avec une collègue",
  """Bonjour,

Sur le portail d'assistance, comment puis-je partager mon ticket avec ma
collègue, pour qu'elle suive la réponse pendant mon absence ?

Élodie Garnier
""", "How-to question on the ticket portal with no category of its own.", client="outlook", fmt="alt")

E("other", False, None, None, None, "Service Facturation", "facturation@edu-fournitures-express.example.net",
  "Facture impayée n° 2025-0117 - dernier rappel",
  """Madame, Monsieur,

Malgré nos relances, la facture n° 2025-0117 (1 845,00 €) reste impayée.
Veuillez régler sous 48 h en téléchargeant la facture ci-jointe et en
suivant les instructions de paiement.

Service Facturation
""", "Fake 'unpaid invoice' from an unknown sender with failing SPF: phishing, not order_billing.", hard=True, client="outlook", fmt="alt", auth="fail")

E("other", False, None, None, EA, "Hervé Bonnefond", "herve.bonnefond@mairie-thiers.example.fr",
  "Inscription au webinaire",
  """Bonjour,

Je voudrais m'inscrire au webinaire "Bien commencer l'année sur l'Espace
Acheteur" du 23 janvier, mais le lien d'inscription de la lettre
d'information renvoie une erreur 404.

Merci,
Hervé Bonnefond
""", "Wants to register for a webinar, the link fails: other.", client="outlook", fmt="alt")

E("other", False, None, A, None, "Lucas Mermet", "lucas.mermet@ac-grenoble.fr",
  "Ressources sur la météo et le climat",
  """Bonjour,

Professeur de SVT, je cherche des ressources pédagogiques sur les épisodes
de froid extrême et le changement climatique pour une séquence en 4e.
Auriez-vous des suggestions ?

Lucas Mermet
""", "A teacher asks for teaching resources: unrelated to the services. Region from ac-grenoble.fr.", client="zimbra")

E("other", False, None, None, None, "Priya Nair", "priya@learnloop.example.io",
  "Re: Partnership idea - LearnLoop x your platform",
  """Hi again,

Just bumping this up in case it got lost in the January rush. We would
love to integrate LearnLoop's reading-tracker into your school portal.

Best,
Priya

On Mon, Jan 6, 2025 at 10:03 AM Priya Nair <priya@learnloop.example.io> wrote:
> Hello team, I'm the co-founder of LearnLoop, an edtech start-up...
""", "English partnership pitch, a follow-up quoting her own first mail.", lang="en", client="gmail", fmt="alt")

E("other", False, None, None, None, "Jacques Prat", "jacques.prat@wanadoo.fr",
  "désabonnement",
  """Bonjour, merci de me retirer de votre liste de diffusion, je ne suis plus
gestionnaire depuis septembre. Cordialement. J. Prat
""", "A person asks to be removed from the newsletter: written by hand, so not automated.", client="orange", fmt="latin1")

E("other", False, None, A, None, "Claire Vidal", "claire.vidal@ac-lyon.fr",
  "ce soir",
  """Coucou,

Avec la neige je ne pourrai pas passer te prendre ce soir pour la chorale,
on décale à jeudi ? Bises

Claire
""", "Personal message sent to the desk by address autocomplete. Region from ac-lyon.fr.", client="zimbra")

E("other", False, None, None, None, "Alain Rigaud", "alain.rigaud@sfr.fr",
  "Horaires de l'assistance pendant les intempéries",
  """Bonjour,

Votre assistance téléphonique est-elle ouverte cette semaine malgré la
neige ? Et quel est le numéro à appeler ? Je n'ai qu'une adresse mail.

Alain Rigaud
""", "Asks the desk's phone hours and number: no category of its own.", client="orange")

# ================================================================ wrapping
CLIENT_HDRS = {
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4610 (ZimbraWebClient - FF133 (Linux)/9.0.0_GA_4610)")],
    "outlook": [("X-MS-Has-Attach", ""), ("Accept-Language", "fr-FR, en-US"),
                ("Content-Language", "fr-FR")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "orange": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")],
}
DEFAULT_FMT = {"tb": "plain", "zimbra": "plain", "outlook": "alt", "gmail": "alt",
               "iphone": "qp", "android": "b64", "orange": "qp", None: "plain"}


def pick_client(dom):
    if dom.startswith("ac-"):
        return RNG.choice(["tb", "zimbra", "zimbra", "outlook"])
    if dom == "gmail.com":
        return "gmail"
    if dom in ("orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr"):
        return "orange"
    return RNG.choice(["outlook", "tb"])


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p class=\"MsoNormal\">" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"></head>\n<body lang=\"FR\">\n<div class=\"WordSection1\">\n"
            + "\n".join(out) + "\n</div>\n</body></html>\n")


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.replace("\n", "\r\n").encode(charset)).decode("ascii").replace("\r\n", "\n")


def body_part(m, fmt):
    t = m["body"]
    if fmt == "plain":
        return ("Content-Type: text/plain; charset=UTF-8; format=flowed\n"
                "Content-Transfer-Encoding: 8bit\n\n" + t).encode("utf-8")
    if fmt == "latin1":
        return ("Content-Type: text/plain; charset=ISO-8859-1\n"
                "Content-Transfer-Encoding: 8bit\n\n").encode("ascii") + t.encode("iso-8859-1")
    if fmt == "cp1252":
        return ("Content-Type: text/plain; charset=windows-1252\n"
                "Content-Transfer-Encoding: 8bit\n\n").encode("ascii") + t.encode("cp1252")
    if fmt == "qp":
        return ("Content-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: quoted-printable\n\n" + qp(t)).encode("ascii")
    if fmt == "b64":
        return ("Content-Type: text/plain; charset=UTF-8\n"
                "Content-Transfer-Encoding: base64\n\n"
                + base64.encodebytes(t.encode("utf-8")).decode("ascii")).encode("ascii")
    if fmt == "html":
        return ("Content-Type: text/html; charset=utf-8\n"
                "Content-Transfer-Encoding: quoted-printable\n\n" + qp(to_html(t))).encode("ascii")
    if fmt == "alt":
        b = "=_alt_%032x" % RNG.getrandbits(128)
        s = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
             f"--{b}\nContent-Type: text/plain; charset=utf-8\n"
             f"Content-Transfer-Encoding: quoted-printable\n\n{qp(t)}\n"
             f"--{b}\nContent-Type: text/html; charset=utf-8\n"
             f"Content-Transfer-Encoding: quoted-printable\n\n{qp(to_html(t))}\n"
             f"--{b}--\n")
        return s.encode("ascii")
    if fmt == "raw":
        return m["mime"].encode("utf-8")
    raise ValueError(fmt)


def build(i, m):
    addr = m["addr"]
    dom = addr.split("@")[1].lower()
    if "client" in m:
        client = m["client"]
    elif m["cat"] == "automated":
        client = None  # servers and notification systems add no mail-client headers
    else:
        client = pick_client(dom)
    fmt = m.get("fmt") or DEFAULT_FMT[client]
    day = m.get("day") or RNG.choice([13, 13, 14, 14, 14, 15, 15, 15, 16, 16, 17, 20])
    tz = datetime.timezone(datetime.timedelta(hours=1))
    dt = datetime.datetime(2025, 1, day, RNG.randint(6, 21), RNG.randint(0, 59),
                           RNG.randint(0, 59), tzinfo=tz)
    recv = dt + datetime.timedelta(seconds=RNG.randint(2, 40))
    if client == "outlook":
        relay = "PAUP264CU%03d.outbound.protection.outlook.com" % RNG.randint(1, 9)
        mid = "<PR%dP264MB%04d%s@PR%dP264MB%04d.FRAP264.PROD.OUTLOOK.COM>" % (
            RNG.randint(0, 3), RNG.randint(1000, 9999), "%024X" % RNG.getrandbits(96),
            RNG.randint(0, 3), RNG.randint(1000, 9999))
    elif client == "gmail":
        relay = "mail-wr1-f%d.google.com" % RNG.randint(40, 70)
        mid = "<CA%s@mail.gmail.com>" % base64.b32encode(RNG.getrandbits(200).to_bytes(25, "big")).decode().rstrip("=")
    else:
        relay = ("smtp%d." % RNG.randint(1, 6)) + dom
        mid = "<%s@%s>" % (uuid.UUID(int=RNG.getrandbits(128), version=4), dom)
    auth = m.get("auth", "pass")
    if auth == "pass":
        ar = (f"mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d={dom};\n"
              f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc=pass (p=none dis=none) header.from={dom}")
    else:
        ar = (f"mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom={dom};\n"
              f"\tdmarc=fail (p=quarantine dis=none) header.from={dom}")
    h = [
        ("Return-Path", m.get("return_path", f"<{addr}>")),
        ("Delivered-To", "support@assistance.example.fr"),
        ("Received", f"from {relay} ({relay} [203.0.113.{RNG.randint(2, 250)}])\n"
                     f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {'%015X' % RNG.getrandbits(60)}\n"
                     f"\tfor <support@assistance.example.fr>; {format_datetime(recv)}"),
        ("Authentication-Results", ar),
        ("From", formataddr((m["name"], addr), charset="utf-8")),
        ("To", m.get("to") or RNG.choice(["support@assistance.example.fr",
                                           "Assistance <support@assistance.example.fr>"])),
        ("Subject", enc_header(m["subject"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", mid),
    ]
    if m.get("reply_to"):
        h.append(("Reply-To", m["reply_to"]))
    h.append(("MIME-Version", "1.0"))
    h += CLIENT_HDRS.get(client, [])
    h += list(m.get("hdrs", []))
    head = "".join(f"{k}: {v}\n" if v else f"{k}:\n" for k, v in h).encode("ascii")
    return head + body_part(m, fmt)


def write_all():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(build(n, m))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m.get("hard", False), "lang": m.get("lang", "fr"),
                       "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


# ================================================================ checks
UAI_RE = re.compile(r"^(\d{7})([A-Z])$")
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def text_of(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text" or part.get_content_type().startswith("message/"):
            try:
                parts.append(part.get_content() if part.get_content_maintype() == "text"
                             else part.as_string())
            except Exception:  # non-text message/* parts
                parts.append(str(part.get_payload()))
    return "\n".join(parts)


def check():
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], len(files)
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == files
    for lab in labels:
        assert list(lab) == KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] and msg["Date"] and msg["Message-ID"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]) or lab["category"] == "automated"
        text = text_of(msg)
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"].strip(), lab
        sender = msg["From"].addresses[0].addr_spec.lower()
        dom_region = DOMAIN_REGION.get(sender.split("@")[1])
        if lab["uai"] is not None:
            mm = UAI_RE.match(lab["uai"])
            assert mm, lab
            assert LETTERS[int(mm.group(1)) % 23] == mm.group(2), lab
            assert lab["uai"].lower() in text.lower(), (lab["file"], "UAI not in mail")
            dept = lab["uai"][:3]
            assert lab["region"] == DEPT_REGION[dept], lab
        else:
            assert lab["region"] == dom_region, (lab, dom_region)
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, lab
    return labels


if __name__ == "__main__":
    assert len(MAILS) == 150, len(MAILS)
    write_all()
    labels = check()
    from collections import Counter
    print("ok: 150 mails")
    for k, v in sorted(Counter(l["category"] for l in labels).items()):
        print(f"  {k:32} {v}")
    print("  auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels),
          " hard:", sum(l["hard"] for l in labels),
          " en:", sum(l["lang"] == "en" for l in labels))
