#!/usr/bin/env python3
"""Generate the holdout89 blind test corpus (150 hand-written mails + labels.jsonl).

Theme: Sunday-evening and holiday mail from Grand Est and Bourgogne-Franche-Comte:
tired people preparing Monday, backlogs of problems listed for weeks, several
problems in one mail or one clear problem drowned in context.

Standard library only, deterministic (random.Random(89)). Every mail text below is
hand-written; the script only wraps it in headers and a transfer encoding, then
re-reads everything and asserts the labels are consistent.
"""
import datetime as _dt
import html as _html
import json
import os
import random
import re
from email import policy
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.generator import BytesGenerator
from email.parser import BytesParser
from email.utils import format_datetime
import io

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(89)
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
              "subscription_activation", "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"es": "esidoc", "ea": "espace_acheteur", "ed": "ecoledirecte",
             "tp": "ticket_portal", "sig": "esignature", None: None}
REGIONS_SHORT = {"ge": "grand-est", "bfc": "bourgogne-franche-comte", None: None,
                 "idf": "ile-de-france", "ara": "auvergne-rhone-alpes", "hdf": "hauts-de-france"}
DEPT_REGION = {}
for _slug, _depts in {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56", "centre-val-de-loire": "18 28 36 37 41 45",
    "grand-est": "08 10 51 52 54 55 57 67 68 88", "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95", "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85", "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
}.items():
    for _d in _depts.split():
        DEPT_REGION["0" + _d] = _slug
DEPT_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe", "972": "martinique",
                    "973": "guyane", "974": "la-reunion", "976": "mayotte"})
DOMAIN_REGION = {}
for _slug, _doms in {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr", "bretagne": "ac-rennes.fr",
    "centre-val-de-loire": "ac-orleans-tours.fr", "corse": "ac-corse.fr",
    "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr", "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr", "guyane": "ac-guyane.fr",
    "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr",
}.items():
    for _d in _doms.split():
        DOMAIN_REGION[_d] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(cat, auto, uai, region, plat, hard, lang, notes, frm, subj, body, c="outlook", e="qp", **kw):
    """Record one hand-written mail with its label."""
    MAILS.append(dict(cat=cat, auto=auto, uai=uai, region=REGIONS_SHORT[region], plat=PLATFORMS[plat],
                      hard=hard, lang=lang, notes=notes, frm=frm, subj=subj, body=body, c=c, e=e, kw=kw))


# =============================================================== password_reset (24)
M("password_reset", True, "0572175E", "ge", "es", False, "fr",
  "Lost e-sidoc back-office password, explained at length on a Sunday evening; UAI in the body, the reset path applies.",
  "Sandrine Weber <sandrine.weber@ac-nancy-metz.fr>", "Mot de passe portail e-sidoc",
  """Bonsoir,

Je profite du calme du dimanche soir pour vous écrire, la semaine a été
infernale (conseils de classe, inventaire, et le CDI qui sert de salle de
permanence trois heures par jour...).

Je prépare la séance de lundi 8h avec les 6e et je voulais mettre en avant
la sélection de romans sur la page d'accueil du portail. Impossible : le mot
de passe du back office e-sidoc n'est plus accepté. Je l'avais changé en
juin et je suis à peu près sûre de l'avoir noté quelque part, mais
visiblement pas au bon endroit.

Notre identifiant est 0572175E (collège Paul Verlaine, Metz).
Pouvez-vous me dire comment le réinitialiser ? Idéalement avant lundi
matin, mais je sais bien qu'on est dimanche.

Merci d'avance et bonne soirée,

Sandrine Weber
Professeure documentaliste
Collège Paul Verlaine - Metz""", c="thunderbird", e="8bit")

M("password_reset", True, "0102414V", "ge", "es", False, "fr",
  "Short mail without accents from a personal address: forgotten e-sidoc password, UAI given.",
  "julie.marchal10 <julie.marchal10@gmail.com>", "mdp esidoc",
  """bonsoir
j ai oublie le mdp de l admin esidoc du college (rne 0102414V)
comment je fais pour le recuperer svp ? j ai cours demain 8h et je voulais preparer la rentree des livres
merci
julie marchal, doc au clg de romilly""", c="gmail", e="alt")

M("password_reset", True, "0211259E", "bfc", "es", True, "fr",
  "One clear problem (lost e-sidoc admin password) drowned in a long list of unrelated complaints about the CDI, the wifi and the ENT.",
  "Marc-Antoine Rousseau <marc-antoine.rousseau@ac-dijon.fr>", "Dimanche soir, la liste...",
  """Bonsoir,

Je vous écris un peu en vrac, pardonnez-moi, c'est la fin des vacances et
j'ai une liste longue comme le bras :
- le wifi du CDI ne marche plus depuis la Toussaint (ça, je sais que ce
  n'est pas vous, c'est la Région) ;
- l'ENT déconnecte les élèves toutes les dix minutes ;
- la moitié des manuels numériques ne s'ouvrent pas sur les tablettes ;
- et, ce qui vous concerne : je n'ai plus le mot de passe de
  l'administration e-sidoc. Mon collègue qui le gérait est parti à la
  retraite en juillet sans le transmettre.

Seul le dernier point est pour vous, je crois. Notre code établissement
est le 0211259E (lycée Carnot, Dijon).

Merci, et désolé pour le roman.

M.-A. Rousseau
Professeur documentaliste""", c="outlook", e="qp")

M("password_reset", True, "0251428S", "bfc", "es", True, "fr",
  "The UAI only appears in the ce.<UAI>@ac-besancon.fr sender address; the secretary asks for the reset link on that official mailbox.",
  "Secrétariat de direction <ce.0251428S@ac-besancon.fr>", "Mot de passe administration e-sidoc",
  """Bonjour,

Notre professeure documentaliste, Mme Girardot, n'arrive plus à se
connecter à l'interface d'administration du portail documentaire : mot de
passe perdu pendant les vacances.

Pouvez-vous envoyer le lien de réinitialisation à la présente adresse ?
Nous le lui ferons suivre lundi matin.

Bien cordialement,

Le secrétariat
Collège Lucie Aubrac - Besançon""", c="zimbra", e="alt")

M("password_reset", True, "0682568X", "ge", "es", True, "fr",
  "Negation: not the ENT password but the e-sidoc one; a plain lost password with the UAI in the body.",
  "Nathalie Schmitt <nathalie.schmitt@ac-strasbourg.fr>", "oubli mot de passe",
  """Bonsoir,

Avant qu'on me renvoie vers l'ENT : ce n'est pas le mot de passe de l'ENT
ni celui de ma messagerie académique, ceux-là fonctionnent. C'est le mot de
passe du compte administrateur e-sidoc du lycée que j'ai oublié.

UAI : 0682568X, lycée Louis Armand, Mulhouse.

Merci de m'indiquer la démarche.
N. Schmitt, documentaliste""", c="zimbra", e="html")

M("password_reset", False, None, "ge", "es", True, "fr",
  "The code typed 0541321V has a wrong check letter (the digits give 0541321T), so no UAI; region from the ac-nancy-metz.fr sender, and a person must identify the school before any link.",
  "Olivier Thiriet <olivier.thiriet@ac-nancy-metz.fr>", "Réinitialisation mot de passe",
  """Bonsoir,

Je ne retrouve plus le mot de passe pour gérer notre e-sidoc. J'ai tenté
la procédure "mot de passe oublié" avec notre numéro 0541321V mais la page
me répond que l'identifiant est inconnu.

Je suis au collège de Pont-à-Mousson depuis septembre.

Cordialement,
Olivier Thiriet""", c="thunderbird", e="8bit", wrong="0541321V")

M("password_reset", True, "0671835F", "ge", "es", False, "en",
  "English: the librarian of an international section lost the e-sidoc admin password; UAI given.",
  "Emma Clarke <emma.clarke@ac-strasbourg.fr>", "Lost admin password - library portal",
  """Hello,

Sorry to write on a Sunday night. I am the librarian of the international
section at Lycée Jean Monnet in Strasbourg (school code 0671835F) and I
can no longer log in to the e-sidoc administration. I must have changed
the password before the holidays and forgotten it.

Could you tell me how to reset it? I would like to update the portal
before classes tomorrow.

Many thanks,
Emma Clarke""", c="apple", e="qp")

M("password_reset", False, "0891784F", "bfc", "es", True, "fr",
  "Two topics: lost e-sidoc password (first) and an invoice missing from Chorus; one template cannot answer both.",
  "Hélène Perraudin <helene.perraudin@ac-dijon.fr>", "mot de passe + facture",
  """Bonsoir,

Deux choses, puisque je fais le tri de ma boîte ce dimanche :

1) je n'ai plus le mot de passe administrateur de notre e-sidoc (collège
   Bienvenu Martin, Auxerre, UAI 0891784F) ;
2) notre gestionnaire me dit que la facture du renouvellement n'est
   toujours pas arrivée dans Chorus, alors qu'on nous la réclame.

Merci de vos retours,
Hélène Perraudin
Documentaliste""", c="outlook", e="qp")

M("password_reset", True, "0711403P", "bfc", "ea", False, "fr",
  "Buyer-space account locked after three attempts; gestionnaire gives the UAI.",
  "Karine Duthu <karine.duthu@ac-dijon.fr>", "Compte bloqué espace acheteur",
  """Bonjour,
Mon compte sur l'espace acheteur est bloqué après 3 essais de mot de passe.
Lycée Mathias, Chalon-sur-Saône, UAI 0711403P.
Pouvez-vous me débloquer ou m'envoyer un lien ?
Merci
Karine Duthu, gestionnaire

Envoyé de mon iPhone""", c="iphone", e="qp")

M("password_reset", True, "0392786S", "bfc", "es", False, "fr",
  "Reply to the reset answer: the link expired before she opened it; a new link is the answer.",
  "Aurélie Bourgeois <aurelie.bourgeois39@gmail.com>", "Re: Mot de passe e-sidoc",
  """Bonsoir,

Le lien est expiré, je n'ai pu l'ouvrir que ce soir (j'étais en sortie
scolaire toute la semaine). Pouvez-vous m'en renvoyer un ? Je le
l'utiliserai tout de suite cette fois.

Collège Jules Grévy, Poligny - 0392786S

Merci !
Aurélie

Le mer. 13 nov. 2024 à 10:02, Assistance <support@assistance.example.fr> a
écrit :

> Bonjour,
>
> Un lien de réinitialisation vient d'être envoyé à l'adresse enregistrée
> pour votre établissement. Ce lien est valable 12 heures.
>
> L'équipe d'assistance
""", c="gmail", e="alt", irt=True, date="2024-11-17 21:36")

M("password_reset", False, "0522589G", "ge", "es", False, "fr",
  "Follow-up: the link went to the school's official mailbox that nobody can read since the secretary left; a person has to take over.",
  "Thomas Lallemand <thomas.lallemand@ac-reims.fr>", "RE: Réinitialisation mot de passe e-sidoc",
  """Bonsoir,

Merci pour la réponse, mais le lien est parti sur la boîte ce. du collège
et personne n'y a accès en ce moment : la secrétaire est partie fin
octobre, son remplacement n'est pas encore arrivé et la principale est en
arrêt. Je tourne en rond depuis trois semaines.

Comment faire concrètement ? Je suis le seul documentaliste.

Thomas Lallemand
Collège Louis Pasteur - Saint-Dizier - 0522589G

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 21 novembre 2024 09:41
À : Thomas Lallemand <thomas.lallemand@ac-reims.fr>
Objet : Réinitialisation mot de passe e-sidoc

Bonjour,
Le lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement (c***@ac-reims.fr).
Cordialement""", c="outlook", e="qp", irt=True, date="2024-11-24 21:15")

M("password_reset", True, "0571510G", "ge", "es", True, "fr",
  "UAI written with spaces (057 1510 G); a plain forgotten e-sidoc password.",
  "Céline Koenig <celine.koenig@ac-nancy-metz.fr>", "Mot de passe oublié",
  """Bonsoir,

Reprise demain et je m'aperçois que je n'ai plus mon mot de passe pour
l'administration du portail e-sidoc. Code établissement : 057 1510 G
(collège Jean Rostand, Sarreguemines).

Merci de votre aide,
Céline Koenig
CDI""", c="thunderbird", e="qp")

M("password_reset", True, "0881147U", "ge", "es", True, "fr",
  "The UAI appears only inside the portal address, in lower case (0881147u.esidoc.fr); forgotten password.",
  "Bruno Vuillaume <bruno.vuillaume@ac-nancy-metz.fr>", "acces admin portail",
  """Bonsoir,
je n'arrive plus à entrer dans l'admin de https://0881147u.esidoc.fr ,
mot de passe refusé, j'ai du le changer en septembre et oublié depuis.
pouvez vous m'envoyer un lien de reinitialisation ?
merci
B. Vuillaume, prof doc, Epinal""", c="zimbra", e="alt")

M("password_reset", True, None, None, "ea", False, "fr",
  "A town buyer forgot her buyer-space identifier; non-academic sender, no UAI.",
  "Patricia Humbert <p.humbert@ville-chaumont.fr>", "Identifiant oublié - espace acheteur",
  """Bonsoir,

Je prépare les commandes de fournitures pour la rentrée de janvier et je
ne retrouve plus mon identifiant de connexion à l'espace acheteur (ni le
mot de passe d'ailleurs, pour être honnête).

Service achats, Ville de Chaumont.

Merci de m'indiquer la marche à suivre.
Patricia Humbert""", c="outlook", e="qp", date="2024-12-29 19:12")

M("password_reset", True, None, "ge", "tp", False, "fr",
  "Expired password on the ticket portal itself; academic sender gives the region.",
  "Laurent Gérard <laurent.gerard@ac-reims.fr>", "Mot de passe expiré portail assistance",
  """Bonjour,

Le portail d'assistance (celui des tickets) me dit que mon mot de passe a
expiré et me demande d'en choisir un nouveau, mais il me faut l'ancien,
que je n'ai plus. Je voulais suivre mon ticket de la semaine dernière.

Pouvez-vous me renvoyer un lien ?

Laurent Gérard
Assistant de prévention / référent numérique""", c="thunderbird", e="8bit")

M("password_reset", False, "0212991M", "bfc", "ed", True, "fr",
  "Lost EcoleDirecte administration password, explicitly not the daily maintenance password; no reset template for this product.",
  "Sylvie Morel <sylvie.morel@ac-dijon.fr>", "Perte mot de passe administrateur EcoleDirecte",
  """Bonsoir,

Attention, ma demande ne concerne PAS le mot de passe de maintenance du
jour (celui-là, je sais où le trouver). J'ai perdu le mot de passe du
compte administrateur EcoleDirecte de l'établissement : l'ancien
secrétaire l'a changé avant de partir et ne l'a laissé nulle part.

Collège Le Chapitre, Chenôve - 0212991M

Merci
Sylvie Morel, secrétaire de direction""", c="outlook", e="b64")

M("password_reset", True, "0582104X", "bfc", "es", False, "fr",
  "New librarian arriving after the holidays; predecessor left no password; 'je ne connais pas mon mot de passe'.",
  "Gaëlle Thevenin <gaelle.thevenin@ac-dijon.fr>", "Prise de poste - mot de passe e-sidoc",
  """Bonsoir,

Je prends mon poste demain au collège de Decize (0582104X), après le
départ de ma collègue pendant les vacances de la Toussaint. Je ne connais
pas le mot de passe d'administration du portail e-sidoc, rien ne m'a été
transmis.

Pourriez-vous me dire comment l'obtenir ?

Bonne fin de dimanche,
Gaëlle Thevenin""", c="gmail", e="alt", date="2024-11-03 20:48")

M("password_reset", True, "0251010M", "bfc", "ea", False, "en",
  "English: IT manager locked out of the buyer space; UAI given.",
  "David Fernandes <dsi@lycee-saint-jean-besancon.fr>", "Locked out of the buyer space",
  """Hi,

I'm handling IT for Lycée Saint-Jean, Besançon (UAI 0251010M). Our
bursar is off until January and I need to check an order on the buyer
space, but the account is locked: "too many attempts".

Can you send a reset link to the address you have on file?

Thanks,
David Fernandes
IT department""", c="outlook", e="qp", date="2024-12-22 18:05")

M("password_reset", False, "0901339S", "bfc", "es", False, "fr",
  "Asks for the password to be sent to her personal gmail address, which is not on file: no automatic answer.",
  "Isabelle Claude <isa.claude90@gmail.com>", "mdp esidoc a m'envoyer sur cette adresse",
  """Bonsoir,

je n'ai plus accès à ma boîte académique (problème d'authentification
depuis 15 jours, l'académie ne répond pas) et j'ai oublié le mdp de notre
esidoc. Pouvez vous m'envoyer le mot de passe directement sur cette adresse
gmail ? c'est la seule que je peux lire.

Collège Châteaudun, Belfort - 0901339S

Merci beaucoup, vraiment,
Isabelle""", c="gmail", e="alt")

M("password_reset", True, "0551504L", "ge", "es", True, "fr",
  "Works half-time in two collèges; the reset is for 0551504L (Verdun), the other school 0552113Y is only mentioned.",
  "Pauline Colin <pauline.colin@ac-nancy-metz.fr>", "Mot de passe e-sidoc - collège de Verdun",
  """Bonsoir,

Je suis à mi-temps sur deux collèges. Pour celui de Commercy (0552113Y)
tout va bien. En revanche pour le collège Buvignier à Verdun (0551504L),
je n'ai plus le mot de passe administrateur du portail.

Pouvez-vous m'aider pour Verdun uniquement ?

Pauline Colin""", c="thunderbird", e="qp")

M("password_reset", True, "0682632S", "ge", "es", True, "fr",
  "Reply in an old invoice thread (quoted history about billing) but the new text asks only for a lost e-sidoc password.",
  "Michel Haller <michel.haller@ac-strasbourg.fr>", "RE: Facture abonnement 2024",
  """Bonsoir,

Rien à voir avec la facture (réglée depuis, merci), mais je réutilise ce
fil : j'ai perdu le mot de passe d'administration de notre e-sidoc. Lycée
Schweitzer, Mulhouse, 0682632S.

Merci,
M. Haller

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 3 septembre 2024 14:12
À : Michel Haller
Objet : RE: Facture abonnement 2024

Bonjour,
La facture a été déposée sur Chorus Pro ce jour.
Cordialement""", c="outlook", e="qp", irt=True, date="2024-09-15 20:40")

M("password_reset", True, "0211270S", "bfc", "es", True, "fr",
  "Forgotten login identifier; the UAI appears only in the signature.",
  "Anne Lamberet <anne.lamberet@ac-dijon.fr>", "identifiant connexion portail",
  """Bonsoir,

Je ne sais plus quel identifiant utiliser pour me connecter à
l'administration du portail documentaire, ni le mot de passe qui va avec.
Cela fait un an que je n'y suis pas allée (congé).

Merci de votre aide.

--
Anne Lamberet
Professeure documentaliste
Collège Gaston Roupnel - Dijon
UAI 0211270S""", c="outlook", e="b64")

M("password_reset", True, "0102930F", "ge", "es", False, "en",
  "English, very short: forgotten e-sidoc admin password with the school code.",
  "Sarah Mitchell <sarah.mitchell@ac-reims.fr>", "Forgot password",
  """Hi,
Forgot my password for the e-sidoc admin, school code 0102930F. Could you
send me a reset link?
Thanks,
Sarah""", c="gmail", e="alt")

M("password_reset", True, "0712414N", "bfc", "es", False, "fr",
  "Emotional Sunday mail: the reset page says the address is unknown; the FAQ answer (official address or head's written request) applies.",
  "Christelle Pernot <christelle.pernot@ac-dijon.fr>", "3 dimanches que j'essaie...",
  """Bonsoir,

Ça fait trois dimanches de suite que j'essaie de récupérer l'accès au
portail e-sidoc du collège et je commence à perdre patience (et le moral).
La page "mot de passe oublié" me répond que mon adresse est inconnue. Je
suppose que c'est l'adresse de ma prédécesseure qui est enregistrée.

Collège Pasteur, Mâcon, 0712414N.

Qu'est-ce que je dois faire ? Je voudrais juste pouvoir travailler.

Christelle Pernot""", c="apple", e="qp")

# =============================================================== missing_noreply_mail (16)
M("missing_noreply_mail", True, "0102723F", "ge", "ea", False, "fr",
  "Activation mail of the buyer space never arrived; no anti-spam product named.",
  "Valérie Gillet <valerie.gillet@ac-reims.fr>", "Pas reçu le mail d'activation",
  """Bonsoir,

Je me suis inscrite vendredi sur l'espace acheteur pour le lycée
Chrestien de Troyes (0102723F) et je n'ai toujours pas reçu le mail
d'activation. J'ai besoin de passer une commande cette semaine.

Merci,
Valérie Gillet, gestionnaire""", c="outlook", e="qp")

M("missing_noreply_mail", True, "0541231V", "ge", "es", True, "fr",
  "Reads like a password problem, but the 'mot de passe oublié' form works: the new-password mail never arrives.",
  "Romain Aubert <romain.aubert@ac-nancy-metz.fr>", "Mot de passe - rien ne vient",
  """Bonsoir,

J'ai fait "mot de passe oublié" sur le portail e-sidoc cinq fois depuis
jeudi. La page me confirme bien l'envoi, mais je ne reçois rien, ni dans la
boîte de réception ni ailleurs visiblement.

Collège Montesquieu, Lunéville, 0541231V.

R. Aubert""", c="thunderbird", e="8bit")

M("missing_noreply_mail", True, "0391339U", "bfc", "ea", True, "fr",
  "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
  "Joëlle Faivre <joelle.faivre@ac-besancon.fr>", "Mail de confirmation jamais reçu",
  """Bonsoir,

Je n'ai jamais reçu le mail de confirmation de l'espace acheteur. Avant
qu'on me parle de Mailinblack : nous ne l'avons pas, j'ai posé la question
au service informatique de l'académie, ce n'est pas installé chez nous.
J'ai aussi regardé dans les indésirables.

Lycée Paul-Émile Victor, Champagnole, 0391339U

Joëlle Faivre
Adjointe gestionnaire""", c="zimbra", e="alt")

M("missing_noreply_mail", True, "0681797J", "ge", "es", False, "en",
  "English: portal notifications from the no-reply address stopped arriving weeks ago.",
  "Rachel Dubois <rachel.dubois@ac-strasbourg.fr>", "Notifications not received",
  """Hello,

Since the beginning of October I no longer receive the automatic
notifications from the e-sidoc portal (new reservations, reader
suggestions). I checked my junk folder.

Collège Saint-Exupéry, Mulhouse, 0681797J.

Best regards,
Rachel Dubois""", c="outlook", e="qp")

M("missing_noreply_mail", False, "0702281Z", "bfc", "ea", False, "fr",
  "Reply after the junk-folder answer: still nothing after 48 hours, asks to escalate; a person must follow up.",
  "Fabrice Grandjean <fabrice.grandjean@ac-besancon.fr>", "RE: Pas de mail d'activation",
  """Bonsoir,

J'ai fait tout ce qui était indiqué (indésirables, expéditeur autorisé),
et toujours rien depuis mardi. Pouvez-vous transmettre à la région ou
activer le compte manuellement ? On est bloqués pour les commandes.

F. Grandjean
Lycée Édouard Belin, Vesoul - 0702281Z

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 11:20
À : Fabrice Grandjean
Objet : Pas de mail d'activation

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
no-reply à vos expéditeurs approuvés. Sans nouvelle de votre part sous
48 heures, nous reviendrons vers vous.""", c="outlook", e="qp", irt=True, date="2025-01-19 20:31")

M("missing_noreply_mail", True, None, None, "ea", False, "fr",
  "Buyer of an intercommunal body never got the confirmation mail; non-academic sender, no UAI.",
  "Corinne Marchand <c.marchand@cc-vosges-cote-sud.fr>", "confirmation inscription espace acheteur",
  """Bonsoir,
je me suis inscrite mercredi sur votre nouvel espace acheteur pour la
communauté de communes, et je n'ai pas reçu de mail de confirmation.
Rien dans les spams.
Cordialement
Corinne Marchand
Service commande publique""", c="gmail", e="alt")

M("missing_noreply_mail", True, "0881284T", "ge", "es", True, "fr",
  "UAI only in the lower-case ce.<UAI> sender address; the activation mail never reached that mailbox.",
  "Collège Clemenceau <ce.0881284t@ac-nancy-metz.fr>", "Lien d'activation non reçu",
  """Bonjour,

Nous avons demandé l'activation du compte administrateur du portail
documentaire il y a trois jours. Le mail contenant le lien n'est jamais
arrivé sur cette adresse.

Merci de vérifier.

Le secrétariat""", c="zimbra", e="html")

M("missing_noreply_mail", False, "0212784M", "bfc", "ea", True, "fr",
  "Two topics: activation mail missing (main) and a request for a quote (order_billing); a person must answer both.",
  "Stéphane Roy <stephane.roy@ac-dijon.fr>", "activation + devis",
  """Bonsoir,

1. Je n'ai pas reçu le mail d'activation de l'espace acheteur (inscription
   faite lundi dernier).
2. Pourriez-vous en profiter pour m'établir un devis pour le
   renouvellement de l'abonnement ? J'en ai besoin pour le conseil
   d'administration de jeudi.

Collège Les Lentillères, Dijon - 0212784M

Stéphane Roy, gestionnaire""", c="outlook", e="qp")

M("missing_noreply_mail", True, None, "ge", "ea", False, "fr",
  "HTML-only webmail mail: the sign-up confirmation never arrived; no UAI, region from the ac-reims.fr sender.",
  "Mélanie Collard <melanie.collard@ac-reims.fr>", "Mail de confirmation d'inscription",
  """Bonsoir,

Inscription faite sur l'espace acheteur jeudi, mail de confirmation
jamais reçu. Pouvez-vous le renvoyer ?

Mélanie Collard""", c="zimbra", e="html")

M("missing_noreply_mail", True, "0891611T", "bfc", "ea", False, "fr",
  "Order notifications stopped after the académie's mail migration; no anti-spam product named.",
  "Jérôme Petit <jerome.petit@ac-dijon.fr>", "Plus de notifications de commandes",
  """Bonsoir,

Depuis la migration de la messagerie académique (début des vacances), je
ne reçois plus les notifications automatiques de l'espace acheteur
(validation de panier, suivi des commandes). Le reste des mails arrive
normalement.

Lycée Jacques Amyot, Auxerre, 0891611T

Jérôme Petit, gestionnaire""", c="thunderbird", e="qp", date="2024-12-30 18:40")

M("missing_noreply_mail", True, None, "bfc", "tp", False, "fr",
  "Replies from the ticket portal never arrive in her mailbox; region from the ac-besancon.fr sender.",
  "Laetitia Bôle <laetitia.bole@ac-besancon.fr>", "je ne reçois pas vos réponses",
  """Bonsoir,

J'ai ouvert deux tickets sur le portail d'assistance en novembre. Le
portail indique que vous avez répondu, mais je n'ai jamais reçu le mail de
notification. Je dois aller voir à la main à chaque fois.

Est-ce normal ?

Laetitia Bôle""", c="outlook", e="qp")

M("missing_noreply_mail", True, "0901298X", "bfc", "es", True, "fr",
  "Long Sunday backlog of five problems, only one for us: the e-sidoc activation mail never arrived.",
  "François Lhomme <francois.lhomme@ac-besancon.fr>", "Point sur mes problèmes en cours",
  """Bonsoir,

Je fais le point ce dimanche sur tout ce qui bloque depuis la rentrée, en
sachant bien que tout ne vous concerne pas :

- l'imprimante du CDI : réglé par l'agent de la Région, enfin ;
- Pronote qui n'affiche plus les emplois du temps : vu avec la vie scolaire ;
- les ordinateurs élèves : en attente de réinstallation ;
- le BCDI : on l'abandonne de toute façon ;
- et le mail d'activation du nouveau portail e-sidoc, que je n'ai jamais
  reçu malgré deux demandes. C'est celui-là qui me bloque pour lundi.

Lycée Condorcet, Belfort - 0901298X

Merci,
François Lhomme""", c="thunderbird", e="8bit")

M("missing_noreply_mail", True, "0572497E", "ge", "ea", False, "en",
  "English: the verification mail of the buyer space never came; no anti-spam product named.",
  "Kevin Muller <kevin.muller@ac-nancy-metz.fr>", "Verification email never came",
  """Hi,

I registered on the buyer space on Thursday for Lycée Georges de la Tour
(0572497E) and the verification email never came. Junk folder checked.
Could you resend it?

Regards,
Kevin Muller
IT support""", c="gmail", e="alt")

M("missing_noreply_mail", True, "0582969M", "bfc", "es", False, "fr",
  "Password-reset mail requested from an iPad never arrived, junk folder checked.",
  "Lucie Chevalier <lucie.chevalier@ac-dijon.fr>", "Pas de mail pour le nouveau mot de passe",
  """Bonsoir,
J'ai demandé un nouveau mot de passe e-sidoc depuis mon iPad il y a une
heure, pas de mail, j'ai regardé dans les spams.
Collège de Cosne-Cours-sur-Loire, 0582969M
Merci
Lucie

Envoyé de mon iPad""", c="iphone", e="qp")

M("missing_noreply_mail", True, "0512085P", "ge", "sig", False, "fr",
  "The e-signature invitation mail for the convention never arrived.",
  "Philippe Noël <philippe.noel@ac-reims.fr>", "Convention à signer - pas de mail",
  """Bonsoir,

On m'annonce qu'une convention est à signer électroniquement par le chef
d'établissement avant vendredi, mais le mail de signature n'est jamais
arrivé dans notre boîte, ni dans les indésirables.

Lycée Oehmichen, Châlons-en-Champagne, UAI 0512085P.

Philippe Noël, secrétaire général""", c="outlook", e="qp")

M("missing_noreply_mail", True, None, None, "ea", True, "fr",
  "Written code 0251441G has a wrong check letter (the digits give 0251441F), so no UAI; gmail sender, so no region; activation mail missing.",
  "sebastien.jeunet <sebastien.jeunet@gmail.com>", "pas de mail d activation",
  """bonsoir
toujours pas de mail d activation pour l espace acheteur, inscription faite il y a 2 jours
college 0251441G
merci
seb jeunet""", c="gmail", e="8bit", wrong="0251441G")

# =============================================================== mailinblack_spam (13)
M("mailinblack_spam", True, "0671572V", "ge", "ea", False, "fr",
  "MailInBlack named: the activation mail is held in its quarantine.",
  "Agnès Wolff <agnes.wolff@ac-strasbourg.fr>", "Mail bloqué par Mailinblack",
  """Bonsoir,

Le mail d'activation de l'espace acheteur est retenu par Mailinblack,
je le vois dans la liste des messages en attente mais je ne peux pas le
libérer (je n'ai pas les droits).

Collège Foch, Strasbourg - 0671572V

Agnès Wolff, gestionnaire""", c="outlook", e="qp")

M("mailinblack_spam", False, "0521510J", "ge", "es", True, "fr",
  "Sender-authentication quarantine described without naming MailInBlack; a person should confirm the product before sending the guide.",
  "Pascal Renard <pascal.renard@ac-reims.fr>", "Mails en attente de validation",
  """Bonsoir,

Depuis la rentrée, notre messagerie met les mails des expéditeurs
inconnus dans un espace "à valider" et envoie à l'expéditeur un message
lui demandant de prouver qu'il n'est pas un robot. Vos mails
automatiques (lien de mot de passe) y restent coincés, puisque personne
ne clique de votre côté.

Collège Diderot, Langres - 0521510J

P. Renard""", c="thunderbird", e="8bit")

M("mailinblack_spam", True, "0211003B", "bfc", "ea", False, "en",
  "English: MailInBlack holds the buyer-space mails; the allow-list guide applies.",
  "Jonathan Lee <jonathan.lee@ac-dijon.fr>", "Emails held by Mailinblack",
  """Hello,

Our school uses Mailinblack and it is holding every email coming from
your platform (activation, order notifications). Is there a list of
addresses we should allow?

Lycée Montchapet, Dijon - 0211003B

Jonathan Lee""", c="outlook", e="qp")

M("mailinblack_spam", False, "0702927B", "bfc", "ea", True, "fr",
  "Two topics: mails blocked by MailInBlack (main) and a question about a duplicate invoice; a person must handle the billing part.",
  "Nadia Belkacem <nadia.belkacem@ac-besancon.fr>", "mailinblack et facture en double",
  """Bonsoir,

Deux sujets en retard, désolée :
- Mailinblack bloque les mails de l'espace acheteur (je les vois en
  quarantaine, je ne sais pas les débloquer) ;
- nous avons reçu deux fois la même facture pour la commande d'octobre,
  je ne veux pas payer en double.

Collège Jacques Brel, Gray - 0702927B

Nadia Belkacem""", c="outlook", e="qp")

M("mailinblack_spam", True, "0082275E", "ge", "es", False, "fr",
  "Since MailInBlack was installed at the start of the year, no automatic mail from the portal arrives.",
  "Dominique Lecomte <dominique.lecomte@ac-reims.fr>", "Depuis Mailinblack plus rien",
  """Bonsoir,

Depuis que le rectorat a installé Mailinblack en septembre, je ne reçois
plus rien de chez vous : ni les notifications, ni le lien d'activation du
compte de ma collègue, ni le mail de nouveau mot de passe. Ça fait deux
mois que je bricole.

Lycée Monge, Charleville-Mézières - 0082275E

Dominique Lecomte, documentaliste""", c="thunderbird", e="qp")

M("mailinblack_spam", True, None, None, "ea", False, "fr",
  "Regional IT department asks which sender addresses to allow in MailInBlack for all lycées; no UAI, non-academic sender.",
  "DSI Lycées <support-lycees@grandest.example.fr>", "Liste blanche Mailinblack pour vos envois",
  """Bonjour,

Nous déployons Mailinblack sur l'ensemble des lycées de la région à
partir des vacances d'hiver. Pouvez-vous nous indiquer les adresses et
domaines d'envoi de votre plateforme à ajouter en liste blanche, pour que
les mails d'activation et de notification ne soient pas bloqués ?

Cordialement,
Service infrastructures - DSI""", c="outlook", e="qp", date="2025-02-16 19:55")

M("mailinblack_spam", False, "0391592U", "bfc", "es", False, "fr",
  "Reply after the MailInBlack guide: the allow-list was set and mails are still blocked; a person must follow up with the region.",
  "Maryse Jacquot <maryse.jacquot@ac-besancon.fr>", "Re: Mailinblack - procédure",
  """Bonsoir,

J'ai suivi votre guide et le service informatique a ajouté vos adresses
dans Mailinblack vendredi. Le mail d'activation est pourtant encore parti
en quarantaine ce week-end. Que faire maintenant ?

Maryse Jacquot
Collège Pasteur, Dole - 0391592U

Le 10/01/2025 à 14:22, Assistance a écrit :
> Bonjour,
> Votre messagerie est protégée par Mailinblack. Voici la procédure pour
> autoriser nos envois...""", c="thunderbird", e="8bit", irt=True, date="2025-01-12 21:10")

M("mailinblack_spam", True, "0581407P", "bfc", "es", True, "fr",
  "Product misspelled 'mailing black' but clearly the MailInBlack quarantine.",
  "Hervé Guillot <herve.guillot@ac-dijon.fr>", "mails bloqués par mailing black",
  """bonsoir
vos mails (lien d activation du portail) sont bloqués par mailing black
chez nous, je recois juste une alerte disant qu'un message est en
quarantaine. college de Nevers 0581407P
merci de me dire quoi faire
H Guillot""", c="zimbra", e="alt")

M("mailinblack_spam", True, "0891044B", "bfc", "ea", True, "fr",
  "UAI only in the ce.<UAI>@ac-dijon.fr sender address; mail held in MailInBlack's quarantine.",
  "Intendance <ce.0891044B@ac-dijon.fr>", "Quarantaine Mailinblack",
  """Bonjour,

Les messages de votre plateforme (espace acheteur) arrivent dans la
quarantaine Mailinblack de l'établissement. Merci de nous indiquer la
procédure pour les autoriser.

L'intendance""", c="zimbra", e="alt")

M("mailinblack_spam", True, "0551779K", "ge", "es", False, "fr",
  "Short mail from a phone: blocked by MailInBlack, needed for Monday.",
  "Emilie Poirot <emilie.poirot@ac-nancy-metz.fr>", "bloqué mailinblack",
  """Bonsoir
Le mail d'activation e-sidoc est bloqué par mailinblack, urgent pour lundi svp.
0551779K
Emilie Poirot

Envoyé de mon iPhone""", c="iphone", e="qp")

M("mailinblack_spam", True, "0082519V", "ge", "es", True, "fr",
  "Negation: not in the junk folder, it is MailInBlack that holds the mail.",
  "Gilles Devaux <gilles.devaux@ac-reims.fr>", "Pas dans les spams !",
  """Bonsoir,

Inutile de me renvoyer vers le dossier spam : le mail n'y est pas. C'est
Mailinblack qui le retient, j'ai reçu leur résumé quotidien qui le
mentionne.

Collège Jean Macé, Rethel - 0082519V

G. Devaux""", c="outlook", e="qp")

M("mailinblack_spam", True, "0672876M", "ge", "ea", False, "fr",
  "Order confirmations from the buyer space held by MailInBlack.",
  "Caroline Herrmann <caroline.herrmann@ac-strasbourg.fr>", "Confirmations de commande retenues",
  """Bonsoir,

Nos confirmations de commande de l'espace acheteur sont systématiquement
retenues par Mailinblack depuis novembre. Pouvez-vous nous aider ?

Lycée Kléber, Strasbourg - 0672876M
Caroline Herrmann, gestionnaire""", c="outlook", e="b64")

M("mailinblack_spam", True, "0712979C", "bfc", "es", False, "fr",
  "MailInBlack holds the e-sidoc notifications; multipart mail from Gmail.",
  "Lise Bonnot <lise.bonnot@ac-dijon.fr>", "Notifications e-sidoc et Mailinblack",
  """Bonsoir,

Le collège est équipé de Mailinblack et toutes les notifications du
portail e-sidoc restent bloquées chez eux. Y a-t-il une procédure ?

Collège Saint-Exupéry, Montceau-les-Mines - 0712979C

Lise Bonnot""", c="gmail", e="alt")

# =============================================================== head_of_establishment_request (13)
M("head_of_establishment_request", False, "0542845Z", "ge", "es", True, "fr",
  "The principal writes from the ce.<UAI> address to have the e-sidoc admin password reset and a new contact address set: a head's request, not password_reset.",
  "Principal Collège Guynemer <ce.0542845Z@ac-nancy-metz.fr>", "Demande de réinitialisation et changement d'adresse",
  """Bonsoir,

En ma qualité de principal du collège Guynemer (Nancy), je vous demande de
bien vouloir réinitialiser le mot de passe administrateur de notre portail
e-sidoc et de remplacer l'adresse de contact par celle de notre nouvelle
professeure documentaliste, Mme Lorrain (claire.lorrain@ac-nancy-metz.fr).

Je reste disponible pour toute vérification.

Jean-Luc Simonin
Principal""", c="outlook", e="qp")

M("head_of_establishment_request", False, "0512721F", "ge", "es", False, "fr",
  "The proviseur authorises, with a signed letter attached, the change of e-sidoc administrator.",
  "Proviseur Lycée Clemenceau <ce.0512721F@ac-reims.fr>", "Changement d'administrateur e-sidoc",
  """Bonsoir,

Vous trouverez ci-joint mon courrier signé autorisant le transfert des
droits d'administration du portail e-sidoc de M. Hubert (retraité au
31 décembre) à Mme Lefort, professeure documentaliste.

Lycée Clemenceau, Reims - 0512721F

Cordialement,
Le proviseur, Bernard Caillet""", c="outlook", e="qp", att=("autorisation_changement_admin.pdf", "application/pdf"),
  date="2025-01-05 19:22")

M("head_of_establishment_request", False, "0211618V", "bfc", "es", False, "fr",
  "A primary-school head asks in writing to change the portal's contact address after a staff change.",
  "Directrice école Champollion <direction.champollion@ac-dijon.fr>", "changement adresse contact portail",
  """Bonsoir,

Je suis directrice de l'école élémentaire Champollion de Dijon
(0211618V). Je vous demande de remplacer l'adresse de contact de
l'administrateur de notre portail BCD par la mienne, la collègue qui le
gérait ayant muté pendant l'été.

Merci,
Florence Garnier
Directrice""", c="zimbra", e="alt")

M("head_of_establishment_request", False, "0252584Y", "bfc", "ea", True, "fr",
  "Long Sunday mail about staff shortages; the actual point is the principal's written authorisation of an order on the buyer space.",
  "Philippe Vernier <philippe.vernier@ac-besancon.fr>", "Autorisation commande",
  """Bonsoir,

Je vous écris un dimanche soir, entre deux dossiers : nous sommes sans
gestionnaire depuis novembre, l'adjoint est en formation toute la semaine
prochaine et je gère moi-même les affaires courantes, ce qui explique ce
mail un peu long.

Le point qui vous concerne : en tant que principal du collège Victor Hugo
de Besançon (0252584Y), j'autorise la commande passée par Mme Ferrand
sur l'espace acheteur (panier "Renouvellement ressources 2025"). Elle
attend ma validation écrite pour aller plus loin.

Bien à vous,
Philippe Vernier
Principal""", c="outlook", e="qp")

M("head_of_establishment_request", False, "0671372C", "ge", "es", False, "en",
  "English: the head teacher authorises a new e-sidoc administrator in writing.",
  "Head Teacher <ce.0671372C@ac-strasbourg.fr>", "New administrator for our library portal",
  """Dear support team,

As head of the Lycée International des Pontonniers (0671372C), I confirm
that Mr Daniel Frey replaces Mrs Anne Roth as administrator of our
e-sidoc portal from next Monday. Please transfer the administrator rights
and contact address to him (daniel.frey@ac-strasbourg.fr).

Kind regards,
Margaret Hoffmann
Head Teacher""", c="outlook", e="qp")

M("head_of_establishment_request", False, "0702983M", "bfc", "es", True, "fr",
  "The librarian relays the principal's signed letter with the principal in copy: a head's written request, to be checked by staff.",
  "Coralie Mougin <coralie.mougin@ac-besancon.fr>", "TR: courrier de M. le Principal",
  """Bonsoir,

Je vous transmets le courrier signé de M. le Principal (en copie)
demandant la réinitialisation de l'accès administrateur du portail
e-sidoc et l'enregistrement de mon adresse comme adresse de contact.

Collège Louis Pasteur, Lure - 0702983M

Coralie Mougin, professeure documentaliste""", c="outlook", e="qp",
  cc="Principal <ce.0702983M@ac-besancon.fr>", att=("courrier_principal_signe.pdf", "application/pdf"))

M("head_of_establishment_request", False, "0901540K", "bfc", "ea", True, "fr",
  "Claims to be the principal but writes from a free-mail address and asks to move the admin account there: a probable spoof, still a head's request for the queue to refuse.",
  "Principal College Belfort <principal.college.belfort@gmail.com>", "URGENT changement administrateur",
  """Bonjour,

Je suis le principal du college Mozart de Belfort (0901540K). Merci de
remplacer IMMEDIATEMENT l'adresse de l'administrateur de l'espace
acheteur par celle-ci, notre messagerie academique est en panne pour les
vacances. Il faut que ce soit fait ce soir.

Cordialement
Le principal""", c="gmail", e="8bit", date="2024-12-26 22:41")

M("head_of_establishment_request", False, "0882265J", "ge", "es", False, "fr",
  "The deputy head writes from the official address during the holidays to have the admin password reset: a head-of-establishment request.",
  "Principal adjoint <ce.0882265J@ac-nancy-metz.fr>", "Demande réinitialisation accès administrateur",
  """Bonjour,

Principal adjoint du collège Louis Armand de Golbey, j'assure la
permanence de direction pendant les vacances. Je vous demande de
réinitialiser l'accès administrateur du portail e-sidoc : notre
documentaliste l'a perdu et doit préparer la rentrée.

Cordialement,
Arnaud Perrin
Principal adjoint""", c="zimbra", e="alt", date="2025-04-17 18:30")

M("head_of_establishment_request", False, "0391340V", "bfc", "es", True, "fr",
  "The body gives 0391340W (wrong check letter) but the ce.0391340V@ac-besancon.fr sender carries the valid UAI, which is the label.",
  "Proviseure <ce.0391340V@ac-besancon.fr>", "Administrateur portail documentaire",
  """Bonsoir,

Proviseure du lycée Jean Michel de Lons-le-Saunier (UAI 0391340W), je
vous demande de désigner M. Ravier comme nouvel administrateur du portail
e-sidoc, en remplacement de Mme Tissot qui quitte l'établissement.

Cordialement,
Martine Gros
Proviseure""", c="outlook", e="qp", wrong="0391340W")

M("head_of_establishment_request", False, "0102515E", "ge", "es", True, "fr",
  "The proviseur asks for a change of administrator and a reset (head's request) and also asks about a subscription; the head's request leads.",
  "Proviseur Lycée Camille Claudel <ce.0102515E@ac-reims.fr>", "Plusieurs demandes pour le CDI",
  """Bonsoir,

Je regroupe les demandes du CDI, restées en suspens depuis plusieurs
semaines :
1. je vous demande de désigner Mme Arnould comme administratrice du
   portail e-sidoc et de réinitialiser le mot de passe ;
2. par ailleurs, la ressource presse commandée en décembre n'apparaît
   toujours pas sur le portail : est-ce lié ?

Lycée Camille Claudel, Troyes

Le proviseur,
Gérard Masson""", c="outlook", e="qp")

M("head_of_establishment_request", False, "0712976Z", "bfc", "ea", False, "fr",
  "The head authorises the gestionnaire to validate orders above 5,000 euros on the buyer space: a written authorisation.",
  "Principal <ce.0712976Z@ac-dijon.fr>", "Délégation validation commandes",
  """Bonjour,

Je soussigné, principal du collège Jean Moulin de Chalon-sur-Saône,
autorise Mme Berthier, gestionnaire, à valider sur l'espace acheteur les
commandes d'un montant supérieur à 5 000 euros, pour l'année 2025.

Cordialement,
Yves Chapuis""", c="zimbra", e="html")

M("head_of_establishment_request", False, "0522931D", "ge", "es", False, "fr",
  "A village school head, typing fast, asks to change the administrator address after a teacher left.",
  "Directeur ecole <ecole.chevillon@ac-reims.fr>", "changer adresse admin",
  """bonsoir
je suis le directeur de l ecole (rne 0522931D). la collegue qui gerait
le portail bcd est partie en juin, il faudrait mettre mon adresse a la
place de la sienne pour l admin. comment on fait ? je vous autorise bien
sur.
cordialement
P. Lambert, directeur""", c="zimbra", e="alt")

M("head_of_establishment_request", False, "0582794X", "bfc", "es", True, "fr",
  "Head of a cité scolaire with two UAIs: the request is for the lycée 0582794X; the collège 0582388F is mentioned but needs nothing.",
  "Proviseur Cité scolaire <ce.0582794X@ac-dijon.fr>", "Changement administrateur - lycée",
  """Bonsoir,

Je dirige la cité scolaire de Clamecy (collège 0582388F et lycée
0582794X). Pour le lycée uniquement, je vous demande de transférer
l'administration du portail e-sidoc à M. Ducret, documentaliste. Rien ne
change pour le collège.

Cordialement,
Sophie Lemaire
Proviseure""", c="outlook", e="qp")

# =============================================================== account_creation (10)
M("account_creation", True, "0541761W", "ge", "ea", False, "fr",
  "New gestionnaire asks how to create her buyer-space account.",
  "Audrey Masson <audrey.masson@ac-nancy-metz.fr>", "Création de compte espace acheteur",
  """Bonsoir,

J'arrive lundi comme gestionnaire au collège de Toul (0541761W) et je
n'ai pas encore de compte sur l'espace acheteur. Comment dois-je
procéder pour le créer ?

Audrey Masson""", c="thunderbird", e="8bit")

M("account_creation", False, "0891739G", "bfc", "ea", False, "fr",
  "Account waiting for validation for three weeks while the structure's administrator is on sick leave: a person must step in.",
  "Mathieu Robin <mathieu.robin@ac-dijon.fr>", "Compte en attente de validation depuis 3 semaines",
  """Bonsoir,

Mon compte sur l'espace acheteur est "en attente de validation" depuis
trois semaines. L'administrateur de notre structure est en arrêt maladie
jusqu'en février et personne d'autre ne peut valider.

Lycée Joseph Fourier, Auxerre - 0891739G

Mathieu Robin""", c="outlook", e="qp")

M("account_creation", False, "0681326X", "ge", "ea", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  "Sabine Keller <sabine.keller@ac-strasbourg.fr>", "Qui est notre administrateur ?",
  """Bonsoir,

On me dit de demander l'ouverture de mes droits à l'administrateur de
notre structure, mais personne ici ne sait qui c'est. Pouvez-vous me
l'indiquer ?

Collège Jean Macé, Colmar - 0681326X
Sabine Keller""", c="gmail", e="alt")

M("account_creation", True, "0901133T", "bfc", "es", True, "fr",
  "Negation: she has not lost a password, she never had an account; account_creation, not password_reset.",
  "Amandine Cuenot <amandine.cuenot@ac-besancon.fr>", "Je n'ai pas perdu mon mot de passe",
  """Bonsoir,

On m'a répondu avec la procédure de mot de passe oublié, mais je n'ai pas
perdu mon mot de passe : je n'ai jamais eu de compte ! Je suis
contractuelle depuis la Toussaint et il me faut un accès au portail du
CDI.

Collège Signoret, Belfort - 0901133T

Amandine Cuenot""", c="outlook", e="qp")

M("account_creation", False, None, None, "ea", False, "en",
  "English: a newly opened private international school wants a buyer account; eligibility must be checked by a person.",
  "Oliver Grant <bursar@eis-dijon.example.org>", "Buyer account for a new school",
  """Good evening,

We are a new bilingual private school that opened in Dijon this
September. We would like to open an account on your buyer space to order
library resources. What are the conditions and the steps?

Best regards,
Oliver Grant
Bursar""", c="apple", e="qp")

M("account_creation", False, "0571026F", "ge", "ea", False, "fr",
  "Account works; asks for order-validation rights to be opened.",
  "Yannick Becker <yannick.becker@ac-nancy-metz.fr>", "Droits de validation des commandes",
  """Bonsoir,

Je me connecte bien à l'espace acheteur mais je ne vois pas le bouton de
validation des commandes. J'ai remplacé la gestionnaire partie en congé
maternité. Pouvez-vous m'ouvrir les droits ?

Collège La Louvière, Marly - 0571026F

Yannick Becker""", c="outlook", e="qp")

M("account_creation", False, "0252966N", "bfc", "es", False, "fr",
  "Second librarian wants her own administrator account on e-sidoc: a person answers.",
  "Héloïse Parrenin <heloise.parrenin@ac-besancon.fr>", "Deuxième compte administrateur",
  """Bonsoir,

Nous sommes deux documentalistes au lycée Pergaud (0252966N). Est-il
possible d'avoir chacune notre propre compte administrateur, plutôt que de
partager le même identifiant ?

Héloïse Parrenin""", c="thunderbird", e="qp")

M("account_creation", False, "0682560N", "ge", "ea", False, "fr",
  "The school's UAI is missing from the list when opening the customer account: handled by the sales team.",
  "Franck Meyer <franck.meyer@ac-strasbourg.fr>", "UAI introuvable lors de l'inscription",
  """Bonsoir,

Je veux créer notre compte sur l'espace acheteur mais notre UAI
0682560N n'apparaît pas dans la liste déroulante. Le lycée a fusionné
avec le LP l'an dernier, c'est peut-être ça.

Franck Meyer, gestionnaire""", c="outlook", e="qp")

M("account_creation", True, "0512888M", "ge", "es", False, "fr",
  "Newly appointed librarian asks how to get her access to the portal after the holidays.",
  "Manon Lebrun <manon.lebrun@ac-reims.fr>", "Création accès portail documentaire",
  """Bonsoir,

Nouvellement nommée au collège Trois Fontaines de Reims (0512888M), je
commence demain. Comment créer mon accès au portail e-sidoc ?

Merci d'avance, et bonne rentrée à vous aussi !
Manon Lebrun""", c="thunderbird", e="8bit", date="2025-01-05 21:02")

M("account_creation", False, "0701419M", "bfc", "ea", True, "fr",
  "Two topics: a buyer account to create (main) and contract documents she cannot see; a person answers.",
  "Sophie Bailly <sophie.bailly@ac-besancon.fr>", "compte + documents du marché",
  """Bonsoir,

Je dois créer un compte pour notre nouvelle adjointe gestionnaire sur
l'espace acheteur (collège de Luxeuil, 0701419M). Et tant que j'y suis :
je ne vois plus les documents du marché dans "Mes marchés" depuis la
mise à jour.

Sophie Bailly""", c="outlook", e="qp")

# =============================================================== subscription_activation (10)
M("subscription_activation", True, "0551208P", "ge", "es", False, "fr",
  "Resource ordered on Friday is not visible yet: within the 72-hour activation rule.",
  "Justine Adam <justine.adam@ac-nancy-metz.fr>", "Ressource commandée non visible",
  """Bonsoir,

Nous avons commandé l'abonnement Europresse vendredi et il n'apparaît pas
encore dans le portail e-sidoc. Je voulais le montrer aux 3e lundi.

Collège Raymond Poincaré, Bar-le-Duc - 0551208P

Justine Adam""", c="gmail", e="alt")

M("subscription_activation", False, "0672776D", "ge", "es", False, "fr",
  "Ordered two weeks ago and still not active: past the 72-hour rule, a person must check the order.",
  "Florian Ehrhart <florian.ehrhart@ac-strasbourg.fr>", "Abonnement toujours pas actif",
  """Bonsoir,

Commande passée il y a deux semaines (le 4), bon de commande validé par
la gestionnaire, et l'abonnement n'est toujours pas activé sur notre
portail. Les élèves de 2nde devaient l'utiliser pour leur exposé.

Lycée Marie Curie, Strasbourg - 0672776D

Florian Ehrhart""", c="outlook", e="qp")

M("subscription_activation", True, "0882264H", "ge", "es", True, "fr",
  "Written by the principal, but only asks when the subscription will be available: not a head-of-establishment request.",
  "Principal <ce.0882264H@ac-nancy-metz.fr>", "Disponibilité de l'abonnement",
  """Bonsoir,

Je me permets de vous écrire pour savoir quand l'abonnement commandé
jeudi pour le CDI sera disponible. Notre documentaliste prépare une
séquence pour la rentrée.

Cordialement,
Le principal""", c="zimbra", e="alt")

M("subscription_activation", True, "0701372L", "bfc", "es", False, "en",
  "English: a subscription ordered two days ago does not show on the portal yet.",
  "Laura Bennett <laura.bennett@ac-besancon.fr>", "Subscription not showing",
  """Hello,

We ordered the digital press subscription on Friday and it is not showing
on our e-sidoc portal yet. Is there a delay?

Lycée Henri Fertet, Gray - 0701372L

Thanks,
Laura""", c="apple", e="qp")

M("subscription_activation", True, "0571443J", "ge", "es", True, "fr",
  "Negation: not a password problem, login works; the ordered resource does not appear on the portal.",
  "Elodie Thil <elodie.thil@ac-nancy-metz.fr>", "Ressource absente",
  """Bonsoir,

Ce n'est pas un problème de mot de passe : je me connecte très bien.
Mais la ressource commandée mercredi n'apparaît nulle part dans le
portail, ni côté élèves ni côté administration.

Collège Jean Moulin, Forbach - 0571443J

Elodie Thil""", c="thunderbird", e="qp")

M("subscription_activation", True, "0081523M", "ge", "es", False, "fr",
  "Asks how to publish an activated resource for pupils on the portal.",
  "Aline Fournier <aline.fournier@ac-reims.fr>", "Publier la ressource pour les élèves",
  """Bonsoir,

Notre nouvel abonnement est bien activé côté administration, mais les
élèves ne le voient pas. Faut-il le publier quelque part ?

Collège Jules Leroux, Sedan - 0081523M

Aline Fournier""", c="outlook", e="qp")

M("subscription_activation", False, "0391642Y", "bfc", "es", True, "fr",
  "Backlog mail: renewal paid in September but the module still shows as expired in November; well past 72 hours, a person must look.",
  "Renaud Chopard <renaud.chopard@ac-besancon.fr>", "module toujours expiré",
  """Bonsoir,

Je reprends ce dossier qui traîne depuis la rentrée : nous avons
renouvelé l'abonnement en septembre (facture payée en octobre), mais le
module de ressources numériques est toujours marqué "expiré" sur le
portail. J'ai relancé deux fois par téléphone, sans suite.

Collège Aristide Briand, Saint-Claude - 0391642Y

Renaud Chopard""", c="outlook", e="qp", date="2024-11-24 20:15")

M("subscription_activation", True, "0712830R", "bfc", "es", False, "fr",
  "Short mail from a phone during the holidays: subscription ordered on Thursday, is it active?",
  "Marion Duc <marion.duc@ac-dijon.fr>", "abonnement activé ?",
  """Bonsoir, l'abonnement commandé jeudi est-il activé ? Je ne le vois pas encore.
Lycée Hilaire de Chardonnet, 0712830R
Marion

Envoyé de mon iPhone""", c="iphone", e="qp", date="2024-10-27 19:03")

M("subscription_activation", True, None, None, "es", False, "fr",
  "Personal gmail sender without UAI: the press resource ordered this week is not visible yet.",
  "cecile.vaudrey <cecile.vaudrey@gmail.com>", "ressource presse pas visible",
  """bonsoir,
la ressource presse qu on a commandée mardi n apparait pas dans notre esidoc.
je dois attendre combien de temps ?
merci
cecile vaudrey, prof doc""", c="gmail", e="alt")

M("subscription_activation", True, "0522329Z", "ge", "es", True, "fr",
  "Reply in a resolved password thread (quoted history about the password) but the new question is a resource not yet visible.",
  "Ludovic Pierson <ludovic.pierson@ac-reims.fr>", "RE: Mot de passe e-sidoc",
  """Bonsoir,

Merci, le mot de passe est réglé. Autre question : l'abonnement commandé
vendredi n'apparaît pas encore sur le portail, c'est normal ?

Ludovic Pierson
Lycée Bouchardon, Chaumont - 0522329Z

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 9 janvier 2025 10:04
Objet : Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation de mot de passe a été envoyé à l'adresse
enregistrée pour votre établissement.""", c="outlook", e="qp", irt=True, date="2025-01-12 20:44")

# =============================================================== order_billing (12)
M("order_billing", False, "0081734S", "ge", "es", False, "fr",
  "Asks for a formal quote for the renewal, needed for the bon d'engagement before the board meeting.",
  "Nicole Lambert <nicole.lambert@ac-reims.fr>", "Demande de devis renouvellement",
  """Bonsoir,

Pourriez-vous m'adresser un devis pour le renouvellement de notre
abonnement e-sidoc 2025 ? Je dois établir le bon d'engagement avant le
conseil d'administration du 28.

Collège Le Lac, Sedan - 0081734S

Nicole Lambert, gestionnaire""", c="outlook", e="qp")

M("order_billing", False, "0891849B", "bfc", "ea", False, "fr",
  "Invoice not deposited on Chorus Pro although the agent comptable needs it before closing the accounts.",
  "Agence comptable Lycée Parc des Chaumes <ac.0891849b@ac-dijon.fr>", "Facture absente de Chorus Pro",
  """Bonsoir,

Je clôture les comptes pendant les vacances et la facture de la commande
n° 2024-1187 (espace acheteur) n'a pas été déposée sur Chorus Pro. Pouvez-
vous la déposer ou me l'envoyer ?

Lycée Parc des Chaumes, Avallon - 0891849B

L'agent comptable""", c="zimbra", e="alt", date="2024-12-27 17:52")

M("order_billing", False, "0541960M", "ge", "ea", False, "en",
  "English: wrong VAT rate on an invoice; needs a corrected invoice.",
  "Peter Schneider <peter.schneider@ac-nancy-metz.fr>", "Wrong VAT on invoice",
  """Hello,

The invoice we received for our December order shows VAT at 20% on
digital press subscriptions, which should be 2.1%. Could you issue a
corrected invoice?

Lycée Henri Poincaré, Nancy - 0541960M

Regards,
Peter Schneider
Bursar's office""", c="outlook", e="qp")

M("order_billing", False, "0102335J", "ge", "ea", False, "fr",
  "The basket cannot be validated on the buyer space the day before the ordering deadline.",
  "Delphine Brunet <delphine.brunet@ac-reims.fr>", "Panier impossible à valider",
  """Bonsoir,

Je prépare les commandes pour demain (date limite) et le panier refuse
de se valider : message "erreur lors de la validation", sans plus de
détails. J'ai essayé sur deux navigateurs.

Collège Paul Portier, Bar-sur-Seine - 0102335J

Delphine Brunet""", c="thunderbird", e="8bit")

M("order_billing", False, "0101234M", "ge", "ea", False, "fr",
  "The agent comptable asks which payment means are accepted (mandat administratif or card).",
  "Bernard Drouot <bernard.drouot@ac-reims.fr>", "Moyens de paiement",
  """Bonsoir,

Agent comptable d'un groupement de lycées de l'Aube, je souhaiterais
savoir si vous acceptez le paiement par mandat administratif ou si la
carte d'achat est obligatoire pour les commandes passées sur l'espace
acheteur.

Lycée Marie de Champagne, Troyes - 0101234M

Bernard Drouot""", c="outlook", e="qp")

M("order_billing", False, "0541888J", "ge", "ea", True, "fr",
  "Two topics: wrong amount on an invoice (main) and a convention missing from 'Mes marchés' (contract_documents).",
  "Clémence Henry <clemence.henry@ac-nancy-metz.fr>", "facture erronée + convention",
  """Bonsoir,

- La facture FA-24-0932 indique 1 240 EUR au lieu des 1 024 EUR du devis.
- Et je ne trouve pas la convention de groupement dans "Mes marchés".

Lycée Jean Prouvé, Nancy - 0541888J

Clémence Henry, gestionnaire""", c="outlook", e="qp")

M("order_billing", False, "0251777W", "bfc", "ea", False, "fr",
  "Received a payment reminder for an invoice already paid by transfer; quoted reminder in the reply.",
  "Sandra Vuillemin <sandra.vuillemin@ac-besancon.fr>", "RE: Relance facture impayée",
  """Bonsoir,

Cette facture a été réglée par virement le 12 novembre (mandat n° 874).
Merci de vérifier de votre côté et d'arrêter les relances.

Sandra Vuillemin
Collège Diderot, Besançon - 0251777W

-----Message d'origine-----
De : comptabilite@assistance.example.fr
Envoyé : vendredi 6 décembre 2024 16:03
Objet : Relance facture impayée

Madame, Monsieur,
Sauf erreur de notre part, la facture FA-24-0711 reste impayée.""", c="outlook", e="qp", irt=True, date="2024-12-08 19:25")

M("order_billing", False, "0671999J", "ge", "ea", False, "fr",
  "Change of SIRET and Chorus service code: future invoices must carry the new references.",
  "Julien Roth <julien.roth@ac-strasbourg.fr>", "Changement SIRET / code service Chorus",
  """Bonsoir,

Suite à la fusion administrative au 1er janvier, notre SIRET et notre code
service Chorus changent. Pourriez-vous mettre à jour nos informations de
facturation avant la prochaine commande ?

Lycée Le Corbusier, Illkirch - 0671999J

Julien Roth, gestionnaire""", c="outlook", e="b64", att=("avis_situation_sirene.pdf", "application/pdf"),
  date="2025-01-05 18:11")

M("order_billing", False, "0711777W", "bfc", "ea", False, "fr",
  "HTML mail from the agent comptable: the same invoice was received twice.",
  "Hervé Brocard <herve.brocard@ac-dijon.fr>", "Facture reçue en double",
  """Bonsoir,

Nous avons reçu deux fois la facture FA-25-0104, avec deux numéros de
pièce différents. Merci de nous confirmer laquelle annuler.

Lycée Lamartine, Mâcon - 0711777W

Hervé Brocard, agent comptable""", c="zimbra", e="html")

M("order_billing", False, "0881555M", "ge", "ea", False, "fr",
  "The basket emptied itself overnight and the order disappeared; the gestionnaire needs it for Monday.",
  "Aurore Claudel <aurore.claudel@ac-nancy-metz.fr>", "Panier vidé ?!",
  """Bonsoir,
Mon panier de commande (une quarantaine de lignes !) a disparu depuis
vendredi. Il était prêt à être validé. Est-ce que vous pouvez le
récupérer ?
Collège Saint-Exupéry, Remiremont - 0881555M
Aurore

Envoyé de mon iPhone""", c="iphone", e="qp")

M("order_billing", False, "0211444F", "bfc", "es", True, "fr",
  "Reply in an old password thread (quoted history about a reset) asking now for a quote: order_billing.",
  "Virginie Prost <virginie.prost@ac-dijon.fr>", "Re: Mot de passe administrateur",
  """Bonsoir,

Je rebondis sur ce vieux fil (le mot de passe est réglé depuis longtemps,
merci) : pourriez-vous m'envoyer un devis pour ajouter le module
"ressources numériques" à notre abonnement ?

Collège Marcelle Pardé, Dijon - 0211444F

Virginie Prost

Le 14/10/2024 à 09:12, Assistance a écrit :
> Bonjour,
> Le lien de réinitialisation du mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement.""", c="thunderbird", e="8bit", irt=True, date="2024-10-20 20:10")

M("order_billing", False, "0571333P", "ge", "ea", False, "en",
  "English: the purchase order number must appear on the invoice for payment.",
  "Anna Kowalski <anna.kowalski@ac-nancy-metz.fr>", "PO number missing on invoice",
  """Hello,

Our invoice does not show our purchase order number (BC-2025-017), so our
accounting office cannot pay it. Could you send a new invoice with that
reference?

Collège Jean Mermoz, Yutz - 0571333P

Anna Kowalski""", c="gmail", e="alt")

# =============================================================== contract_documents (6)
M("contract_documents", False, "0901222P", "bfc", "ea", False, "fr",
  "Cannot see the convention in 'Mes marchés' on the buyer space.",
  "Stéphanie Girard <stephanie.girard@ac-besancon.fr>", "Convention introuvable",
  """Bonsoir,

Je ne trouve pas la convention de groupement 2025 dans "Mes marchés".
L'onglet est vide alors que le marché a été notifié en décembre.

Lycée Courbet, Belfort - 0901222P

Stéphanie Girard""", c="outlook", e="qp")

M("contract_documents", False, "0101876K", "ge", "ea", False, "fr",
  "The latest amendment (avenant n°2) to the market is not visible among the documents.",
  "Alain Fèvre <alain.fevre@ac-reims.fr>", "Avenant non visible",
  """Bonsoir,

On nous a annoncé un avenant n°2 au marché de fournitures documentaires,
mais je ne le vois pas dans les documents du marché sur l'espace
acheteur. Je n'ai que le marché initial et l'avenant n°1.

Lycée Édouard Herriot, Sainte-Savine - 0101876K

Alain Fèvre""", c="thunderbird", e="qp")

M("contract_documents", False, "0672111F", "ge", "ea", False, "en",
  "English: cannot access the documents of the framework agreement.",
  "Mark Wagner <mark.wagner@ac-strasbourg.fr>", "Framework agreement documents",
  """Hello,

I cannot open the documents of the framework agreement in the buyer
space: the list shows them, but each link returns "access denied".

Collège Pasteur, Strasbourg - 0672111F

Mark Wagner""", c="outlook", e="qp")

M("contract_documents", False, "0891333R", "bfc", "ea", False, "fr",
  "The consultation documents of the joint purchasing group cannot be downloaded.",
  "Gaëtan Moreau <gaetan.moreau@ac-dijon.fr>", "Documents du groupement de commandes",
  """Bonsoir,

Impossible de télécharger les pièces du marché du groupement de
commandes (CCAP, CCTP, BPU) : le téléchargement démarre puis échoue.
Je dois les étudier avant la réunion de mercredi.

Lycée Pierre Larousse, Toucy - 0891333R

Gaëtan Moreau""", c="outlook", e="qp")

M("contract_documents", False, "0511059Z", "ge", "ea", True, "fr",
  "Convention signed through e-signature but no longer visible afterwards on the buyer space: contract_documents, not an e-signature notification.",
  "Véronique Bertrand <veronique.bertrand@ac-reims.fr>", "Convention signée mais invisible",
  """Bonsoir,

Le chef d'établissement a signé électroniquement la convention la semaine
dernière (nous avons eu la confirmation), mais elle n'apparaît pas dans
les documents contractuels de l'espace acheteur.

Collège Saint-Remi, Reims - 0511059Z

Véronique Bertrand""", c="outlook", e="qp")

M("contract_documents", False, "0511953W", "ge", "ea", True, "fr",
  "Backlog of three issues; the one for us is the contract documents that are not visible, the others are internal.",
  "Sébastien Hanotte <sebastien.hanotte@ac-reims.fr>", "Ce qui bloque encore",
  """Bonsoir,

Petit récapitulatif avant la reprise :
- le logiciel de gestion financière plante toujours (ticket ouvert au
  rectorat) ;
- le badge de la cantine, c'est réglé ;
- je ne vois toujours pas les documents du marché (convention et
  avenant) dans l'espace acheteur, depuis un mois. C'est la seule chose
  qui vous concerne.

Lycée Colbert, Reims - 0511953W

Sébastien Hanotte""", c="outlook", e="qp")

# =============================================================== transfer_incident (9)
M("transfer_incident", False, "0521106V", "ge", "ed", False, "fr",
  "EcoleDirecte data transfer failing since Friday.",
  "Nadège Collet <nadege.collet@ac-reims.fr>", "Transfert EcoleDirecte en échec",
  """Bonsoir,

Le transfert des données vers EcoleDirecte échoue depuis vendredi soir
(message "échec de la synchronisation"). Les notes du trimestre ne
remontent pas, et les conseils de classe commencent lundi.

Collège Camille Flammarion, Montier-en-Der - 0521106V

Nadège Collet, secrétaire""", c="outlook", e="qp")

M("transfer_incident", False, None, "bfc", "ed", True, "fr",
  "Asks for the daily maintenance password to re-run the transfer: transfer_incident per the taxonomy, not password_reset.",
  "Christophe Millet <christophe.millet@ac-besancon.fr>", "mot de passe de maintenance",
  """Bonsoir,
il me faudrait le mot de passe de maintenance du jour pour relancer le
transfert vers EcoleDirecte, la procédure s'est arrêtée au milieu.
merci
C. Millet, administrateur réseau""", c="zimbra", e="alt")

M("transfer_incident", False, "0552778W", "ge", "ed", False, "fr",
  "Licence to regenerate after the server was replaced during the holidays.",
  "Rémi Thouvenin <remi.thouvenin@ac-nancy-metz.fr>", "Licence à régénérer",
  """Bonsoir,

Notre serveur a été remplacé pendant les vacances. Depuis, le logiciel de
vie scolaire refuse de démarrer : "licence invalide pour ce poste". Il
faut régénérer la licence, je pense.

Lycée Raymond Poincaré, Bar-le-Duc - 0552778W

Rémi Thouvenin""", c="thunderbird", e="8bit", date="2024-11-03 19:37")

M("transfer_incident", False, "0881911Z", "ge", None, False, "fr",
  "The pupil-data import into the school software fails with a synchronisation error; the product is not named clearly.",
  "Gérard Aubry <gerard.aubry@ac-nancy-metz.fr>", "Echec import des élèves",
  """Bonsoir,

L'import des élèves depuis SIECLE échoue depuis mercredi : "erreur de
synchronisation, fichier rejeté". Toutes les nouvelles inscriptions
manquent.

Collège Jules Ferry, Saint-Dié - 0881911Z

Gérard Aubry""", c="outlook", e="qp")

M("transfer_incident", False, "0902916F", "bfc", "ed", False, "en",
  "English: synchronisation error code on the daily transfer to EcoleDirecte.",
  "Tom Harris <tom.harris@ac-besancon.fr>", "Sync error 502 on daily transfer",
  """Hi,

Our daily transfer to EcoleDirecte has been failing since Thursday with
"sync error 502". We restarted the server, same result.

Lycée Raoul Follereau, Belfort - 0902916F

Tom Harris, IT""", c="gmail", e="alt")

M("transfer_incident", False, "0082628N", "ge", "ed", True, "fr",
  "Long Sunday mail about a failing transfer which also asks for the maintenance password: all transfer_incident.",
  "Nathalie Renaud <nathalie.renaud@ac-reims.fr>", "Transferts bloqués + mdp maintenance",
  """Bonsoir,

Je vous écris au bout du rouleau : depuis trois semaines, un transfert
sur deux vers EcoleDirecte échoue. J'ai appelé, j'ai rempli des tickets,
on m'a dit de relancer à la main, ce que je fais tous les soirs. Ce soir
ça ne passe plus du tout, et il me faut le mot de passe de maintenance
pour relancer.

Collège Jean Rogissart, Mouzon - 0082628N

Nathalie Renaud""", c="outlook", e="qp")

M("transfer_incident", False, "0712976Z", "bfc", "ed", False, "fr",
  "During the holidays the licence key of the school-management software expired after the server move.",
  "Service informatique <informatique.jeanmoulin@ac-dijon.fr>", "Clé de licence expirée",
  """Bonsoir,

Après le déménagement du serveur dans la nouvelle salle, EcoleDirecte
affiche "clé de licence expirée". Pouvez-vous en générer une nouvelle ?

Collège Jean Moulin, Chalon-sur-Saône - 0712976Z

Le service informatique""", c="outlook", e="qp", date="2025-02-20 18:26")

M("transfer_incident", False, "0212784M", "bfc", "ed", True, "fr",
  "Negation: not her personal password but the maintenance password needed for the transfer: transfer_incident.",
  "Corinne Jobard <corinne.jobard@ac-dijon.fr>", "Ce n'est pas mon mot de passe perso",
  """Bonsoir,

Précision pour éviter un nouveau lien de réinitialisation : ce n'est pas
mon mot de passe personnel que je cherche, c'est le mot de passe de
maintenance du jour pour relancer le transfert EcoleDirecte qui a planté.

Collège Les Lentillères, Dijon - 0212784M

Corinne Jobard""", c="outlook", e="qp")

M("transfer_incident", False, "0552113Y", "ge", "ed", False, "fr",
  "Reply to staff: the transfer still fails after the suggested fix.",
  "Loïc Mathieu <loic.mathieu@ac-nancy-metz.fr>", "RE: Transfert en échec",
  """Bonsoir,

J'ai appliqué votre manipulation vendredi, le transfert est passé une
fois puis échoue de nouveau depuis samedi. Même message.

Collège Les Tilleuls, Commercy - 0552113Y

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 7 mars 2025 15:40
Objet : Transfert en échec

Bonjour,
Merci de supprimer le fichier de verrou puis de relancer le transfert.""", c="outlook", e="qp", irt=True, date="2025-03-09 20:05")

# =============================================================== automated (20)
AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

M("automated", False, None, "bfc", None, False, "fr",
  "Out-of-office for the Christmas holidays with Auto-Submitted: never answered.",
  "Sylvie Morel <sylvie.morel@ac-dijon.fr>", "Réponse automatique : Absente jusqu'au 6 janvier",
  """Bonjour,

Je suis absente jusqu'au lundi 6 janvier inclus. Votre message sera
traité à mon retour. Pour toute urgence, contactez le secrétariat de
direction.

Bonnes fêtes,
Sylvie Morel""", c="outlook", e="qp", headers=AUTO_REPLY, date="2024-12-23 18:02")

M("automated", False, None, None, None, False, "en",
  "English out-of-office auto-reply from a personal address.",
  "Sarah Mitchell <sarah.mitchell.uk@gmail.com>", "Automatic reply: Forgot password",
  """Thank you for your email. I am away for the half-term break and will
reply when I am back on 3 March.

Sarah""", c="gmail", e="alt", headers=AUTO_REPLY, date="2025-02-23 19:40")

M("automated", False, None, None, None, False, "fr",
  "Delivery failure report (multipart/report) from the MAILER-DAEMON of an ISP.",
  "Mail Delivery System <MAILER-DAEMON@smtp-out.orange.fr>", "Undelivered Mail Returned to Sender",
  """Ceci est le système de messagerie de smtp-out.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<mireille.lhuillier@orange.fr>: boîte aux lettres inexistante""",
  c="robot", e="8bit", return_path="<>",
  report=dict(mta="smtp-out.orange.fr", rcpt="mireille.lhuillier@orange.fr", status="5.1.1",
              diag="550 5.1.1 <mireille.lhuillier@orange.fr>: Recipient address rejected: User unknown",
              orig_subj="Votre demande d'assistance"))

M("automated", False, None, None, None, True, "fr",
  "MailInBlack's own sender-authentication challenge sent to our address: a robot, not a user reporting MailInBlack.",
  "Mailinblack <no-reply@mailinblack.com>", "Votre message est en attente de validation",
  """Bonjour,

Vous avez envoyé un message à christelle.pernot@ac-dijon.fr.
Ce destinataire est protégé par Mailinblack. Pour que votre message lui
soit remis, merci de confirmer que vous n'êtes pas un robot en cliquant
sur le lien ci-dessous :

https://challenge.mailinblack.example/verify?id=7f3a9c

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
  c="robot", e="alt", headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

M("automated", False, None, "ge", None, False, "fr",
  "Read receipt ('Lu :') from a teacher's mail client.",
  "Olivier Thiriet <olivier.thiriet@ac-nancy-metz.fr>", "Lu : Réinitialisation mot de passe",
  """Votre message

  À : Olivier Thiriet
  Objet : Réinitialisation mot de passe
  Envoyé : dimanche 10 novembre 2024 22:14

a été lu le dimanche 10 novembre 2024 22:31.""", c="outlook", e="qp", date="2024-11-10 22:31",
  headers=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, False, "fr",
  "Publisher newsletter with List-Id and Precedence: bulk, HTML only.",
  "Les Éditions du Chardon <newsletter@editions-chardon.example.fr>", "Nos nouveautés jeunesse de janvier",
  """Découvrez nos nouveautés jeunesse de janvier !

Romans, documentaires, BD : tous nos titres pour le CDI sont à retrouver
sur notre site, avec 5 % de remise jusqu'au 31 janvier.

Pour vous désabonner, cliquez ici.""", c="robot", e="html",
  headers=[("List-Id", "Nouveautés <nouveautes.editions-chardon.example.fr>"), ("Precedence", "bulk"),
           ("List-Unsubscribe", "<https://editions-chardon.example.fr/unsub?u=4411>")])

M("automated", False, None, "ge", None, True, "fr",
  "Out-of-office sent by a client-side rule, without Auto-Submitted: only the wording shows it is automatic.",
  "Agnès Wolff <agnes.wolff@ac-strasbourg.fr>", "Absence",
  """Bonjour,

Je suis en congé du 21 décembre au 5 janvier, sans accès à ma
messagerie. Je traiterai votre message à mon retour.

Agnès Wolff""", c="outlook", e="qp", date="2024-12-22 20:11")

M("automated", False, None, None, "tp", False, "fr",
  "Auto-generated ticket-portal notification that a ticket was updated.",
  "Portail assistance <noreply@tickets.assistance.example.fr>", "[Ticket #48213] Mise à jour de votre demande",
  """Bonjour,

Votre demande #48213 "Mot de passe expiré portail assistance" a été mise à
jour. Connectez-vous au portail pour consulter la réponse.

Ceci est un message automatique, merci de ne pas y répondre.""", c="robot", e="qp",
  headers=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, "sig", True, "fr",
  "E-signature 'document signed' notification without Auto-Submitted or Precedence; only the no-reply sender and wording show it is automatic.",
  "Signature électronique <no-reply@esignature.example.fr>", "Document signé : Convention 2025 - Collège Saint-Remi",
  """Bonjour,

Le document "Convention 2025 - Collège Saint-Remi" a été signé par tous
les signataires. Vous pouvez le télécharger depuis votre espace.

Cordialement,
Le service de signature électronique""", c="robot", e="alt")

M("automated", False, None, "bfc", "es", True, "fr",
  "A librarian's real question about e-sidoc posted on an academic mailing list the desk reads (List-Id, Precedence: list): not written to us, never answered; region from the ac-besancon.fr sender.",
  "Joëlle Faivre <joelle.faivre@ac-besancon.fr>", "[docs-besancon] notices e-sidoc qui ne s'affichent plus",
  """Bonsoir à toutes et tous,

Depuis vendredi, certaines notices ne s'affichent plus sur notre portail
e-sidoc (page blanche). Est-ce que d'autres collègues ont le même souci ?

Joëlle""", c="thunderbird", e="8bit",
  to="docs-besancon@listes.ac-besancon.fr",
  headers=[("List-Id", "Documentalistes de l'académie <docs-besancon.listes.ac-besancon.fr>"),
           ("Precedence", "list"), ("List-Post", "<mailto:docs-besancon@listes.ac-besancon.fr>")])

M("automated", False, None, None, None, True, "en",
  "Plain-text Exim bounce (no multipart/report): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  "Mail Delivery System <Mailer-Daemon@mx2.lycee-prive-colmar.example.fr>", "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  cdi@lycee-prive-colmar.example.fr
    host mx2.lycee-prive-colmar.example.fr [198.51.100.40]
    SMTP error from remote mail server after RCPT TO:<cdi@lycee-prive-colmar.example.fr>:
    550 5.1.1 mailbox unavailable""", c="robot", e="8bit", return_path="<>")

M("automated", False, None, "ge", None, True, "fr",
  "Out-of-office from an establishment's ce.0681797J address: the visible code belongs to the sender, but the mail is automatic and about nothing, so no UAI; region from the ac-strasbourg.fr domain.",
  "Collège Saint-Exupéry <ce.0681797J@ac-strasbourg.fr>", "Réponse automatique",
  """Bonjour,

Le collège est fermé pendant les vacances d'hiver. Les messages seront
traités à partir du lundi 3 mars.

Le secrétariat""", c="zimbra", e="alt", headers=AUTO_REPLY, date="2025-02-16 18:20")

M("automated", False, None, None, "ea", False, "fr",
  "Auto-generated buyer-space notification of a new order, sent to the desk's address by a forwarding rule.",
  "Espace acheteur <notifications@achats.example.fr>", "Nouvelle commande enregistrée n° CMD-2025-00412",
  """Bonjour,

Une nouvelle commande a été enregistrée sur l'espace acheteur.
Référence : CMD-2025-00412
Montant : 1 236,00 EUR TTC

Ce message est généré automatiquement.""", c="robot", e="qp",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, None, None, False, "en",
  "Delivery-delay warning from the mail system (multipart/report).",
  "Mail Delivery Subsystem <postmaster@relay.example-isp.net>", "Warning: message delayed 24 hours",
  """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:
     bursar@eis-dijon.example.org""", c="robot", e="8bit", return_path="<>",
  report=dict(mta="relay.example-isp.net", rcpt="bursar@eis-dijon.example.org", status="4.4.7",
              diag="421 4.4.7 Message delayed", orig_subj="Buyer account for a new school"))

M("automated", False, None, "ge", None, True, "fr",
  "Acknowledgement auto-reply of the académie's own helpdesk, from an ac-reims.fr address: automatic, never answered.",
  "Assistance académique <assistance@ac-reims.fr>", "Accusé de réception - demande n° 2024-118842",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro 2024-118842. Un
technicien la prendra en charge dans les meilleurs délais.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""", c="robot", e="qp",
  headers=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, False, "en",
  "English out-of-office for the Christmas holidays.",
  "Emma Clarke <emma.clarke.uk@outlook.com>", "Automatic reply: Lost admin password - library portal",
  """Hello,

I am on holiday until 6 January with limited access to email. I will get
back to you as soon as possible after that date.

Merry Christmas!
Emma""", c="outlook", e="qp", headers=AUTO_REPLY, date="2024-12-24 17:44")

M("automated", False, None, None, None, False, "fr",
  "Webinar invitation mailing from a vendor, sent in bulk with List-Unsubscribe.",
  "Webinaires Biblio-Tech <events@biblio-tech.example.com>", "Webinaire : réussir sa rentrée au CDI",
  """Bonjour,

Inscrivez-vous à notre webinaire gratuit "Réussir sa rentrée au CDI",
mercredi 27 août à 14h. Au programme : désherbage, politique documentaire,
animations.

Se désinscrire de nos communications""", c="robot", e="html",
  headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsub@biblio-tech.example.com>")],
  date="2025-08-24 18:00")

M("automated", False, None, None, None, False, "fr",
  "Microsoft 365 security alert about an unusual sign-in, auto-generated.",
  "Microsoft 365 <no-reply@accountprotection.microsoft.example.com>", "Connexion inhabituelle détectée",
  """Nous avons détecté une connexion inhabituelle au compte
support@assistance.example.fr.

Pays/région : France
Date : 19/01/2025 21:14

Si c'était vous, vous pouvez ignorer ce message.""", c="robot", e="alt",
  headers=[("Auto-Submitted", "auto-generated")], date="2025-01-19 21:15")

M("automated", False, None, "bfc", None, False, "fr",
  "Principal's out-of-office for the autumn holidays, with Auto-Submitted.",
  "Philippe Vernier <philippe.vernier@ac-besancon.fr>", "Réponse automatique : Autorisation commande",
  """Bonjour,

Je suis absent du 19 octobre au 3 novembre. En cas d'urgence, merci de
contacter M. Guyon, principal adjoint.

Philippe Vernier""", c="outlook", e="qp", headers=AUTO_REPLY, date="2024-10-20 19:30")

M("automated", False, None, None, "es", False, "fr",
  "Weekly automatic statistics report of the e-sidoc portal sent to the desk's address.",
  "e-sidoc <ne-pas-repondre@esidoc.example.fr>", "Rapport hebdomadaire de fréquentation",
  """Rapport hebdomadaire de fréquentation de votre portail

Semaine du 10 au 16 mars 2025
Visites : 412
Recherches : 1 038
Prêts : 96

Ce rapport est généré automatiquement chaque dimanche.""", c="robot", e="qp",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], date="2025-03-16 23:00")

# =============================================================== other (17)
M("other", False, "0392786S", "bfc", "es", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  "Aurélie Bourgeois <aurelie.bourgeois39@gmail.com>", "Re: Re: Mot de passe e-sidoc",
  """Bonsoir,

Ça a marché, merci infiniment ! Bon dimanche soir à vous.

Aurélie (collège de Poligny, 0392786S)

Le dim. 17 nov. 2024 à 22:05, Assistance <support@assistance.example.fr> a
écrit :

> Bonjour,
> Un nouveau lien de réinitialisation du mot de passe vient de vous être
> envoyé. Il est valable 12 heures.
""", c="gmail", e="alt", irt=True, date="2024-11-17 22:19")

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Ryan Cooper <ryan@rank-boost-seo.example.com>", "Get your website on Google's first page",
  """Hi there,

I noticed your website is not ranking on the first page of Google for
important keywords. We can fix that in 30 days, guaranteed.

Reply "YES" and I will send you our packages.

Ryan""", c="gmail", e="alt")

M("other", False, None, None, None, True, "fr",
  "Phishing ('boîte pleine, confirmez votre mot de passe') from a look-alike domain that is not an académie domain: not password_reset, no region.",
  "Messagerie académique <support@ac-nancy-metz-webmail.com>", "Votre boîte est pleine - action requise",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la
suspension de votre compte, confirmez votre mot de passe dans les 24
heures via le lien ci-dessous :

http://ac-nancy-metz-webmail.com/verification

Service informatique""", c="robot", e="html", auth="mx1.assistance.example.fr; dkim=none; spf=softfail smtp.mailfrom=ac-nancy-metz-webmail.com; dmarc=none")

M("other", False, "0572175E", "ge", "es", True, "fr",
  "Sunday-evening venting about the new platform without any request: a person reads it, no template fits.",
  "Sandrine Weber <sandrine.weber@ac-nancy-metz.fr>", "Un petit mot du dimanche soir",
  """Bonsoir,

Je ne vous demande rien de précis ce soir, j'ai juste besoin de le dire :
le passage au nouveau portail nous a coûté des heures, à moi et à toutes
les collègues du bassin. Entre les notices à reprendre, les élèves qui ne
retrouvent plus rien et les mails qui n'arrivent pas, on a l'impression
de travailler pour l'outil.

Je sais que vous n'y êtes pour rien, vous au support. Mais il fallait que
ça sorte.

Sandrine Weber
Collège Paul Verlaine, Metz - 0572175E""", c="thunderbird", e="8bit")

M("other", False, None, "ge", "es", False, "fr",
  "Asks for a training session for new librarians of the département: not a support request covered by a template.",
  "Isabelle Marchetti <isabelle.marchetti@ac-reims.fr>", "Formation e-sidoc pour les nouveaux collègues",
  """Bonsoir,

Je coordonne le bassin des documentalistes de la Marne. Serait-il possible
d'organiser une formation (même à distance) à l'administration d'e-sidoc
pour les six collègues arrivés cette année ?

Isabelle Marchetti
IAN documentation""", c="outlook", e="qp")

M("other", False, None, "bfc", None, False, "fr",
  "Question about the ENT and Pronote, which are not our products.",
  "Cédric Lhomme <cedric.lhomme@ac-besancon.fr>", "ENT qui déconnecte",
  """Bonsoir,

Nos élèves sont déconnectés de l'ENT toutes les dix minutes et Pronote ne
s'ouvre plus depuis l'ENT. Est-ce un problème connu de votre côté ?

Cédric Lhomme, référent numérique""", c="zimbra", e="alt")

M("other", False, None, None, None, False, "fr",
  "GDPR erasure request from a former librarian who left the national education: other, not account_creation.",
  "Brigitte Mathey <brigitte.mathey@laposte.net>", "Suppression de mes données",
  """Bonsoir,

J'ai quitté l'Éducation nationale en juin. Je vous demande, conformément
au RGPD, de supprimer mon compte et toutes les données personnelles me
concernant dans vos services.

Brigitte Mathey""", c="outlook", e="qp")

M("other", False, None, None, None, False, "fr",
  "Commercial pitch in French from a furniture vendor: unrelated mail.",
  "Mobilier Scolaire Pro <contact@mobilier-scolaire-pro.example.fr>", "Rayonnages CDI : -20 % jusqu'au 31 janvier",
  """Madame, Monsieur,

Vous équipez ou rénovez votre CDI ? Profitez de -20 % sur toute notre
gamme de rayonnages et de bacs à albums jusqu'au 31 janvier.

Demandez votre catalogue gratuit en répondant à ce mail.

L'équipe Mobilier Scolaire Pro""", c="outlook", e="html")

M("other", False, "0881284T", "ge", None, True, "fr",
  "Long Sunday list of four problems (wifi, copier, ENT, tablets), none about our products: sent to the wrong desk.",
  "Fabienne Claudon <fabienne.claudon@ac-nancy-metz.fr>", "Tout ce qui ne marche pas au CDI",
  """Bonsoir,

Je ne sais plus à qui m'adresser, alors je vous écris à vous :
- le wifi du CDI coupe toutes les 5 minutes ;
- le photocopieur n'imprime plus en A3 ;
- l'ENT refuse les comptes élèves depuis les vacances ;
- les tablettes ne se mettent plus à jour.

C'est le collège Clemenceau d'Épinal, 0881284T. Si vous pouvez
transmettre à qui de droit, merci.

Fabienne Claudon""", c="outlook", e="qp")

M("other", False, None, "bfc", None, False, "fr",
  "Asks for the support phone number and opening hours during the holidays.",
  "Thierry Besson <thierry.besson@ac-dijon.fr>", "Horaires de l'assistance pendant les vacances",
  """Bonsoir,

Le support est-il joignable par téléphone pendant les vacances de
février ? Si oui, à quel numéro et à quelles heures ?

Merci,
Thierry Besson""", c="thunderbird", e="8bit", date="2025-02-09 20:50")

M("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with an attachment from an unknown domain: phishing, not order_billing.",
  "Service Recouvrement <recouvrement@factures-impayees.example.net>", "Facture impayée n° 88412 - dernier rappel",
  """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Merci de
procéder au règlement sous 48 heures pour éviter des frais de
recouvrement.

Service Recouvrement""", c="outlook", e="qp", att=("Facture_88412.zip", "application/zip"),
  auth="mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=factures-impayees.example.net; dmarc=fail")

M("other", False, None, None, "ed", True, "fr",
  "A parent writes about her child's grades on EcoleDirecte: the product is ours but the question is for the school.",
  "Laure Vincent <laure.vincent21@hotmail.fr>", "Notes de mon fils",
  """Bonsoir,

Les notes de mon fils en 4e B n'apparaissent plus sur EcoleDirecte depuis
deux semaines. Le collège ne me répond pas. Pouvez-vous vérifier ?

Laure Vincent""", c="outlook", e="qp")

M("other", False, None, "ge", "es", False, "fr",
  "Feature suggestion for the e-sidoc portal, nothing broken.",
  "Jean-Marc Hoffmann <jean-marc.hoffmann@ac-strasbourg.fr>", "Suggestion pour le portail",
  """Bonsoir,

Une suggestion, en préparant la semaine : ce serait très utile de pouvoir
programmer la publication d'une sélection à une date donnée (pour la
semaine de la presse, par exemple).

Bonne soirée,
Jean-Marc Hoffmann""", c="apple", e="qp")

M("other", False, None, "bfc", None, False, "fr",
  "New-year wishes from a librarian, no request.",
  "Anne Lamberet <anne.lamberet@ac-dijon.fr>", "Meilleurs voeux",
  """Bonsoir,

Merci pour votre aide tout au long de cette année compliquée, et
meilleurs voeux pour 2025 à toute l'équipe !

Anne Lamberet""", c="outlook", e="b64", date="2025-01-01 19:15")

M("other", False, None, None, None, False, "en",
  "English: a researcher asks to interview support staff for a study; unrelated to support.",
  "Dr. Helen Morris <h.morris@university.example.ac.uk>", "Research interview request",
  """Dear colleagues,

I am researching digital tools in French school libraries and would be
grateful for a 30-minute interview with someone from your support team.

Best wishes,
Helen Morris""", c="gmail", e="alt")

M("other", False, "0511059Z", "ge", "sig", True, "fr",
  "The convention sent for e-signature carries the wrong establishment name; only its sender can fix it: other, not contract_documents.",
  "Véronique Bertrand <veronique.bertrand@ac-reims.fr>", "Erreur de nom sur la convention à signer",
  """Bonsoir,

La convention que nous devons signer électroniquement porte le nom
"Collège Saint-Rémy de Reims" au lieu de "Collège Saint-Remi" (0511059Z).
Le principal refuse de signer en l'état. Qui peut la corriger ?

Véronique Bertrand""", c="outlook", e="qp")

M("other", False, None, "ge", None, False, "fr",
  "Asks whether a book can be bought from a local bookseller outside the platform: not a support request.",
  "Paul Gérardin <paul.gerardin@ac-nancy-metz.fr>", "Achat chez le libraire du coin ?",
  """Bonsoir,

Question peut-être bête : a-t-on le droit d'acheter quelques romans chez
le libraire du coin, hors marché, pour un prix littéraire ? Ou faut-il
tout passer par le groupement ?

Paul Gérardin, professeur documentaliste""", c="gmail", e="alt")


# ---------------------------------------------------------------- wrapping
# Sunday evenings of the school year and days of the school holidays.
SUNDAYS = [_dt.date(2024, 9, 1) + _dt.timedelta(days=7 * i) for i in range(40)]
HOLIDAYS = ([_dt.date(2024, 10, 19) + _dt.timedelta(days=i) for i in range(15)] +
            [_dt.date(2024, 12, 21) + _dt.timedelta(days=i) for i in range(16)] +
            [_dt.date(2025, 2, 8) + _dt.timedelta(days=i) for i in range(23)] +
            [_dt.date(2025, 4, 5) + _dt.timedelta(days=i) for i in range(23)] +
            [_dt.date(2025, 8, 18) + _dt.timedelta(days=i) for i in range(14)])


def pick_date(spec):
    if spec:
        d = _dt.datetime.strptime(spec, "%Y-%m-%d %H:%M")
    else:
        day = RNG.choice(SUNDAYS) if RNG.random() < 0.7 else RNG.choice(HOLIDAYS)
        d = _dt.datetime(day.year, day.month, day.day, RNG.randint(17, 23), RNG.randint(0, 59))
    off = 2 if 4 <= d.month <= 10 and not (d.month == 10 and d.day > 26) and not (d.month == 4 and d.day < 1) else 1
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return d.replace(tzinfo=tz, second=RNG.randint(0, 59))


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def addr_of(frm):
    m = re.search(r"<([^>]+)>", frm)
    return (m.group(1) if m else frm).strip()


def msgid(client, dom):
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % ("".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+_") for _ in range(38)), "=")
    if client == "outlook":
        return "<%s$%s$%s@%s>" % (hexid(12), hexid(8), hexid(8), dom)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(4).upper(), hexid(4).upper(), hexid(12).upper(), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(100000000, 999999999), RNG.randint(1000, 99999), RNG.randint(10**12, 10**13), dom)
    return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), dom)


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4641 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4641)"),
               ("Thread-Topic", None)],
    "robot": [],
}


def to_html(text):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + _html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


def build(m, n):
    kw = m["kw"]
    frm = m["frm"]
    sender = addr_of(frm)
    dom = sender.split("@")[1].lower()
    date = pick_date(kw.get("date"))
    client = m["c"]
    mid = msgid(client if client != "iphone" else "apple", dom)
    top = []
    rp = kw.get("return_path", "<%s>" % sender)
    top.append(("Return-Path", rp))
    top.append(("Delivered-To", SUPPORT))
    relay = kw.get("relay", "smtp%d.%s" % (RNG.randint(1, 6), dom))
    ip = "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))
    arr = date + _dt.timedelta(seconds=RNG.randint(2, 40))
    top.append(("Received", "from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s for <%s>; %s"
                % (relay, relay, ip, hexid(12).upper(), SUPPORT, format_datetime(arr))))
    auth = kw.get("auth", "pass")
    if auth == "pass":
        ar = ("mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s; spf=pass smtp.mailfrom=%s; "
              "dmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    else:
        ar = auth
    top.append(("Authentication-Results", ar))
    if kw.get("report"):
        return build_report(m, top, mid, date)
    msg = EmailMessage(policy=policy.default)
    for k, v in top:
        msg[k] = v
    msg["Message-ID"] = mid
    msg["Date"] = format_datetime(date)
    msg["From"] = frm
    msg["To"] = kw.get("to", "Assistance <%s>" % SUPPORT)
    if kw.get("cc"):
        msg["Cc"] = kw["cc"]
    msg["Subject"] = m["subj"]
    if kw.get("irt"):
        ref = "<%s@%s>" % (hexid(16), kw.get("irt_dom", "assistance.example.fr"))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENT_HEADERS[client]:
        if k == "Thread-Topic":
            msg[k] = m["subj"]
        else:
            msg[k] = v
    for k, v in kw.get("headers", []):
        msg[k] = v
    body = m["body"].strip("\n") + "\n"
    enc = m["e"]
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}
    if enc in cte:
        msg.set_content(body, charset="utf-8", cte=cte[enc])
    elif enc == "html":
        msg.set_content(kw.get("html") or to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    elif enc == "alt":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(kw.get("html") or to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    elif enc == "alt64":
        msg.set_content(body, charset="utf-8", cte="base64")
        msg.add_alternative(kw.get("html") or to_html(body), subtype="html", charset="utf-8", cte="base64")
    else:
        raise ValueError(enc)
    if kw.get("att"):
        fname, ctype = kw["att"]
        maint, subt = ctype.split("/")
        data = ("%%PDF-1.4\n%% %s\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % fname).encode()
        if subt != "pdf":
            data = bytes(RNG.randint(0, 255) for _ in range(600))
        msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    fix_boundaries(msg)
    return msg


def fix_boundaries(msg):
    """Fixed, seeded MIME boundaries so that every run writes the same bytes."""
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s" % hexid(24))


def build_report(m, top, mid, date):
    kw = m["kw"]
    rep = kw["report"]
    outer = MIMEMultipart("report", report_type="delivery-status")
    for k, v in top:
        outer[k] = v
    outer["Message-ID"] = mid
    outer["Date"] = format_datetime(date)
    outer["From"] = m["frm"]
    outer["To"] = SUPPORT
    outer["Subject"] = m["subj"]
    outer["Auto-Submitted"] = "auto-replied"
    outer.attach(MIMEText(m["body"].strip("\n") + "\n", "plain", "utf-8"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; %s" % rep["mta"]
    b1["Arrival-Date"] = format_datetime(date - _dt.timedelta(minutes=1))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; %s" % rep["rcpt"]
    b2["Action"] = "failed"
    b2["Status"] = rep["status"]
    b2["Diagnostic-Code"] = "smtp; %s" % rep["diag"]
    ds.set_payload([b1, b2])
    outer.attach(ds)
    hdrs = MIMEText("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@assistance.example.fr>\n"
                    % (SUPPORT, rep["rcpt"], rep["orig_subj"], format_datetime(date - _dt.timedelta(minutes=2)), hexid(20)),
                    "rfc822-headers", "utf-8")
    outer.attach(hdrs)
    fix_boundaries(outer)
    return outer


# ---------------------------------------------------------------- checks
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}\s?\d{4}\s?[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("Cc", "") or "")]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = _html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


def region_for(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.split("@")[-1].lower()
    return DOMAIN_REGION.get(dom)


def main():
    assert len(MAILS) == 150, len(MAILS)
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    labels = []
    for i, m in enumerate(MAILS, 1):
        name = "h%03d.eml" % i
        msg = build(m, i)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=policy.default.clone(linesep="\n")).flatten(msg)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(buf.getvalue())
        labels.append({"file": name, "category": m["cat"], "auto_reply_ok": m["auto"], "uai": m["uai"],
                       "region": m["region"], "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f]
    assert len(labels) == 150
    emls = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert emls == ["h%03d.eml" % i for i in range(1, 151)], "expected exactly h001..h150"
    seen = set()
    for lab, m in zip(labels, MAILS):
        assert list(lab) == keys, lab
        fn = lab["file"]
        assert lab["category"] in CATEGORIES, fn
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), fn
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, fn
        assert lab["lang"] in ("fr", "en"), fn
        assert lab["platform"] in set(PLATFORMS.values()), fn
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 15, fn
        assert lab["region"] is None or lab["region"] in set(DEPT_REGION.values()), fn
        with open(os.path.join(HERE, fn), "rb") as f:
            raw = f.read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (fn, h)
        sender = msg["From"].addresses[0].addr_spec
        text = visible_text(msg)
        hay = (text + "\n" + sender).upper().replace(" ", "")
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), fn
            assert lab["uai"] in hay, (fn, "labelled uai not in the mail")
        # every valid-looking UAI is the label or explained in the notes
        for raw_code in UAI_RE.findall(text + "\n" + sender):
            code = raw_code.replace(" ", "").upper()
            if uai_ok(code) and code != lab["uai"]:
                assert code in lab["notes"].upper(), (fn, code, "UAI not explained in notes")
        wrong = m["kw"].get("wrong")
        if wrong:
            assert not uai_ok(wrong.replace(" ", "").upper()), (fn, wrong)
            assert wrong.upper() in text.upper(), (fn, wrong)
            assert "wrong check letter" in lab["notes"], fn
        if "wrong check letter" in lab["notes"]:
            assert wrong, fn
        assert lab["region"] == region_for(lab["uai"], sender), (fn, lab["region"], region_for(lab["uai"], sender))
    assert seen == set(CATEGORIES), set(CATEGORIES) - seen
    en = sum(1 for lab in labels if lab["lang"] == "en")
    assert 10 <= en <= 25, en
    print("holdout89: 150 mails written and checked; %d in English, %d hard" % (en, sum(lab["hard"] for lab in labels)))


if __name__ == "__main__":
    main()
