#!/usr/bin/env python3
"""Build holdout121: 150 hand-written blind test mails (theme: angry and
emotional writers) with labels. Standard library only, deterministic.

Every mail text below was written by hand for this set. The script only wraps
each text in headers and a MIME structure, writes h001.eml ... h150.eml and
labels.jsonl, then re-reads everything and checks it.
"""
import base64
import email
import email.policy
import json
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 121121
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
AUTO_CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                   "account_creation", "subscription_activation"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}

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
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN2REGION[_d] = _slug
TZ = {"guadeloupe": -4, "martinique": -4, "guyane": -3, "la-reunion": 4, "mayotte": 3}


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def uai(d7):
    assert len(d7) == 7 and d7.isdigit()
    return d7 + check_letter(d7)


def bad_uai(d7):
    good = check_letter(d7)
    return d7 + LETTERS[(LETTERS.index(good) + 5) % 23]


def valid_uai(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == check_letter(code[:7]))


def region_of(code, sender):
    if code:
        return DEPT2REGION.get(code[:3])
    dom = sender.rsplit("@", 1)[-1].lower() if sender else ""
    return DOMAIN2REGION.get(dom)


MAILS = []


def M(cat, ok, d7, platform, hard, lang, notes, name, addr, subject, body, **kw):
    """One hand-written mail. d7: the 7 digits of the labelled UAI (or None).
    {uai} in addr/subject/body is replaced by the full code; {uai2} by the
    code built from kw['d7b']; {bad} by a code with a wrong check letter."""
    MAILS.append(dict(cat=cat, ok=ok, d7=d7, platform=platform, hard=hard, lang=lang,
                      notes=notes, name=name, addr=addr, subject=subject, body=body, kw=kw))

# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0693187", "esidoc", False, "fr",
  "Furious librarian back from holidays, e-sidoc admin password refused; UAI given. Simple reset under the anger.",
  "Sandrine Poulet", "sandrine.poulet@ac-lyon.fr",
  "C'est une blague ?? Mot de passe e-sidoc refusé",
  """Bonjour,

C'est une blague ? Je rentre de vacances, j'ouvre le back office e-sidoc et
on me dit que mon mot de passe est incorrect. Je ne l'ai PAS changé, personne
ne l'a changé, et pourtant il ne marche plus.

Notre identifiant est {uai}. J'ai une séance avec trois classes de 6e lundi
matin et je dois absolument remettre les sélections en ligne d'ici là.

Je voudrais un nouveau mot de passe, et vite.

S. Poulet
Professeure documentaliste, collège Paul Eluard, Vénissieux
""")

M("password_reset", True, "0932715", "esidoc", False, "fr",
  "New librarian in capitals: predecessor left no password. Needs the reset procedure; threat to call the rectorat is noise.",
  "Mehdi Ouali", "mehdi.ouali@ac-creteil.fr",
  "URGENT PERSONNE NE CONNAIT LE MOT DE PASSE",
  """BONJOUR,

JE SUIS LE NOUVEAU DOCUMENTALISTE DU LYCEE (UAI {uai}) DEPUIS LE 2 SEPTEMBRE.
MA PREDECESSEURE EST PARTIE SANS RIEN LAISSER, NI IDENTIFIANT NI MOT DE PASSE,
ET LE SECRETARIAT NE SAIT RIEN NON PLUS.

JE NE CONNAIS DONC PAS LE MOT DE PASSE DU PORTAIL ESIDOC. COMMENT JE FAIS ???

Si je n'ai rien d'ici vendredi j'appelle le rectorat, je vous préviens.

M. Ouali
""", fmt="plain")

M("password_reset", True, "0672918", "esidoc", False, "en",
  "English, exasperated: account locked after failed attempts; asks to unlock or reset. UAI given.",
  "Rachel Whitfield", "r.whitfield@lycee-intl-strasbourg.eu",
  "Locked out AGAIN",
  """Hello,

I have now been locked out of our e-sidoc administration page for the second
time this term, after three attempts. Three! I'm not a robot, I simply mistyped.

Our school code is {uai}. Please unlock the account or send me whatever reset
link you send people. I really don't have time for this during report week.

Regards,
Rachel Whitfield
Librarian, English section
""")

M("password_reset", True, None, "espace_acheteur", False, "fr",
  "Sarcastic gestionnaire locked out of the Espace Acheteur after three attempts; no UAI, region from ac-montpellier.fr.",
  "Thierry Cazals", "thierry.cazals@ac-montpellier.fr",
  "Bravo pour la sécurité",
  """Bonjour,

Bravo, vraiment. Trois essais et le compte de l'Espace Acheteur est bloqué.
Votre site est tellement bien protégé que même ses utilisateurs ne peuvent
plus y entrer. Les pirates doivent trembler.

Est-ce que quelqu'un pourrait me débloquer le compte ou m'envoyer de quoi
refaire un mot de passe ? J'ai un marché de fournitures à passer avant la fin
du mois.

T. Cazals, gestionnaire
""")

M("password_reset", True, "0442931", "esidoc", False, "fr",
  "Reset link expired before she could use it; irritated about the 12-hour limit, asks for a new link.",
  "Nathalie Guérin", "nathalie.guerin@ac-nantes.fr",
  "Lien expiré (évidemment)",
  """Bonjour,

Votre lien de réinitialisation est arrivé hier à 17h, je l'ai ouvert ce matin
à 8h et il est « expiré ». Douze heures ! Certains d'entre nous ont une vie
en dehors du travail, et une nuit pour dormir.

Merci de m'en renvoyer un, je le cliquerai dans la minute cette fois.
Établissement : {uai}

N. Guérin
""")

M("password_reset", False, "0595208", "esidoc", True, "fr",
  "Tried the reset four times, each link ends on an error page; wants a phone call. Standard reset answer already failed.",
  "Jean-Marc Delattre", "jm.delattre@ac-lille.fr",
  "4e tentative - votre lien de réinitialisation ne marche PAS",
  """Bonjour,

Je vous écris pour la quatrième fois. J'ai demandé quatre fois le lien de
réinitialisation du mot de passe e-sidoc (identifiant {uai}), je l'ai reçu
quatre fois, et quatre fois il m'envoie sur une page « Erreur 500 ».

Inutile de me renvoyer le même lien ou la même procédure. Je veux qu'un
technicien m'appelle au 03 20 00 00 00 (CDI, demander M. Delattre), entre 8h
et 16h.

Cordialement quand même,
J.-M. Delattre
""")

M("password_reset", False, "0134472", "esidoc", True, "fr",
  "Lost password but explicitly refuses an automatic answer and asks for a human: no auto reply.",
  "Fabienne Rinaldi", "fabienne.rinaldi@ac-aix-marseille.fr",
  "Je veux un HUMAIN",
  """Bonjour,

Mot de passe du portail documentaire perdu. Établissement {uai}.

Et s'il vous plaît, PAS de réponse automatique avec un lien vers une FAQ : la
dernière fois, votre robot m'a répondu à côté pendant deux semaines. Je veux
qu'une vraie personne lise ce message et me réponde.

F. Rinaldi
""")

M("password_reset", True, "0861443", "esidoc", True, "fr",
  "Angry: reset mails go to the retired librarian's address. The standard path (official address, else head's request) is exactly the answer.",
  "Bertrand Moreau", "bertrand.moreau@ac-poitiers.fr",
  "Vos mails partent chez une retraitée !",
  """Bonjour,

Chaque fois que je clique sur « mot de passe oublié », le message part chez
Mme Lacombe, partie à la retraite en juin, dont la boîte académique n'existe
plus. Résultat : je ne peux rien faire et personne ne m'explique comment
changer ça.

Comment est-ce que je récupère l'accès au compte du CDI ? Notre UAI : {uai}.

C'est quand même incroyable qu'il n'y ait aucun moyen simple.

B. Moreau, professeur documentaliste
""", fmt="qp")

M("password_reset", True, "0291877", "esidoc", False, "fr",
  "Two-line phone message, no punctuation, account blocked again; UAI given.",
  "Gwen Le Bihan", "gwen.lebihan@orange.fr",
  "mdp bloqué",
  """mdp esidoc encore bloqué ras le bol. {uai}. merci de me renvoyer un lien

Envoyé de mon iPhone
""", fmt="b64", client="iphone")

M("password_reset", False, "0542236", "esidoc", True, "fr",
  "Two topics in one angry mail: lost e-sidoc password and an invoice missing from Chorus. A single template would answer half.",
  "Christine Humbert", "christine.humbert@ac-nancy-metz.fr",
  "Deux problèmes, zéro réponse",
  """Bonjour,

Je cumule, autant tout vous dire d'un coup :

1) je n'arrive plus à me connecter à l'administration e-sidoc, mot de passe
oublié (UAI {uai}) ;
2) la facture de l'abonnement payé en octobre n'est TOUJOURS pas déposée sur
Chorus Pro, et l'agent comptable me relance chaque semaine comme si c'était
ma faute.

J'attends une réponse sur les deux points.

C. Humbert
""")

M("password_reset", False, "0311442", "esidoc", True, "fr",
  "Reply to the automatic reset answer (quoted): the official mailbox is unread by anyone; the procedure failed, a person must take over.",
  "Olivier Sarda", "olivier.sarda@ac-toulouse.fr",
  "Re: [#SUP-008812] Mot de passe e-sidoc",
  """Votre « réponse » ne sert à rien. Le lien est parti sur l'adresse ce. du
collège, que personne ne consulte depuis que la secrétaire est en arrêt, et
le principal est en formation toute la semaine.

Donc je répète : comment je récupère l'accès ? Et ne me renvoyez pas le même
texte.

O. Sarda

Le 14/01/2025 à 09:12, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement {uai} (ce.0***@ac-toulouse.fr). Ce lien est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", reply="SUP-008812")

M("password_reset", False, "0853316", "ecoledirecte", True, "fr",
  "EcoleDirecte administration password lost; he insists it is NOT the daily maintenance password (so not transfer_incident). No reset template for this product.",
  "Patrick Girard", "p.girard@ecole-stjoseph-lesherbiers.fr",
  "Mot de passe administrateur EcoleDirecte - et non, pas celui de maintenance",
  """Bonjour,

Avant qu'on me redemande si je parle du mot de passe de maintenance du jour :
NON. Celui-là je sais le demander. Je parle du mot de passe du compte
administrateur EcoleDirecte de l'établissement, que l'ancien directeur a
changé avant de partir sans le transmettre.

UAI {uai}. Nous sommes bloqués pour créer les comptes des nouveaux
enseignants, et les parents commencent à appeler.

P. Girard, chef d'établissement adjoint
""")

M("password_reset", True, "9741092", "esidoc", False, "fr",
  "Réunion librarian threatens to tell a journalist friend; underneath, a plain lost password with the UAI.",
  "Josiane Payet", "josiane.payet@ac-reunion.fr",
  "Inadmissible",
  """Bonjour,

Trois semaines que le portail du CDI est figé parce que je ne peux plus entrer
dans l'administration : mot de passe oublié après le congé maternité, et la
page « mot de passe oublié » ne me dit rien d'utile.

J'ai un ami au Quotidien qui serait ravi d'écrire sur les outils numériques
qu'on impose aux établissements sans le moindre accompagnement. Je n'en ai pas
envie, mais je commence à y penser.

Lycée, UAI {uai}.

Josiane Payet
""")

M("password_reset", True, None, "esidoc", True, "fr",
  "UAI typed with a wrong check letter ({bad}): no UAI in the label; region from the ac-amiens.fr sender. The plain reset explanation still serves.",
  "Aurélie Vasseur", "aurelie.vasseur@ac-amiens.fr",
  "impossible de me connecter, j'en ai marre",
  """Bonjour,

Ça fait une heure que j'essaie de me connecter au back office e-sidoc.
Identifiant {bad}, mot de passe : je ne sais plus lequel des trois c'est.
J'ai tout essayé. J'en ai marre.

Comment on fait pour remettre un mot de passe ??

Aurélie Vasseur
Collège Jules Verne
""", bad="0802241")

M("password_reset", True, None, "espace_acheteur", False, "fr",
  "Espace Acheteur login unknown: the shared mailbox is used by five people and nobody knows the identifier. FAQ case; non-academic sender, no region.",
  "Karine Lemaire", "intendance@lycee-hotelier-dinard.fr",
  "Identifiant ??? (adresse partagée à 5)",
  """Bonjour,

Votre Espace Acheteur demande un identifiant. Très bien. Sauf que l'adresse
mail du compte est la boîte de l'intendance, que nous sommes cinq à lire,
et qu'aucun de nous cinq ne sait quel identifiant a été créé à l'époque.

Qui peut nous dire comment récupérer l'accès, sans nous faire tourner en rond
entre trois formulaires ?

K. Lemaire pour l'intendance
""", fmt="html")

M("password_reset", True, "7200548", "esidoc", False, "fr",
  "Haute-Corse UAI (prefix 720); expired password and she has forgotten the old one, annoyed at forced changes.",
  "Maria Santoni", "maria.santoni@ac-corse.fr",
  "mot de passe expiré, encore",
  """Bonjour,

Le portail m'indique que mon mot de passe a expiré et me demande l'ancien
pour en mettre un nouveau. Évidemment que je ne me souviens pas de l'ancien,
vous me le faites changer tous les trois mois !

Pouvez-vous réinitialiser ? Collège de Corte, {uai}.

Merci,
M. Santoni
""")

M("password_reset", True, "0451779", "esidoc", True, "fr",
  "The school office writes from the ce.<UAI> address (UAI only there) and asks for the link on that official address; curt tone.",
  "Secrétariat de direction", "ce.{uai}@ac-orleans-tours.fr",
  "Accès CDI - 3e relance",
  """Bonjour,

Troisième message sur le même sujet. La documentaliste n'a plus accès au
portail e-sidoc. Merci d'envoyer le lien de réinitialisation sur cette
adresse, la boîte officielle du lycée, nous le lui transmettrons.

Le secrétariat de direction
""")

M("password_reset", False, None, "ticket_portal", True, "fr",
  "The ticket portal rejects his 20-character password (policy limit). Not a lost password: the reset template does not answer it.",
  "Laurent Bisson", "laurent.bisson@ac-grenoble.fr",
  "Votre portail refuse un mot de passe trop SÛR",
  """Bonjour,

Votre portail de tickets me demande de changer mon mot de passe. Je mets un
mot de passe de 20 caractères, comme nous le recommande la DSI académique, et
il est refusé sans explication. À 12 il passe.

Donc un mot de passe plus court, c'est mieux ? Vous pouvez m'expliquer la
logique ? Quelles sont exactement vos règles ?

L. Bisson, RUPN
""")

M("password_reset", False, "0383327", "esidoc", True, "fr",
  "Demands the password be sent in clear to a personal Gmail address: must not be answered automatically.",
  "Hélène Fabre", "helene.fabre38@gmail.com",
  "envoyez-moi le mot de passe ICI",
  """Bonjour,

Je n'ai plus accès à ma messagerie académique depuis chez moi et je ne vais
pas me déplacer au collège pendant les vacances pour ça.

Envoyez-moi directement le mot de passe de l'administration e-sidoc du
collège ({uai}) à cette adresse gmail, en clair, c'est tout ce que je demande.
Je ne comprends pas pourquoi c'est si compliqué.

Hélène Fabre
""", fmt="alt", client="gmail")

M("password_reset", True, None, "espace_acheteur", False, "en",
  "English buyer, stressed by a tender deadline, forgot the Espace Acheteur password; no UAI, no académie domain.",
  "David Moreno", "d.moreno@campus-bilingue-nice.org",
  "Password - deadline TOMORROW",
  """Hi,

I forgot my password for the buyer space and the tender closes tomorrow at
noon. If I miss it because of a login page I will be very, very unhappy.

How do I get back in? Please answer today.

David Moreno
Purchasing, Campus Bilingue
""")

M("password_reset", True, "9760432", "esidoc", False, "fr",
  "Long emotional message from Mayotte: overwhelmed librarian, lost password; clear need, UAI given.",
  "Anli Soilihi", "anli.soilihi@ac-mayotte.fr",
  "Je n'en peux plus",
  """Bonjour,

Je vous écris un peu à bout. Depuis la rentrée je suis seul au CDI pour 1400
élèves, la connexion coupe trois fois par jour, et maintenant je ne peux
plus me connecter à l'administration du portail e-sidoc : le mot de passe
que j'avais noté ne fonctionne pas, et la réinitialisation ne m'a rien
envoyé que je puisse retrouver.

Je ne demande pas grand-chose : juste pouvoir remettre à jour le portail pour
les élèves. Collège de Koungou, UAI {uai}.

Merci de m'aider,
Anli Soilihi
""")

M("password_reset", True, "0141682", "esidoc", False, "fr",
  "Ultimatum in capitals ('dernier délai'); need is an ordinary reset.",
  "Pascale Lenoir", "pascale.lenoir@ac-normandie.fr",
  "DERNIER DÉLAI avant rectorat",
  """Madame, Monsieur,

DERNIER DÉLAI. Si je n'ai pas récupéré demain l'accès à l'administration du
portail documentaire (identifiant {uai}, mot de passe perdu), je saisis la
DANE et le rectorat.

P. Lenoir
""")

M("password_reset", True, "9730284", "esidoc", False, "fr",
  "Guyane: reset link 'ne fonctionne pas' because it is more than a day old; asks for a new one.",
  "Jessica Clet", "jessica.clet@ac-guyane.fr",
  "lien qui marche pas",
  """Bonjour

le lien pour changer le mot de passe marche pas, il dit que c'est plus
valable. je l'ai reçu avant-hier. vous pouvez en renvoyer un qui marche ???
UAI {uai}

jessica
""", fmt="b64", client="android")

# ---------------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Activation mail of the Espace Acheteur never came, sarcastic; no product named, no UAI.",
  "Sylvie Marchal", "s.marchal@mairie-vandoeuvre.fr",
  "Votre mail d'activation : toujours rien",
  """Bonjour,

J'attends votre mail d'activation depuis mardi. Rien. Nada. Peut-être
arrive-t-il à pied ?

Je me suis inscrite sur l'Espace Acheteur pour la commune, j'ai bien reçu le
message « un mail vous a été envoyé », et depuis, le vide.

Merci de faire quelque chose.
S. Marchal, service achats
""")

M("missing_noreply_mail", True, "0341906", "espace_acheteur", False, "fr",
  "Capitals; the new-password mail never arrives. No anti-spam product named.",
  "Didier Roux", "didier.roux@ac-montpellier.fr",
  "AUCUN MAIL RECU",
  """BONJOUR

J'AI DEMANDE 3 FOIS UN NOUVEAU MOT DE PASSE SUR L'ESPACE ACHETEUR ET JE N'AI
JAMAIS RIEN RECU. PAS UN MAIL. RIEN.

LYCEE {uai}

D ROUX
""")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "English, exasperated: looked in junk already, still no confirmation mail from the no-reply sender.",
  "Emma Clarke", "emma.clarke@ecole-internationale-lyon.org",
  "Where is your confirmation email?",
  """Hello,

I signed up to the buyer space yesterday and never got the confirmation email.
Yes, I checked my junk folder. Yes, I checked "Other". Yes, I typed my address
correctly, twice.

Is there anyone who can tell me what is going on?

Emma Clarke
""")

M("missing_noreply_mail", False, None, "espace_acheteur", True, "fr",
  "Follow-up after the junk-folder answer (Outlook quote): still nothing after three days; the template was already sent, a person must follow up.",
  "Régis Fontaine", "regis.fontaine@ac-reims.fr",
  "RE: [#SUP-009034] Mail de confirmation non reçu",
  """J'ai fait EXACTEMENT ce que votre message disait : courrier indésirable,
expéditeur autorisé, j'ai même demandé au collègue informaticien. Trois jours
plus tard, toujours rien. Je ne veux plus de message automatique, je veux que
quelqu'un regarde de votre côté ce qui part vraiment.

R. Fontaine

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 3 février 2025 10:02
À : Régis Fontaine <regis.fontaine@ac-reims.fr>
Objet : [#SUP-009034] Mail de confirmation non reçu

Bonjour,

Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
no-reply à vos expéditeurs autorisés. Sans nouvelles de votre part sous
48 heures, nous reviendrons vers vous.
""", reply="SUP-009034", client="outlook")

M("missing_noreply_mail", True, "0861628", "espace_acheteur", False, "fr",
  "Structure administrator never receives the 'account to validate' notifications; angry colleagues blame her.",
  "Marion Texier", "marion.texier@ac-poitiers.fr",
  "Je passe pour l'incompétente de service",
  """Bonjour,

Je suis administratrice de la structure sur l'Espace Acheteur. Deux collègues
se sont inscrits et attendent depuis des jours, et ils me le reprochent.
Sauf que je ne reçois AUCUNE notification de votre part quand un compte est à
valider. Comment je suis censée deviner ?

Établissement {uai}.

Marion Texier
""")

M("missing_noreply_mail", True, "0631522", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  "Francis Baduel", "francis.baduel@ac-clermont.fr",
  "Et ne me parlez pas de MailInBlack",
  """Bonjour,

Le mail d'activation ne m'arrive pas. Avant que vous me répondiez avec votre
histoire de MailInBlack comme à mon collègue du lycée voisin : nous n'avons
PAS MailInBlack, nous n'avons jamais eu MailInBlack. Messagerie académique
standard.

Alors où est ce mail ? Collège {uai}.

F. Baduel
""")

M("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "Sarcastic: the ticket portal's confirmation mail (to set a password) never arrived.",
  "Coralie Perrin", "coralie.perrin@ac-besancon.fr",
  "Portail de tickets : le mail fantôme",
  """Bonjour,

Pour signaler un problème, il faut ouvrir un ticket. Pour ouvrir un ticket, il
faut un compte. Pour avoir un compte, il faut le mail de confirmation. Et le
mail de confirmation n'arrive pas. Du Kafka.

Vous pouvez m'expliquer comment je fais ?

C. Perrin
""")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Very short phone message: still no mail since Monday.",
  "Alain Chevalier", "alain.chevalier@wanadoo.fr",
  "tjs rien",
  """tjs pas reçu votre mail depuis lundi pour l'espace acheteur. c'est long.

Envoyé depuis mon mobile
""", fmt="b64", client="android")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Irritated IT department: no automatic mail reaches six buyers since the mail migration; asks which sender address and servers to allow. No product named.",
  "Service informatique", "dsi@cc-val-de-sarthe.fr",
  "Vos notifications n'arrivent plus chez nous",
  """Bonjour,

Depuis notre migration de messagerie le 10 mars, six agents utilisateurs de
l'Espace Acheteur ne reçoivent plus aucun message automatique de votre part
(activation, mot de passe, alertes). Tout le reste arrive.

On nous renvoie vers vous depuis une semaine. Donnez-nous l'adresse
d'expédition exacte et les serveurs utilisés, qu'on puisse les autoriser, et
qu'on en finisse.

Le service informatique
""", fmt="html")

M("missing_noreply_mail", True, "9720811", "espace_acheteur", False, "fr",
  "Martinique, ironic about a 12-hour link that never arrives; no anti-spam named.",
  "Line Bellay", "line.bellay@ac-martinique.fr",
  "Un lien valable 12 h... qui n'arrive jamais",
  """Bonjour,

Votre page me dit qu'un lien valable 12 heures m'a été envoyé. Avec le
décalage horaire j'aurais déjà eu du mal, mais là la question ne se pose
même pas : il n'est jamais arrivé.

Lycée {uai}. Merci de regarder.

Line Bellay
""")

M("missing_noreply_mail", False, None, "espace_acheteur", False, "fr",
  "Missing activation mail, but she explicitly wants a person to phone her: no automatic answer.",
  "Agnès Morel", "agnes.morel@ac-rouen.fr",
  "Appelez-moi",
  """Bonjour,

Je n'ai jamais reçu le mail d'activation du compte acheteur. J'ai déjà lu vos
FAQ, je sais où est mon dossier spam, merci.

Je veux parler à quelqu'un. Appelez-moi au 02 35 00 00 00 demain matin.

A. Morel
""")

M("missing_noreply_mail", True, None, "espace_acheteur", True, "fr",
  "Reads like a password problem but the tool works: the new-password mail never arrives. missing_noreply_mail.",
  "Hervé Guillot", "herve.guillot@ac-versailles.fr",
  "Mot de passe : votre outil tourne dans le vide",
  """Bonjour,

Je clique sur « mot de passe oublié », je saisis mon adresse, le site me
félicite : « un message vous a été envoyé ». Formidable. Sauf qu'il ne m'est
jamais parvenu, ni hier ni aujourd'hui.

Je n'ai pas besoin qu'on me réexplique comment on clique, j'ai besoin de
recevoir ce mail.

H. Guillot, gestionnaire
""")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "English: offer-update alerts she subscribed to never arrive.",
  "Sophie Turner", "s.turner@british-school-bordeaux.org",
  "Alerts that never alert",
  """Hello,

I subscribed to alerts on three framework agreements in the buyer space six
weeks ago. Not a single alert since, although I can see updates when I log in.

What exactly is the point of an alert that never arrives?

Sophie Turner
Bursar
""")

M("missing_noreply_mail", True, "0921477", "espace_acheteur", False, "fr",
  "Forward (Gmail French style) of a colleague's angry complaint: account validated, first-login link never received.",
  "Julie Ferrand", "julie.ferrand@ac-versailles.fr",
  "Fwd: c'est quoi ce système",
  """Bonjour,

Je vous transfère le message de ma collègue, qui a raison. Son compte a été
validé par moi hier, et le lien de première connexion ne lui est jamais
arrivé. Lycée {uai}.

Julie Ferrand

---------- Forwarded message ---------
De : Anne Costa <anne.costa@ac-versailles.fr>
Date: mer. 12 mars 2025 à 16:40
Subject: c'est quoi ce système
To: Julie Ferrand <julie.ferrand@ac-versailles.fr>

Julie, tu m'as validée, très bien, mais je n'ai rien reçu. Rien. Je ne peux
pas commander les manuels. Tu peux leur écrire, moi je vais m'énerver.
""", fmt="alt", client="gmail")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook: blames the town's 'very strict filter' but names no product; no notification mail arrives.",
  "Murielle Faure", "m.faure@ville-saint-priest.fr",
  "Plus rien ne passe",
  """Bonjour,

Depuis quinze jours, je ne reçois plus aucun mail de votre plateforme :
ni les confirmations de commande, ni les mots de passe. Notre service
informatique a un filtre « très strict », paraît-il, mais ils disent que ce
n'est pas eux. Vous dites que ce n'est pas vous. Alors c'est qui ?

Murielle Faure
Service de la commande publique
""", fmt="html", client="outlook")

M("missing_noreply_mail", False, "0171388", "espace_acheteur", True, "fr",
  "Two topics: activation mail never arrived, and a furious demand to erase all her data (GDPR threat). A person must handle both.",
  "Isabelle Charrier", "isabelle.charrier@ac-poitiers.fr",
  "Mail jamais reçu / suppression de mes données",
  """Bonjour,

1. Je n'ai jamais reçu le mail d'activation de l'Espace Acheteur, malgré
trois demandes.
2. Vu la qualité du service, je ne souhaite plus utiliser votre plateforme :
je vous demande de supprimer toutes mes données personnelles, faute de quoi
je saisirai la CNIL.

Lycée {uai}.

I. Charrier
""")

M("missing_noreply_mail", True, "0251364", "esidoc", False, "fr",
  "The activation mail of the e-sidoc customer account (needed for the first online order) never came; fears losing the order.",
  "Guillaume Petit", "guillaume.petit@ac-besancon.fr",
  "Commande en suspens à cause de votre mail",
  """Bonjour,

Pour passer notre première commande en ligne, il faut activer le compte
client. Pour activer le compte, il faut le mail d'activation. Je l'attends
depuis jeudi. Mon budget de fin d'année, lui, n'attendra pas.

Collège {uai}.

G. Petit
""")
# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, "0731605", "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals blocks every platform mail; asks what to do.",
  "Yannick Bozon", "yannick.bozon@ac-grenoble.fr",
  "MAILINBLACK BLOQUE TOUT",
  """Bonjour,

Depuis que le Département nous a collé MAILINBLACK, PLUS AUCUN de vos mails
ne passe. Activation, mot de passe, tout est retenu. Qu'est-ce que je dois
autoriser exactement pour que ça s'arrête ?

Collège {uai}
Y. Bozon
""")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "Misspelled 'mail in black', no accents, angry at both the IT service and the desk.",
  "Corinne Blanchet", "corinne.blanchet@laposte.net",
  "encore ce mail in black",
  """bonjour

le mail in black de la mairie bloque vos messages, l'informatique de la
mairie dit que c'est a vous de faire quelque chose, vous vous dites que c'est
a eux. moi au milieu je peux rien commander. qui fait quoi ????

corinne blanchet, ecole elementaire des Tilleuls
""")

M("mailinblack_spam", True, "0681907", "espace_acheteur", False, "en",
  "English; MailinBlack quarantine holds the activation links; irritated.",
  "Mark Jensen", "mark.jensen@ac-strasbourg.fr",
  "MailinBlack eats your emails",
  """Hi,

Our MailinBlack quarantine has swallowed every activation link you sent this
week. I only found out because a colleague asked why I never answered.

What do we need to allow so this stops happening? School {uai}.

Mark
""")

M("mailinblack_spam", False, "0763118", "espace_acheteur", True, "fr",
  "Describes a sender challenge page ('prouver que je ne suis pas un robot') of the school's anti-spam without naming MailInBlack: probably it, but a person should confirm before sending the guide.",
  "Valérie Duclos", "valerie.duclos@ac-normandie.fr",
  "Votre plateforme doit prouver qu'elle n'est pas un robot (!)",
  """Bonjour,

Notre antispam renvoie à vos expéditeurs une page où il faut « prouver que
l'on n'est pas un robot » avant que le message me soit délivré. Votre
plateforme, qui EST un robot, ne clique évidemment pas, et je ne reçois rien.

Je trouve ça ridicule mais c'est comme ça. Que faut-il faire ? Lycée {uai}.

V. Duclos
""")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in the MailInBlack notice, later mails still held; exasperated.",
  "Nicolas Perret", "n.perret@sivom-haut-jura.fr",
  "J'ai cliqué sur AUTORISER, ça sert à quoi ?",
  """Bonjour,

Dans la notification Mailinblack, j'ai cliqué sur « Autoriser » pour votre
adresse. Et les messages suivants sont quand même retenus en quarantaine.
Alors ce bouton, il sert à quoi ? À décorer ?

Comment faire pour que ça passe pour de bon ?

N. Perret
""")

M("mailinblack_spam", True, "0131947", "espace_acheteur", False, "fr",
  "Sarcastic IT technician asks which addresses or domains to allow-list in MailInBlack.",
  "Karim Benali", "karim.benali@ac-aix-marseille.fr",
  "Liste blanche MailInBlack - si ce n'est pas trop demander",
  """Bonjour,

Si ce n'est pas trop demander, pourriez-vous me donner la liste complète des
adresses et domaines d'où partent vos messages, pour que je les mette en
liste blanche dans MailInBlack ? Je l'ai demandée deux fois à votre
commercial, il m'a envoyé une plaquette.

Lycée {uai}, service informatique.

K. Benali
""")

M("mailinblack_spam", False, "0541832", "espace_acheteur", True, "fr",
  "MailInBlack blocked the mails, and she demands a commercial gesture for a missed order deadline: two topics, the second needs a person.",
  "Estelle Gérard", "estelle.gerard@ac-nancy-metz.fr",
  "Commande ratée à cause de MailInBlack : je veux un geste",
  """Bonjour,

Vos mails de validation sont restés bloqués une semaine dans MailInBlack, ce
que personne ne m'avait dit. Résultat, j'ai raté la date limite de la
commande groupée de mobilier.

Je veux savoir comment débloquer ça, ET je veux un geste commercial : ce
n'est pas à l'établissement de payer le prix de vos choix techniques.
Établissement {uai}.

E. Gérard
""")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "The local authority installed Mailinblack; ironic 'merci les génies'.",
  "Denis Roussel", "denis.roussel@agglo-montargis.fr",
  "Mailinblack, merci les génies",
  """Bonjour,

L'agglo a installé Mailinblack le mois dernier, « pour notre sécurité ».
Depuis, je ne reçois plus rien de l'Espace Acheteur. Merci les génies.

Y a-t-il un mode d'emploi pour vous autoriser ?

D. Roussel
""", fmt="html", client="outlook")

M("mailinblack_spam", True, "9710673", "espace_acheteur", False, "fr",
  "Guadeloupe; MailInBlack quarantine keeps the password mails; annoyed.",
  "Rosette Calixte", "rosette.calixte@ac-guadeloupe.fr",
  "Quarantaine MailInBlack",
  """Bonjour,

Vos mails de mot de passe finissent en quarantaine MailInBlack et y restent
jusqu'à ce qu'ils expirent. Je suis fatiguée de refaire la demande. Que dois-je
faire ? Collège {uai}.

R. Calixte
""")

M("mailinblack_spam", False, "0351892", "espace_acheteur", True, "fr",
  "Reply after the MailInBlack guide: the DSI refuses to allow-list; the standard answer already failed, a person (region) must act.",
  "Franck Le Goff", "franck.legoff@ac-rennes.fr",
  "Re: [#SUP-009410] Vos messages bloqués par MailInBlack",
  """Votre robot m'a déjà envoyé le guide MailInBlack. Notre DSI refuse
d'ajouter votre domaine, « politique de sécurité ». Donc votre guide ne
sert à rien. Qu'est-ce qu'on fait maintenant ? Qui appelle qui ?

Franck Le Goff, gestionnaire, lycée {uai}

> Bonjour,
> Vos messages semblent retenus par MailInBlack. Voici le guide pour
> autoriser nos expéditeurs...
""", reply="SUP-009410")

M("mailinblack_spam", True, None, None, False, "fr",
  "One line from a phone: blocked by Mailinblack again, send the guide. No platform named.",
  "Cédric Huet", "cedric.huet@ac-lille.fr",
  "mailinblack !!!!",
  """encore bloqué par mailinblack!!!! envoyez le guide svp

Envoyé de mon iPhone
""", fmt="b64", client="iphone")

M("mailinblack_spam", True, "0571294", "espace_acheteur", False, "fr",
  "Forwards the daily MailInBlack quarantine report with one angry line on top.",
  "Sabine Klein", "sabine.klein@ac-nancy-metz.fr",
  "TR: Votre rapport de quarantaine quotidien",
  """Voilà ce que je reçois TOUS les matins. Vos messages sont dedans.
Comment je fais pour qu'ils arrivent directement ? Lycée {uai}.

S. Klein

De : Mailinblack <noreply@mailinblack.com>
Envoyé : mardi 8 avril 2025 07:00
À : Sabine Klein
Objet : Votre rapport de quarantaine quotidien

Vous avez 4 message(s) en attente :
- no-reply@espace-acheteur.example.fr - Activez votre compte
- no-reply@espace-acheteur.example.fr - Votre nouveau mot de passe
- newsletter@exemple-promo.com - Soldes d'avril
- no-reply@espace-acheteur.example.fr - Nouvelle alerte sur une offre
""", client="outlook")

M("mailinblack_spam", True, "0261533", "esidoc", True, "fr",
  "Written by a primary-school head, but only about MailInBlack holding the activation mail: not a head-of-establishment request.",
  "Monique Arnaud", "ce.{uai}@ac-grenoble.fr",
  "Mailinblack Protect et votre activation",
  """Bonjour,

Je suis la directrice de l'école. Mailinblack Protect, que la commune a
installé, retient votre mail d'activation du compte client e-sidoc. Il est
dans la quarantaine, il a expiré, et je tourne en rond.

J'ai vraiment autre chose à faire que de jouer avec un antispam. Que dois-je
autoriser ?

M. Arnaud, directrice
""")

# ---------------------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0693519", "esidoc", False, "fr",
  "Furious proviseur, from the ce.<UAI> address, orders the reset of the e-sidoc admin password and a new contact address.",
  "Proviseur Lycée Ampère", "ce.{uai}@ac-lyon.fr",
  "Demande du proviseur - accès e-sidoc",
  """Madame, Monsieur,

Je suis proviseur du lycée (UAI {uai}). Depuis un mois, notre professeure
documentaliste ne peut plus administrer le portail, et vos réponses tournent
en rond. J'en ai assez.

Je vous demande donc, par écrit et officiellement :
- la réinitialisation du mot de passe administrateur e-sidoc ;
- le remplacement de l'adresse de contact par celle-ci, l'adresse officielle
  de l'établissement.

Je n'accepterai pas un nouveau délai.

Le proviseur, Jacques Morin
""")

M("head_of_establishment_request", False, "0931844", "espace_acheteur", False, "fr",
  "Principal writes for the third time to authorise an order in writing; exasperated.",
  "Christophe Mercier", "christophe.mercier@ac-creteil.fr",
  "JE VOUS AUTORISE (3e fois)",
  """Madame, Monsieur,

Pour la troisième fois : en ma qualité de principal du collège ({uai}),
j'AUTORISE la commande de manuels numériques préparée par Mme Ndiaye,
gestionnaire, sur l'Espace Acheteur. Il vous faut quoi de plus ? Un
recommandé ? Un pigeon voyageur ?

C. Mercier, principal
""")

M("head_of_establishment_request", False, None, "esidoc", True, "fr",
  "Primary-school head writes from a personal Gmail, no UAI, angry: change the admin contact address. Weak evidence; staff must verify.",
  "Brigitte Lacroix", "brigitte.lacroix64@gmail.com",
  "changement adresse - directrice",
  """Bonjour,

Je suis directrice de l'école maternelle des Coquelicots. Je vous demande de
remplacer l'adresse de contact du compte e-sidoc de l'école, qui est encore
celle de mon prédécesseur, par la mienne. Je vous écris de mon adresse
personnelle car la boîte de l'école ne fonctionne pas depuis une semaine, et
je n'ai pas envie d'attendre encore une semaine de plus.

B. Lacroix
""", fmt="alt", client="gmail")

M("head_of_establishment_request", False, "0951283", "esidoc", False, "fr",
  "Principal demands that a departed librarian's access be cut immediately (reset, link to the school address); threatens the rectorat.",
  "Principal Collège Camus", "ce.{uai}@ac-versailles.fr",
  "Ancien documentaliste : accès à couper IMMÉDIATEMENT",
  """Madame, Monsieur,

L'ancien documentaliste du collège a quitté l'établissement dans des
conditions difficiles et a toujours l'accès administrateur au portail. Je
vous demande, en tant que chef d'établissement, de réinitialiser ce mot de
passe aujourd'hui et d'envoyer le lien à l'adresse de l'établissement.

Si ce n'est pas fait rapidement, je devrai en informer le rectorat.

Le principal, Étienne Vidal
Collège Albert Camus ({uai})
""", fmt="html", client="outlook")

M("head_of_establishment_request", False, "0781262", "espace_acheteur", False, "en",
  "English head of school appoints a new structure administrator and asks to close the former one's access; impatient.",
  "Jonathan Hale", "head@international-school-stgermain.fr",
  "New administrator - second request",
  """Dear support team,

This is my second request. As Head of School (establishment code {uai}), I
appoint Ms Priya Nair, our finance officer, as administrator of our structure
in the buyer space, and I ask that Mr Collins' access be removed: he left us
in December.

I would appreciate this being handled this week.

Jonathan Hale
Head of School
""")

M("head_of_establishment_request", False, "0511748", "esidoc", False, "fr",
  "Reply in which the proviseur gives, sarcastically, the written request the desk asked for (Zimbra quote).",
  "Gilles Barthélemy", "ce.{uai}@ac-reims.fr",
  "Re: [#SUP-008977] Demande écrite du chef d'établissement",
  """Voici donc votre « demande écrite », puisque la parole d'une documentaliste
ne suffit pas : je soussigné, proviseur du lycée {uai}, demande la
réinitialisation du mot de passe d'administration e-sidoc et l'envoi du lien
à Mme Collet, professeure documentaliste.

G. Barthélemy, proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Gilles Barthélemy" <ce.{uai}@ac-reims.fr>
Envoyé: Lundi 10 Mars 2025 11:20:00
Objet: [#SUP-008977] Demande écrite du chef d'établissement

Bonjour, pour des raisons de sécurité, la réinitialisation doit être
demandée par écrit par le chef d'établissement.
""", reply="SUP-008977", client="zimbra")

M("head_of_establishment_request", False, "0592847", None, True, "fr",
  "Urgent 'proviseur' from a free-mail address with a different Reply-To asks to move all admin accounts to it, pressure and threats: a probable spoof, still a head-of-establishment request that staff should refuse.",
  "Proviseur Lycée Faidherbe", "proviseur.faidherbe.lille@gmail.com",
  "TRES URGENT - changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée ({uai}). Je suis en déplacement et j'ai besoin
que TOUS les comptes administrateur de l'établissement soient basculés sur
cette adresse dans l'heure. C'est une décision de direction, pas une
discussion.

Si ce n'est pas fait aujourd'hui, je signale votre service au rectorat pour
obstruction.

Le proviseur
""", extra={"Reply-To": "direction.lycee.faidherbe@outlook.com"}, auth="fail")

M("head_of_establishment_request", False, "0441837", "espace_acheteur", False, "fr",
  "The chef d'établissement names a new structure administrator on the Espace Acheteur, annoyed that the former gestionnaire still holds the role.",
  "Anne-Sophie Renaud", "anne-sophie.renaud@ac-nantes.fr",
  "Administrateur de structure : ça suffit",
  """Bonjour,

Cela fait deux mois que notre ancienne gestionnaire, mutée à Angers, est
toujours administratrice de notre structure sur l'Espace Acheteur et que
personne ici ne peut valider un compte.

En tant que principale du collège {uai}, je désigne M. Hugo Tessier,
nouveau gestionnaire, comme administrateur, et je demande que l'accès de
Mme Pineau soit fermé.

A.-S. Renaud, principale
""")

M("head_of_establishment_request", False, "0561904", "esidoc", False, "fr",
  "Proviseur authorises the librarian to validate the renewal order, bon d'engagement attached; irritated by the back and forth.",
  "Loïc Jaouen", "ce.{uai}@ac-rennes.fr",
  "Autorisation de commande - renouvellement",
  """Madame, Monsieur,

On me dit qu'il faut encore mon autorisation. La voici : j'autorise Mme
Rivoal, professeure documentaliste, à valider la commande de renouvellement
de l'abonnement e-sidoc du lycée {uai}. Le bon d'engagement signé est joint.

J'espère que cette fois ce sera suffisant.

L. Jaouen, proviseur
""", attach=("bon_engagement_2025.pdf", "application/pdf"))

M("head_of_establishment_request", False, "0333715", "esidoc", False, "fr",
  "Principal demands the admin reset in writing AND threatens the press; still a head-of-establishment request.",
  "Principale Collège Montaigne", "ce.{uai}@ac-bordeaux.fr",
  "Demande officielle de réinitialisation",
  """Madame, Monsieur,

En qualité de principale du collège Montaigne (UAI {uai}), je demande la
réinitialisation du mot de passe d'administration de notre portail e-sidoc,
lien à envoyer à l'adresse de l'établissement.

Je précise que les parents d'élèves élus s'étonnent que le CDI n'ait plus de
portail depuis six semaines, et que Sud Ouest s'intéresse beaucoup en ce
moment au numérique éducatif. Je préférerais que cela se règle avant.

La principale, Dominique Lafargue
""")

M("head_of_establishment_request", False, "0061728", "esidoc", True, "fr",
  "Body gives the UAI with a wrong check letter ({bad}) but the sender ce.<UAI>@ac-nice.fr carries the valid code, which is the label.",
  "Proviseur Lycée Masséna", "ce.{uai}@ac-nice.fr",
  "Changement de contact administrateur",
  """Madame, Monsieur,

Je vous demande de remplacer le contact administrateur du portail e-sidoc du
lycée (UAI {bad}) par Mme Ferri, notre nouvelle documentaliste
(c.ferri@ac-nice.fr). Ma précédente demande, il y a trois semaines, est restée
sans effet. C'est inacceptable.

Le proviseur
""", bad="0061728")

M("head_of_establishment_request", False, "0891542", "esidoc", False, "fr",
  "Short, curt: a primary-school director delegates order validation to a teacher.",
  "Directeur école Paul Bert", "ce.{uai}@ac-dijon.fr",
  "Délégation",
  """Bonjour,

Directeur de l'école Paul Bert ({uai}). Je délègue la validation des
commandes e-sidoc à Mme Chaput, enseignante. Et merci de ne plus m'envoyer
les confirmations à moi, je n'ai pas le temps.

J. Leroux
""")

M("head_of_establishment_request", False, "0802613", "esidoc", True, "fr",
  "The gestionnaire relays the proviseur's signed letter (PDF), head in copy, with an angry preface: the head's written request, relayed; staff check the letter and sender.",
  "Sébastien Carlier", "sebastien.carlier@ac-amiens.fr",
  "Courrier du proviseur (encore)",
  """Bonjour,

Ci-joint le courrier signé de notre proviseur, M. Dufresne (en copie), qui
demande la réinitialisation de l'accès administrateur e-sidoc du lycée
{uai} et le changement d'adresse de contact. C'est la deuxième fois qu'on
vous l'envoie ; la première s'est perdue quelque part chez vous.

S. Carlier, gestionnaire
""", attach=("courrier_proviseur_signe.pdf", "application/pdf"), cc="ce.{uai}@ac-amiens.fr")

# ---------------------------------------------------------------- account_creation
M("account_creation", False, None, "espace_acheteur", False, "fr",
  "Signed up two weeks ago, still 'en attente de validation', does not know who the administrator is: a person must look it up.",
  "Eric Vallet", "eric.vallet@ac-toulouse.fr",
  "En attente de validation depuis 15 jours !",
  """Bonjour,

Inscrit sur l'Espace Acheteur il y a quinze jours, mon compte est toujours
« en attente de validation ». Par qui ? Personne dans le lycée ne sait qui est
l'administrateur de notre structure. Donnez-moi un nom, je vais aller le
chercher moi-même.

E. Vallet
""")

M("account_creation", True, None, "espace_acheteur", False, "fr",
  "Sarcastic new gestionnaire asks how to create an account: the sign-up answer fits.",
  "Laetitia Morvan", "laetitia.morvan@ac-rennes.fr",
  "Créer un compte : mission impossible ?",
  """Bonjour,

Nouvelle gestionnaire, je cherche depuis vingt minutes où l'on crée un compte
sur votre Espace Acheteur. Le bouton « Se connecter » est énorme, celui pour
s'inscrire doit être caché quelque part sous une pierre.

Comment fait-on ?

L. Morvan
""")

M("account_creation", True, "0191478", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai PAS oublié mon mot de passe', she never had an account. account_creation, not password_reset.",
  "Paulette Vergne", "paulette.vergne@ac-limoges.fr",
  "Je n'ai PAS oublié mon mot de passe",
  """Bonjour,

Deuxième fois que votre service me répond « mot de passe oublié ». Je n'ai
PAS oublié mon mot de passe : je n'ai jamais eu de compte. Je veux en créer
un, pour le collège {uai}. Comment ?

P. Vergne
""")

M("account_creation", False, "0721594", "esidoc", False, "fr",
  "The UAI is not in the list when opening the e-sidoc customer account: the FAQ sends this to the sales team.",
  "Romain Chauvin", "romain.chauvin@ac-nantes.fr",
  "Mon établissement n'existe pas, paraît-il",
  """Bonjour,

Je veux ouvrir le compte client pour commander un abonnement. Dans votre
formulaire, notre UAI {uai} n'existe pas. Le lycée existe pourtant depuis
1962, je vous rassure.

On fait comment ?

R. Chauvin
""")

M("account_creation", False, "0171625", "espace_acheteur", False, "fr",
  "Account works but no order rights: asks for rights to be opened; angry tone.",
  "Michel Brunet", "michel.brunet@ac-poitiers.fr",
  "Compte sans droits = compte inutile",
  """Bonjour,

J'ai un compte sur l'Espace Acheteur, je me connecte, et je ne peux rien
faire : pas de bouton commander, pas de panier. Un compte qui ne permet pas
d'acheter, sur un espace acheteur, c'est un concept.

Merci d'ouvrir les droits de commande. Lycée {uai}.

M. Brunet
""")

M("account_creation", True, None, "espace_acheteur", False, "en",
  "English; fed up, wants to create a buyer account; the sign-up answer serves.",
  "Laura Bennett", "l.bennett@ecole-jeannine-manuel.org",
  "How do I even register?",
  """Hi,

I've been going round in circles on your website for half an hour. I simply
want to register as a buyer for our school. Can someone tell me, in plain
words, how to create an account?

Laura Bennett
Finance Office
""")

M("account_creation", True, "0501467", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case). Impatient.",
  "Jérôme Lebas", "jerome.lebas@ac-normandie.fr",
  "Inscription faite, connexion impossible",
  """Bonjour,

J'ai rempli votre formulaire d'inscription lundi. Je ne peux toujours pas me
connecter : « compte non validé ». Il faut attendre qui, quoi, combien de
temps ? Établissement {uai}.

J. Lebas
""")

M("account_creation", False, None, "espace_acheteur", False, "fr",
  "The structure administrator is on long leave, nobody validates the account: the region must step in. Very angry.",
  "Nadia Haddad", "nadia.haddad@ac-montpellier.fr",
  "Personne pour valider mon compte, personne pour répondre",
  """Bonjour,

Notre administratrice de structure est en congé longue maladie jusqu'en juin.
Mon compte attend sa validation depuis trois semaines. Je ne vais pas
attendre juin pour commander les fournitures de la rentrée !

Quelqu'un chez vous a-t-il le pouvoir de valider, ou de désigner un autre
administrateur ? J'exige une réponse.

N. Haddad
""")

M("account_creation", False, "0251718", "esidoc", False, "fr",
  "Asks whether both librarians can each have an administrator account; irritated at sharing one login.",
  "Cécile Jacquot", "cecile.jacquot@ac-besancon.fr",
  "Un seul compte pour deux, sérieusement ?",
  """Bonjour,

Nous sommes deux professeures documentalistes au lycée {uai} et nous devons
partager un seul compte administrateur e-sidoc, avec un seul mot de passe
qu'on se passe sur un post-it. En 2025.

Est-il possible d'avoir chacune notre compte administrateur ?

C. Jacquot
""")

# ---------------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0751893", "esidoc", False, "fr",
  "Europresse ordered yesterday, not visible; 'on paie pour quoi ?'. Within 72 hours.",
  "Camille Roche", "camille.roche@ac-paris.fr",
  "On paie pour quoi exactement ?",
  """Bonjour,

Abonnement Europresse commandé et validé hier. Aujourd'hui, rien sur le
portail, rien dans « Mes abonnements ». On paie pour quoi exactement ?

Lycée {uai}.

C. Roche
""")

M("subscription_activation", True, "0131684", "esidoc", False, "fr",
  "Capitals; Universalis ordered two days ago, pupils cannot reach it yet: within the 72-hour window.",
  "Gérard Pellegrin", "gerard.pellegrin@ac-aix-marseille.fr",
  "UNIVERSALIS TOUJOURS PAS ACCESSIBLE",
  """BONJOUR,

COMMANDE UNIVERSALIS PASSEE AVANT-HIER. LES ELEVES N'Y ONT TOUJOURS PAS
ACCES. J'AI UN PROJET EXPOSE AVEC DEUX CLASSES QUI COMMENCE JEUDI.

COLLEGE {uai}

G. PELLEGRIN
""")

M("subscription_activation", False, "0241613", "esidoc", False, "fr",
  "Ordered three weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
  "Véronique Delpech", "veronique.delpech@ac-bordeaux.fr",
  "72 heures, vraiment ?",
  """Bonjour,

Votre site parle d'une activation sous 72 heures. Ma commande date du 3 mars,
nous sommes le 24. Je vous laisse faire le calcul.

L'abonnement n'apparaît toujours pas. Collège {uai}. J'attends une
explication et une activation, dans cet ordre ou dans l'autre.

V. Delpech
""")

M("subscription_activation", True, "0321456", "esidoc", False, "fr",
  "How to publish the new resource on the portal; sarcastic about the documentation.",
  "Olivia Saint-Martin", "olivia.saint-martin@ac-toulouse.fr",
  "Publier une ressource : votre doc est un roman",
  """Bonjour,

Nous avons acheté Cafeyn. Votre documentation pour le publier sur le portail
fait 40 pages et ne répond pas à la question. Comment on rend la ressource
visible pour les élèves, en deux phrases ?

Lycée {uai}.

O. Saint-Martin
""")

M("subscription_activation", True, "0784312", "esidoc", False, "en",
  "English; renewed subscription still shown as expired the day after the order.",
  "Hannah Reid", "hannah.reid@ac-versailles.fr",
  "Renewed yesterday, still 'expired'",
  """Hello,

We renewed our subscription yesterday and paid for it. Today the portal still
says "expired" and the students can't access anything. Please fix this.

School {uai}.

Hannah Reid
""")

M("subscription_activation", True, "0741927", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Philippe Dumas", "ce.{uai}@ac-grenoble.fr",
  "Quand ?",
  """Bonjour,

Principal du collège. Nous avons payé l'abonnement lundi. Ma documentaliste
me demande chaque jour quand il sera disponible et je n'ai pas de réponse à
lui donner. Quand ?

P. Dumas
""")

M("subscription_activation", True, "0221827", "esidoc", True, "fr",
  "Negation: 'ce n'est PAS un problème de mot de passe', login works; the resource is not published for pupils.",
  "Tanguy Le Meur", "tanguy.lemeur@ac-rennes.fr",
  "Ce n'est PAS un problème de mot de passe",
  """Bonjour,

Je précise d'emblée, parce que votre service m'a déjà renvoyé deux fois vers
la réinitialisation : ce n'est PAS un problème de mot de passe. Je me
connecte très bien.

Le problème : la ressource Lumni Premium que nous avons activée avant-hier
n'apparaît pas côté élèves. Collège {uai}.

T. Le Meur
""")

M("subscription_activation", True, "0421377", "esidoc", False, "fr",
  "Renewal from yesterday still shown as expired; threatens not to renew next year.",
  "Sylvain Gauthier", "sylvain.gauthier@ac-lyon.fr",
  "Abonnement renouvelé mais « expiré »",
  """Bonjour,

Renouvellement commandé hier, et « Mes abonnements » affiche toujours
« expiré ». Si c'est aussi compliqué chaque année, l'année prochaine je ne
renouvelle pas, je vous le dis tout net.

Lycée {uai}.

S. Gauthier
""")

M("subscription_activation", False, "0651472", "esidoc", True, "fr",
  "Subscription not visible AND a demand to be refunded for the days lost: two topics, a person must handle the billing part.",
  "Laure Cazenave", "laure.cazenave@ac-toulouse.fr",
  "Abonnement invisible - remboursement demandé",
  """Bonjour,

L'abonnement commandé jeudi n'est toujours pas visible. Par ailleurs, je
demande que les jours où nous avons payé sans pouvoir utiliser le service
soient déduits de la facture : je ne vois pas pourquoi l'établissement
paierait un service qu'il n'a pas.

Collège {uai}.

L. Cazenave
""")
# ---------------------------------------------------------------- order_billing
M("order_billing", False, "0711937", "esidoc", False, "fr",
  "Asks for a formal quote (devis) for the bon d'engagement, third request, irritated.",
  "Brigitte Chaumont", "brigitte.chaumont@ac-dijon.fr",
  "Un DEVIS, c'est possible ?",
  """Bonjour,

Troisième demande : il me faut un devis en bonne et due forme pour le
renouvellement de l'abonnement e-sidoc, sinon l'agent comptable ne signe pas
le bon d'engagement. Ce n'est pourtant pas sorcier.

Lycée {uai}.

B. Chaumont, gestionnaire
""")

M("order_billing", False, "0332581", "esidoc", False, "fr",
  "Invoice received twice and the second one was paid: wants the duplicate cancelled and refunded.",
  "Agent comptable", "int.{uai}@ac-bordeaux.fr",
  "Facture payée DEUX FOIS",
  """Bonjour,

Vous nous avez envoyé la même facture deux fois, sous deux numéros
différents, et bien sûr les deux ont été payées. Je demande l'annulation de
la seconde et le remboursement, sous quinzaine.

Établissement {uai}.

L'agent comptable
""")

M("order_billing", False, "0231528", "esidoc", False, "fr",
  "Order validated a month ago, invoice still not on Chorus; the accountant is furious with her.",
  "Mireille Aubert", "mireille.aubert@ac-limoges.fr",
  "Chorus : toujours pas de facture",
  """Bonjour,

Commande validée le 12 décembre. Nous sommes mi-janvier. Aucune facture sur
Chorus Pro. Mon agent comptable me croit incapable et moi je n'ai rien à lui
montrer. Quand déposez-vous cette facture ?

Collège {uai}.

M. Aubert
""")

M("order_billing", False, "9711527", "esidoc", False, "fr",
  "Forward of a payment reminder for an invoice already paid by mandat administratif; threatens to stop working with them.",
  "Eddy Jeanne-Rose", "eddy.jeanne-rose@ac-guadeloupe.fr",
  "TR: Relance de paiement - c'est DÉJÀ PAYÉ",
  """Bonjour,

Nous recevons une relance « avant contentieux » pour une facture payée par
mandat administratif le 4 novembre. Je joins ci-dessous votre relance. Merci
de mettre à jour votre comptabilité et d'arrêter de nous menacer.

Lycée {uai}.

E. Jeanne-Rose, gestionnaire

-------- Message transféré --------
Sujet : Relance - facture F-2024-10877
Date : 14/01/2025
De : comptabilite@editeur-esidoc.example.fr

Sauf erreur de notre part, la facture F-2024-10877 reste impayée. Sans
règlement sous 8 jours, le dossier sera transmis au service contentieux.
""", client="thunderbird")

M("order_billing", False, "0101486", "esidoc", False, "fr",
  "The saved basket disappeared; she had spent an afternoon building it.",
  "Françoise Parisot", "francoise.parisot@ac-reims.fr",
  "Mon panier a disparu !!!",
  """Bonjour,

J'ai passé tout un après-midi à constituer un panier de 63 titres, je l'ai
enregistré, et aujourd'hui il a DISPARU. Vide. Où est-il passé ? Pouvez-vous
le récupérer ? Je ne recommence pas tout.

Collège {uai}.

F. Parisot
""")

M("order_billing", False, "0791633", "esidoc", False, "fr",
  "Bon d'engagement upload fails at order validation ('format non accepté') for a normal PDF.",
  "Didier Bonnin", "didier.bonnin@ac-poitiers.fr",
  "Format non accepté : c'est un PDF !",
  """Bonjour,

Au moment de valider la commande, votre site refuse mon bon d'engagement :
« format non accepté ». C'est un PDF. Un PDF tout ce qu'il y a de plus normal,
scanné par le copieur du lycée. Je l'ai essayé quatre fois.

Lycée {uai}.

D. Bonnin
""", attach=("BE_2025_014.pdf", "application/pdf"))

M("order_billing", False, "0881592", "esidoc", False, "fr",
  "HTML-only Outlook (windows-1252, euro sign): invoice amount higher than the quote; accuses them of inflating prices.",
  "Corinne Mathieu", "corinne.mathieu@ac-nancy-metz.fr",
  "Facture ≠ devis",
  """Bonjour,

Le devis disait 1 240,00 €. La facture dit 1 412,80 €. Personne ne m'a
prévenue d'une quelconque augmentation. Je ne paierai pas un centime de plus
que le devis signé tant que je n'ai pas d'explication écrite.

Collège {uai}.

C. Mathieu
""", fmt="html", client="outlook", charset="windows-1252")

M("order_billing", False, None, "espace_acheteur", False, "en",
  "English: invoices keep going to the wrong department despite requests; wants the billing address changed.",
  "Gregory Hill", "g.hill@lycee-francais-intl.org",
  "Wrong billing address - for the THIRD time",
  """Hello,

For the third time: invoices must be addressed to the Accounting Department,
not to the Library. The librarian forwards them to me weeks late and we get
late-payment reminders as a result.

Please update the billing address on our orders.

Gregory Hill
Chief Accountant
""")

M("order_billing", False, None, "esidoc", False, "fr",
  "Private school asks, exasperated, whether they can pay by bank transfer and for bank details; ISO-8859-1.",
  "Sœur Marie-Thérèse", "economat@institution-ste-marie.fr",
  "Comment vous payer ?",
  """Bonjour,

Nous voulons vous payer. Vraiment. Mais votre site ne propose que la carte
bancaire, que notre établissement n'a pas. Pouvons-nous payer par virement ?
Si oui, envoyez-nous un RIB, et cessez de nous relancer en attendant.

L'économat
""", fmt="latin1")

M("order_billing", False, "0912347", "espace_acheteur", True, "fr",
  "Two topics: the order is stuck 'en attente de validation' (main) and she asks why the market documents vanished; billing first.",
  "Hélène Rocher", "helene.rocher@ac-versailles.fr",
  "Commande bloquée + documents disparus",
  """Bonjour,

Ma commande de mobilier est « en attente de validation » depuis dix jours,
alors que le bon d'engagement est déposé et signé. Qu'est-ce qui bloque ?

Et pendant qu'on y est : les pièces du marché de mobilier ont disparu de
« Mes Marchés ». Franchement, on se demande si quelqu'un teste votre site.

Collège {uai}.

H. Rocher
""")

# ---------------------------------------------------------------- contract_documents
M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "Market no longer found in 'Mes Marchés' after the migration; furious.",
  "Paul Keraudren", "paul.keraudren@ville-brest.fr",
  "Où est passé notre marché ?",
  """Bonjour,

Le marché 2022-041 (fournitures scolaires), sur lequel nous commandons depuis
deux ans, n'apparaît plus dans « Mes Marchés » depuis votre « nouvelle
version ». Si c'est ça le progrès, rendez-nous l'ancienne.

Comment je retrouve les documents du marché ?

P. Keraudren
""")

M("contract_documents", False, "0292194", "espace_acheteur", False, "fr",
  "CCAP missing for the cleaning-products market; sarcastic.",
  "Gaëlle Tanguy", "gaelle.tanguy@ac-rennes.fr",
  "CCAP introuvable (chasse au trésor)",
  """Bonjour,

Je participe bien malgré moi à une chasse au trésor : le CCAP du marché de
produits d'entretien 2024-018. Introuvable dans les documents du marché. Le
règlement de consultation y est, l'acte d'engagement aussi, mais pas le CCAP.

Pouvez-vous le remettre en ligne ? Lycée {uai}.

G. Tanguy
""")

M("contract_documents", False, "0672384", "espace_acheteur", False, "fr",
  "Amendment no. 3 of a market announced by letter but absent from the documents; wants it before ordering.",
  "Thomas Weber", "thomas.weber@ac-strasbourg.fr",
  "Avenant n°3 : annoncé, jamais publié",
  """Bonjour,

Vous nous avez annoncé par courrier l'avenant n°3 du marché de papeterie
(nouveaux prix). Il n'est pas dans les documents du marché. Je refuse de
commander sur la base de prix que je ne peux pas vérifier.

Établissement {uai}.

T. Weber
""")

M("contract_documents", False, "0531472", "espace_acheteur", False, "fr",
  "The membership convention opens as an empty file; second attempt.",
  "Sandrine Lemonnier", "sandrine.lemonnier@ac-nantes.fr",
  "Convention d'adhésion : fichier vide",
  """Bonjour,

La convention d'adhésion s'ouvre sur un fichier vide. J'ai essayé avec trois
navigateurs et deux ordinateurs, j'ai vidé le cache, j'ai prié. Toujours vide.

Pouvez-vous me l'envoyer autrement ? Collège {uai}.

S. Lemonnier
""")

M("contract_documents", False, "0931766", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the document is still missing despite the region's earlier answer.",
  "Patrice Ndiaye", "patrice.ndiaye@ac-creteil.fr",
  "Re: [#SUP-008720] Document manquant marché 2023-077",
  """Non, ce n'est pas réglé. Le certificat administratif du marché 2023-077
n'est toujours pas visible, contrairement à ce que vous m'avez écrit. Je vous
joins rien du tout puisqu'il n'y a rien à voir.

Collège {uai}.

Le lun. 17 févr. 2025 à 14:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le document a été ajouté aux pièces du marché 2023-077.
> Cordialement
""", reply="SUP-008720", fmt="alt", client="gmail")

M("contract_documents", False, None, "espace_acheteur", False, "en",
  "English: cannot see the framework agreement documents; angry about an audit.",
  "Oliver Grant", "o.grant@american-school-paris.org",
  "Contract documents not visible - audit next week",
  """Hello,

We have an audit next week and I cannot see any of the contract documents for
the IT equipment framework agreement we joined last year. The page just says
"no documents". This is not acceptable.

Please restore access to these documents as soon as possible.

Oliver Grant
Business Manager
""")

M("contract_documents", False, "0171904", "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one; accuses the migration. contract_documents (close to an access-rights question).",
  "Yves Robin", "yves.robin@ac-poitiers.fr",
  "Nouvelle plateforme = conventions perdues",
  """Bonjour,

Sur l'ancienne plateforme, je voyais les conventions et leurs avenants. Sur la
nouvelle, plus rien. Pas une ligne. J'imagine que « nouvelle plateforme »
voulait dire « plateforme vide ».

Qui me rend l'accès aux conventions du lycée {uai} ?

Y. Robin
""")

# ---------------------------------------------------------------- transfer_incident
M("transfer_incident", False, "0692764", "ecoledirecte", False, "fr",
  "EcoleDirecte transfer five days old; parents furious, grades not visible before the conseil de classe.",
  "Stéphane Lamy", "stephane.lamy@ensemble-scolaire-saint-marc.fr",
  "Les parents nous incendient",
  """Bonjour,

Le dernier transfert vers EcoleDirecte date de cinq jours. Les parents ne
voient plus les notes, les conseils de classe commencent lundi, et mon
standard explose. J'ai relancé l'outil, rien ne part.

UAI {uai}. Il me faut quelqu'un aujourd'hui.

S. Lamy, directeur
""")

M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "The antivirus quarantines Charlemagne Outils, transfers no longer run; blames the vendor.",
  "Franck Martel", "informatique@college-notre-dame-valence.fr",
  "Votre logiciel est pris pour un virus",
  """Bonjour,

Notre antivirus met en quarantaine l'exécutable des Outils Charlemagne depuis
la dernière mise à jour. Résultat : plus aucun transfert. Si votre logiciel
ressemble à un virus au point de tromper un antivirus, il y a peut-être
une question à se poser chez vous.

Que faut-il exclure, et comment relancer les transferts ?

F. Martel
""")

M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Asks, very annoyed, for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  "Monique Garnier", "secretariat@lycee-st-exupery-prive.fr",
  "Mot de passe de maintenance - 2 heures d'attente au téléphone",
  """Bonjour,

Deux heures d'attente au téléphone pour obtenir le mot de passe de
maintenance du jour, et la ligne a coupé. Je dois réindexer la base
Charlemagne avant ce soir. Envoyez-le moi par mail, s'il vous plaît, je n'ai
plus la patience.

M. Garnier
""")

M("transfer_incident", False, "0354612", "ecoledirecte", False, "fr",
  "Licence to regenerate after a server change; transfers stopped for a week.",
  "Erwan Le Roux", "erwan.leroux@groupe-scolaire-ste-anne.fr",
  "Licence à régénérer - 1 semaine sans transfert",
  """Bonjour,

Nous avons changé de serveur il y a une semaine, à la demande de votre
propre technicien. Depuis, licence invalide et aucun transfert. Il faut la
régénérer, et ça fait une semaine que je le demande.

UAI {uai}.

E. Le Roux
""")

M("transfer_incident", False, "0451603", "ecoledirecte", False, "fr",
  "New firewall/proxy: the transfer diagnostic fails on the connection test; IT annoyed at vague documentation.",
  "Arnaud Pichon", "a.pichon@ensemble-saint-paul-orleans.fr",
  "Proxy / transferts : votre doc ne dit rien",
  """Bonjour,

Nouveau pare-feu et proxy chez nous. Le diagnostic des Outils échoue au test
de connexion. Votre documentation dit « configurez le proxy ». Merci, j'avais
deviné. Quels ports, quelles adresses, quel mode d'authentification ?

UAI {uai}.

A. Pichon, informatique
""")

M("transfer_incident", False, "0594276", "ecoledirecte", False, "fr",
  "Replication to be re-initialised after a restore; screenshot attached; tired of waiting.",
  "Delphine Caron", "delphine.caron@institution-st-jude-lille.fr",
  "Réplication en erreur depuis la restauration",
  """Bonjour,

Suite à une restauration de la base, la réplication est en erreur (capture
jointe). J'ai suivi votre fiche, deux fois, sans résultat. Il faut sans doute
réinitialiser la réplication de votre côté. UAI {uai}.

Merci de ne pas me répondre de « redémarrer le poste » : c'est fait.

D. Caron
""", attach=("erreur_replication.png", "image/png"))

M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "HTML-only Outlook: several Outils.exe processes stuck, transfers hang; exasperated.",
  "Jean-Luc Mallet", "jl.mallet@college-ste-therese.fr",
  "Outils.exe x 6",
  """Bonjour,

Six processus Outils.exe dans le gestionnaire des tâches, aucun ne se termine,
les transferts restent bloqués « en cours » depuis ce matin. Je les tue, ils
reviennent. C'est un film d'horreur.

Que faire ?

J.-L. Mallet
""", fmt="html", client="outlook")

M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "'Licence expirée' at start-up on the first day of term, transfers stopped; in capitals.",
  "Anne Brossard", "direction@ecole-ste-famille-angers.fr",
  "LICENCE EXPIREE LE JOUR DE LA RENTREE",
  """BONJOUR,

LE JOUR DE LA RENTREE, LES OUTILS AFFICHENT « LICENCE EXPIREE » ET PLUS RIEN
NE PART VERS ECOLEDIRECTE. NOUS SOMMES A JOUR DE NOS PAIEMENTS.

MERCI DE REGLER CELA DANS LA JOURNEE.

A. BROSSARD
""")

M("transfer_incident", False, "0831492", "ecoledirecte", True, "fr",
  "Head of a private school writes, but about transfers failing (absences no longer reach EcoleDirecte): not a head-of-establishment request.",
  "Marc Olivieri", "m.olivieri@college-prive-fenelon-toulon.fr",
  "Absences : rien ne remonte, j'ai des parents au bureau",
  """Bonjour,

Chef d'établissement du collège Fénelon (UAI {uai}). Depuis mardi, les
absences saisies ne remontent plus sur EcoleDirecte. J'ai eu ce matin deux
familles dans mon bureau, persuadées que nous leur cachons des choses.

Je veux que ce soit réparé avant lundi, et une explication.

M. Olivieri
""")
# ---------------------------------------------------------------- automated
M("automated", False, None, None, False, "fr",
  "Exchange out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress).",
  "Virginie Lambert", "virginie.lambert@ville-colombes.fr",
  "Réponse automatique : [#SUP-009120] Votre demande de mot de passe",
  """Bonjour,

Je suis absente jusqu'au lundi 17 février inclus. Votre message ne sera pas
transféré. Pour toute urgence, contactez le service achats au 01 47 00 00 00.

Cordialement,
Virginie Lambert
""", auto="ooo_exchange")

M("automated", False, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  "Peter Collins", "peter.collins.school@gmail.com",
  "Re: [#SUP-009233] Buyer account",
  """Thanks for your email. I'm away until 3 March with limited access to email.
For anything urgent please contact the school office.

Peter
""", auto="ooo_gmail")

M("automated", False, None, None, False, "fr",
  "Academic webmail vacation reply (Zimbra). Region from the ac-toulouse.fr sender.",
  "Muriel Castan", "muriel.castan@ac-toulouse.fr",
  "Absence : [#SUP-009301] Abonnement non visible",
  """Bonjour,

Je suis en stage de formation du 10 au 14 mars. Je lirai votre message à mon
retour.

M. Castan
""", auto="zimbra")

M("automated", False, None, None, True, "fr",
  "Out-of-office announcing a strike day: sounds militant and cross, but it is an automatic reply with Auto-Submitted. Region from ac-creteil.fr.",
  "Fatou Diallo", "fatou.diallo@ac-creteil.fr",
  "Réponse automatique : Re: [#SUP-009455] Lien de réinitialisation",
  """Bonjour,

Je suis en GRÈVE ce jeudi, comme une grande partie des personnels, contre la
suppression des postes de documentalistes dans l'académie. Votre message sera
traité vendredi.

F. Diallo
""", auto="ooo_exchange")

M("automated", False, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status), null Return-Path.",
  "Mail Delivery System", "MAILER-DAEMON@mx.lycee-louise-michel.fr",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.lycee-louise-michel.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cdi@lycee-louise-michel.fr>: mailbox full
""", auto="bounce_postfix", bounce_rcpt="cdi@lycee-louise-michel.fr", bounce_subject="[#SUP-009508] Votre portail e-sidoc")

M("automated", False, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :').",
  "Microsoft Outlook", "postmaster@agglo-royan.fr",
  "Non remis : [#SUP-009512] Mailinblack : procédure",
  """Votre message n'a pas pu être remis à l'adresse j.masson@agglo-royan.fr,
car cette adresse est introuvable ou n'accepte plus de courrier.

Diagnostic pour les administrateurs : 550 5.1.10 RESOLVER.ADR.RecipientNotFound
""", auto="bounce_exchange", bounce_rcpt="j.masson@agglo-royan.fr", bounce_subject="[#SUP-009512] Mailinblack : procédure")

M("automated", False, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)'.",
  "Mail Delivery Subsystem", "mailer-daemon@googlemail.com",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to ecole.tilleuls.dir@gmail.com because the
address couldn't be found, or is unable to receive mail.
""", auto="bounce_gmail", bounce_rcpt="ecole.tilleuls.dir@gmail.com", bounce_subject="[#SUP-009520] Changement d'adresse")

M("automated", False, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), disposition-notification. Region from ac-nancy-metz.fr.",
  "Christine Humbert", "christine.humbert@ac-nancy-metz.fr",
  "Lu : [#SUP-009537] Deux problèmes, zéro réponse",
  """Votre message

  À : Christine Humbert
  Objet : [#SUP-009537] Deux problèmes, zéro réponse

a été lu le 22/01/2025 09:41.
""", auto="mdn")

M("automated", False, None, "espace_acheteur", False, "fr",
  "Marketing newsletter of the purchasing centre: List-Id, List-Unsubscribe, Precedence: bulk.",
  "Centrale d'achat - Actualités", "newsletter@actualites.espace-acheteur.example.fr",
  "Nouveau : les marchés de mobilier 2025 sont en ligne",
  """Lettre d'information - avril 2025

Les nouveaux marchés de mobilier scolaire sont disponibles dans « Mes Marchés ».
Découvrez les lots, les délais de livraison et les conditions d'adhésion.

Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8812/c07d
""", auto="newsletter")

M("automated", False, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk: an account awaits validation (Auto-Submitted: auto-generated).",
  "Espace Acheteur", "no-reply@espace-acheteur.example.fr",
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur s'est inscrit pour la structure « Collège Jean Jaurès -
Saint-Denis » et attend la validation de son compte.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", auto="notif")

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: the supplier answered a ticket the desk opened.",
  "Portail de tickets", "notifications@tickets.example.fr",
  "[Ticket #48213] Nouvelle réponse de l'éditeur",
  """Une nouvelle réponse a été ajoutée au ticket #48213 « Transferts
EcoleDirecte bloqués ».

Consultez le ticket : https://tickets.example.fr/t/48213

Notification automatique - ne pas répondre.
""", auto="notif")

M("automated", False, None, None, True, "fr",
  "The rectorat's help desk acknowledges a message the desk was cc'd on (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-lyon.fr.",
  "Assistance académique", "assistance@ac-lyon.fr",
  "[RECTORAT-2025-11873] Accusé de réception : Plainte - portail documentaire",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence RECTORAT-2025-11873.
Elle sera traitée par le service compétent dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.
""", auto="ack")

M("automated", False, None, "esidoc", True, "fr",
  "A furious librarian's message about e-sidoc passwords, but posted to an academic list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-rennes.fr.",
  "Maëlle Guivarc'h", "maelle.guivarch@ac-rennes.fr",
  "[doc-bretagne] Ras-le-bol des mots de passe e-sidoc",
  """Bonjour à toutes et tous,

Est-ce que je suis la seule à devoir refaire mon mot de passe e-sidoc tous
les trois mois et à ne jamais recevoir le lien ? Ça me rend folle. Comment
faites-vous ?

Maëlle, collège de Pontivy
""", auto="list")

M("automated", False, None, None, True, "fr",
  "Out-of-office from a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  "Robert Vial", "robert.vial@ville-privas.fr",
  "Absent",
  """Je suis absent du bureau jusqu'au 28 avril. Je n'aurai pas accès à mes
messages. En cas d'urgence, merci de contacter Mme Bouvier au standard.

Robert Vial
""", auto="ooo_noheader")

M("automated", False, "0352281", None, False, "fr",
  "Out-of-office of a school office (ce.<UAI> address), closed for the holidays; UAI from the address.",
  "Lycée Chateaubriand", "ce.{uai}@ac-rennes.fr",
  "Réponse automatique : [#SUP-009601] Accès CDI",
  """Bonjour,

L'établissement est fermé pendant les vacances de printemps, du 12 au 27
avril. Les messages seront traités à la réouverture.

Le secrétariat
""", auto="ooo_exchange")

M("automated", False, None, "esignature", True, "fr",
  "E-signature 'document signed' notification for a convention: transactional, no Auto-Submitted; the no-reply sender and wording show it is automatic.",
  "Signature électronique", "no-reply@esignature.example.fr",
  "Document signé : Convention d'adhésion 2025",
  """Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 ».
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ce message vous est envoyé automatiquement.
""", auto="esign")

M("automated", False, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  "DMARC Aggregate Report", "noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1284412290331",
  """This is an aggregate report from google.com.
""", auto="dmarc")

M("automated", False, None, None, False, "en",
  "Delay warning from a relay ('Delayed Mail (still being retried)'), not a failure, still automatic.",
  "Mail Delivery System", "MAILER-DAEMON@relay.cc-pays-d-aix.fr",
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.cc-pays-d-aix.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours. It will be retried until it
is 5 days old.
""", auto="delay", bounce_rcpt="achats@cc-pays-d-aix.fr", bounce_subject="[#SUP-009640] Vos notifications")

M("automated", False, None, None, True, "fr",
  "Host autoresponder with a curt, irritated-sounding text; only X-Autoreply / X-Autorespond headers.",
  "Mairie de Saint-Clair", "accueil@mairie-saint-clair.fr",
  "Re: [#SUP-009655] Espace Acheteur",
  """Cette adresse n'est plus consultée. Les demandes envoyées ici ne seront
PAS traitées. Merci d'utiliser le formulaire de contact du site de la
mairie.
""", auto="xautoreply")

M("automated", False, None, None, True, "fr",
  "MailInBlack's sender-authentication challenge sent to the desk's own address: names MailInBlack but is a machine mail, never answered.",
  "Mailinblack", "challenge@mailinblack.com",
  "Vérification de votre message à l.dupuis@ville-quimperle.fr",
  """Bonjour,

Vous avez envoyé un message à l.dupuis@ville-quimperle.fr. Ce destinataire
est protégé par Mailinblack. Afin que votre message lui soit délivré, merci
de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :

https://app.mailinblack.com/authentication/9f2b61

Ce message a été généré automatiquement.
""", auto="mib")

# ---------------------------------------------------------------- other
M("other", False, None, None, False, "fr",
  "Pure venting about unanswered mails; never says what the request is. Region from ac-dijon.fr.",
  "Roselyne Guyot", "roselyne.guyot@ac-dijon.fr",
  "Service inexistant",
  """Bonjour,

Je vous ai écrit le 3, le 10 et le 17. Aucune réponse. Pas un accusé de
réception, pas un « nous revenons vers vous ». Rien. C'est un service
d'assistance ou une boîte aux lettres peinte sur un mur ?

R. Guyot
""")

M("other", False, None, None, False, "fr",
  "Capitals-only rant from a personal address; no request can be told.",
  "J. Bertin", "jbertin.59@free.fr",
  "HONTEUX",
  """VOTRE SERVICE EST UNE HONTE. JAMAIS VU CA. JE VAIS EN PARLER A TOUT LE
MONDE. VOUS ENTENDREZ PARLER DE MOI.
""")

M("other", False, None, "esidoc", True, "fr",
  "'Merci pour rien' after the problem was solved by a colleague: mentions the password and the link but asks nothing. Region from ac-poitiers.fr.",
  "Bertrand Moreau", "bertrand.moreau@ac-poitiers.fr",
  "Re: [#SUP-009210] Vos mails partent chez une retraitée !",
  """Inutile de chercher plus loin, c'est réglé : un collègue du lycée voisin m'a
expliqué en cinq minutes ce que vous n'avez pas su m'expliquer en trois
semaines. J'ai un nouveau mot de passe. Merci pour rien.

B. Moreau

> Bonjour,
> Votre demande a été transmise à l'équipe de votre région.
""", reply="SUP-009210")

M("other", False, None, None, True, "fr",
  "Phishing: 'your académie account will be deleted, confirm your password'; look-alike domain is not an académie domain, so no region.",
  "Messagerie Académique", "securite@ac-lyon-messagerie.com",
  "DERNIER AVERTISSEMENT : votre compte sera supprimé",
  """Cher utilisateur,

Votre boîte de messagerie a dépassé son quota et sera DÉFINITIVEMENT
SUPPRIMÉE sous 24 heures. Pour conserver vos messages, confirmez votre
identifiant et votre mot de passe ici :

http://ac-lyon-messagerie.com/verification

Service informatique
""", auth="fail")

M("other", False, None, None, False, "en",
  "English SEO spam.",
  "Ryan Cooper", "ryan@rankboost-seo.biz",
  "Your website is losing customers every day",
  """Hi there,

I noticed your website isn't ranking on the first page of Google for your main
keywords. That means you're losing customers every single day!

We can fix that in 30 days, guaranteed. Reply "YES" for a free audit.

Ryan
""")

M("other", False, None, None, False, "fr",
  "Cold sales prospecting for CDI shelving, written to one person; not automated.",
  "Julien Marchetti", "j.marchetti@agencement-biblio-pro.fr",
  "Vos CDI méritent mieux",
  """Bonjour,

Vos professeurs documentalistes se plaignent de rayonnages vétustes ? Nous
équipons plus de 300 CDI en France avec du mobilier modulable, livré et
monté en 3 semaines.

Puis-je vous appeler cette semaine pour en parler ?

Julien Marchetti
Chargé d'affaires
""")

M("other", False, None, "ecoledirecte", True, "fr",
  "Angry parent about a grade his son got, sent to the wrong address; mentions EcoleDirecte but it is not a transfer problem.",
  "Frédéric Lemoine", "fred.lemoine@hotmail.fr",
  "Note de mon fils : scandaleux",
  """Madame, Monsieur,

Je viens de voir sur EcoleDirecte que mon fils a eu 4/20 en histoire pour un
devoir qu'il a passé le week-end à préparer. C'est scandaleux. Je demande à
rencontrer le professeur et je compte bien saisir le principal.

F. Lemoine
""")

M("other", False, None, None, False, "fr",
  "GDPR erasure request from a former user, angry: other (human review), not account_creation.",
  "Chantal Ribeiro", "chantal.ribeiro@sfr.fr",
  "Suppression de mes données - RGPD",
  """Madame, Monsieur,

Je ne travaille plus dans l'Éducation nationale depuis deux ans et je reçois
encore vos messages. En application du RGPD, je vous demande la suppression
de toutes mes données personnelles, sous un mois, et une confirmation écrite.
À défaut, je saisirai la CNIL.

C. Ribeiro
""")

M("other", False, None, None, False, "fr",
  "Hand-written 'STOP' to the newsletter in capitals: a person asking to be removed, not automated.",
  "Dominique Faivre", "dominique.faivre@orange.fr",
  "STOP STOP STOP",
  """ARRÊTEZ DE M'ENVOYER VOTRE LETTRE D'INFORMATION. J'AI CLIQUÉ TROIS FOIS SUR
« SE DÉSINSCRIRE ». RETIREZ-MOI DE VOS LISTES.
""")

M("other", False, None, None, False, "fr",
  "Complains about an agent's rude tone on the phone and asks for a manager; no product question. Region from ac-orleans-tours.fr.",
  "Marie-Christine Leclerc", "mc.leclerc@ac-orleans-tours.fr",
  "Comportement inadmissible d'un de vos agents",
  """Madame, Monsieur,

Hier après-midi, la personne qui m'a répondu au téléphone m'a littéralement
raccroché au nez après m'avoir expliqué que « ce n'était pas son problème ».
Je souhaite que son responsable me contacte. Je ne suis pas une usagère de
seconde zone.

M.-C. Leclerc
""")

M("other", False, None, None, False, "fr",
  "A local journalist asks for comments about reported outages: press inquiry, not a support request.",
  "Claire Dupont", "c.dupont@lecho-regional.fr",
  "Demande d'interview - pannes des outils numériques",
  """Bonjour,

Je suis journaliste à L'Écho régional. Plusieurs enseignants nous ont
contactés au sujet de difficultés d'accès répétées à vos services ces
dernières semaines. Souhaiteriez-vous réagir ? Je boucle mon article jeudi.

Claire Dupont
06 00 00 00 00
""")

M("other", False, None, None, False, "fr",
  "Union section letter protesting tools imposed on staff; no individual request. Region from ac-lille.fr.",
  "Section SNES Lycée Baggio", "snes.baggio@ac-lille.fr",
  "Motion de la section syndicale",
  """Madame, Monsieur,

Réunie le 4 février, la section syndicale du lycée dénonce la multiplication
des outils numériques imposés aux collègues documentalistes et
gestionnaires sans formation ni concertation, et le temps perdu en démarches
de connexion. Nous transmettons copie de cette motion au rectorat.

La section
""")

M("other", False, None, None, False, "de",
  "German: a partner school in Baden asks about an exchange trip; wrong address, unrelated.",
  "Katrin Vogel", "k.vogel@gymnasium-kehl.de",
  "Austauschprogramm - schon wieder keine Antwort",
  """Sehr geehrte Damen und Herren,

ich schreibe Ihnen jetzt zum dritten Mal wegen unseres Schüleraustauschs mit
dem Lycée in Strasbourg. Niemand antwortet. Können Sie meine Nachricht bitte
an die richtige Person weiterleiten?

Mit freundlichen Grüßen
Katrin Vogel
""")

M("other", False, None, "esignature", True, "fr",
  "The convention sent for e-signature has the wrong school name and she refuses to sign; only the sender of the document can fix it: other.",
  "Odile Marchand", "odile.marchand@ac-nantes.fr",
  "Je ne signerai pas ça",
  """Bonjour,

La convention que vous m'envoyez à signer électroniquement est au nom du
« Lycée Clemenceau » alors que nous sommes le lycée Clemenceau-Guist'hau
depuis la fusion. Je ne signerai pas un document faux. Corrigez-le.

O. Marchand
""")

M("other", False, None, None, False, "fr",
  "Curt 'Bien reçu.' from a phone: nothing to do. Region from ac-bordeaux.fr.",
  "Pierre Lacoste", "pierre.lacoste@ac-bordeaux.fr",
  "Re: [#SUP-009702] Abonnement",
  """Bien reçu. Il était temps.

Envoyé de mon iPhone
""", reply="SUP-009702", fmt="b64", client="iphone")

M("other", False, None, "ticket_portal", False, "fr",
  "How to see colleagues' tickets on the ticket portal, with a long complaint about ergonomics: a how-to with no category of its own. Region from ac-amiens.fr.",
  "Benoît Lefort", "benoit.lefort@ac-amiens.fr",
  "Votre portail de tickets est illisible",
  """Bonjour,

Votre portail de tickets est illisible : douze onglets, des statuts que
personne ne comprend. Question simple : comment voir les tickets ouverts par
ma collègue, pour ne pas ouvrir le même deux fois ?

B. Lefort
""")

M("other", False, None, None, True, "fr",
  "Fake 'dernière relance avant contentieux' with an attachment from an unknown sender: phishing, not order_billing.",
  "Service Recouvrement", "recouvrement@factures-relance-pro.com",
  "DERNIÈRE RELANCE AVANT CONTENTIEUX - Facture n°2025-4471",
  """Madame, Monsieur,

Malgré nos relances, la facture n°2025-4471 reste impayée. Sans règlement
sous 48 heures, le dossier sera transmis à notre huissier. Consultez la
facture en pièce jointe.

Service Recouvrement
""", attach=("Facture_2025-4471.pdf.html", "text/html"), auth="fail")

M("other", False, None, None, False, "fr",
  "Teacher complains that YouTube is blocked by the school network: unrelated to the services. Region from ac-grenoble.fr.",
  "Mathieu Blanc", "mathieu.blanc@ac-grenoble.fr",
  "Internet bloqué, c'est une blague",
  """Bonjour,

Encore une fois YouTube est bloqué sur le réseau du collège au moment où je
veux passer une vidéo en classe. Qui s'occupe du filtrage ? C'est
insupportable.

M. Blanc
""")

M("other", False, None, None, False, "en",
  "English general complaint about accessibility of the website; no specific request.",
  "Martin O'Brien", "m.obrien@lycee-intl-ferney.org",
  "Your website is not accessible",
  """To whom it may concern,

Your website is a nightmare for anyone using a screen reader. Buttons without
labels, popups that trap focus. As a visually impaired staff member, I find
it frankly insulting that a public service tool is built like this.

I expect this to be passed on to whoever is responsible.

Martin O'Brien
""")

M("other", False, None, None, True, "fr",
  "Apology for yesterday's angry mail, the problem solved itself: nothing asked. Region from ac-nice.fr.",
  "Sophie Bernardi", "sophie.bernardi@ac-nice.fr",
  "Pardon pour hier",
  """Bonjour,

Je vous prie d'excuser le ton de mon message d'hier, j'étais à bout. Tout
fonctionne ce matin, je ne sais pas ce qui s'est passé mais ce n'est plus la
peine de chercher. Merci et bonne journée.

S. Bernardi
""")


# ====================================================================== building
import html as _html

CLIENTS = {
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail": (None, None),
    "iphone": ("X-Mailer", "iPhone Mail (21E236)"),
    "android": ("X-Mailer", "Outlook for Android"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    "webmail": ("User-Agent", "Roundcube Webmail/1.6.9"),
}


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr_header(name, addr):
    return "%s <%s>" % (enc_header(name) if any(ord(c) > 127 for c in name)
                        else ('"%s"' % name if any(c in name for c in ",.()'") else name), addr)


def to_html(text, charset="utf-8"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(_html.escape(l) for l in p.split("\n")))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">" % charset +
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style>"
            "</head><body lang=\"FR\">\n<div class=\"WordSection1\">\n" + "\n<p>&nbsp;</p>\n".join(out)
            + "\n</div>\n</body></html>\n")


def encode_part(ctype, text, cte, charset="utf-8"):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = raw.decode(charset)
        cte = "8bit"
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, charset, cte)
    return head, body


def ticket_mid(ref):
    return "<%s.%d.a%04x@assistance.example.fr>" % (ref, 1736000000 + int(ref[-4:]) * 97, int(ref[-4:]))


def build(i, m, rng, when):
    kw = m["kw"]
    d7 = m["d7"]
    full = uai(d7) if d7 else None
    rep = {"{uai}": full or "", "{uai2}": uai(kw["d7b"]) if kw.get("d7b") else "",
           "{bad}": bad_uai(kw["bad"]) if kw.get("bad") else ""}

    def sub(s):
        for k, v in rep.items():
            s = s.replace(k, v)
        return s

    addr = sub(m["addr"])
    name = m["name"]
    subject = sub(m["subject"])
    body = sub(m["body"])
    dom = addr.rsplit("@", 1)[1]
    auto = kw.get("auto")
    region = region_of(full, addr)
    tz = datetime.timezone(datetime.timedelta(hours=TZ.get(region, 1 if when.month not in (4, 5, 6) else 2)))
    date = when.replace(tzinfo=tz)
    mid_local = "%08x.%04x" % (rng.getrandbits(32), rng.getrandbits(16))
    msgid = "<%s@%s>" % (mid_local, dom.replace("googlemail.com", "mail.gmail.com"))
    auth = kw.get("auth", "pass")
    null_rp = auto in ("bounce_postfix", "bounce_exchange", "bounce_gmail", "delay")
    if null_rp:
        authres = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % dom)
    elif auth == "pass":
        authres = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                   "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    else:
        authres = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=%s;\n"
                   "\tdmarc=fail (p=none dis=none) header.from=%s" % (dom, dom))
    hdr = []
    hdr.append("Return-Path: <%s>" % ("" if null_rp else addr))
    hdr.append("Delivered-To: support@assistance.example.fr")
    hdr.append("Received: from mail.%s (mail.%s [203.0.113.%d])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s"
               % (dom, dom, rng.randint(2, 250), "%012X" % rng.getrandbits(48), format_datetime(date)))
    hdr.append("Authentication-Results: " + authres)
    hdr.append("From: " + addr_header(name, addr))
    if auto == "list":
        hdr.append("To: doc-bretagne@listes.ac-rennes.fr")
    else:
        hdr.append("To: " + rng.choice(["support@assistance.example.fr", "Assistance <support@assistance.example.fr>"]))
    if kw.get("cc"):
        hdr.append("Cc: " + sub(kw["cc"]))
    hdr.append("Subject: " + enc_header(subject))
    hdr.append("Date: " + format_datetime(date))
    hdr.append("Message-ID: " + msgid)
    ref = kw.get("reply")
    if ref is None and "[#SUP-" in subject:
        ref = subject.split("[#")[1].split("]")[0]
    if ref:
        hdr.append("In-Reply-To: " + ticket_mid(ref))
        hdr.append("References: " + ticket_mid(ref))
    for k, v in kw.get("extra", {}).items():
        hdr.append("%s: %s" % (k, v))
    client = kw.get("client")
    if client is None and not auto:
        client = rng.choice(["thunderbird", "outlook", "gmail", "zimbra", "apple", "webmail", None, None])
    if client and CLIENTS.get(client, (None,))[0]:
        hdr.append("%s: %s" % CLIENTS[client])
    hdr.append("MIME-Version: 1.0")

    # automation headers and special structures
    if auto in ("ooo_exchange",):
        hdr += ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    elif auto == "ooo_gmail":
        hdr += ["Auto-Submitted: auto-replied"]
    elif auto == "zimbra":
        hdr += ["Auto-Submitted: auto-replied (zimbra; vacation)"]
    elif auto in ("notif", "esign_never"):
        hdr += ["Auto-Submitted: auto-generated"]
    elif auto == "ack":
        hdr += ["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-lyon.fr", "Precedence: bulk"]
    elif auto == "newsletter":
        hdr += ["List-Id: Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>",
                "List-Unsubscribe: <https://actualites.espace-acheteur.example.fr/u/8812/c07d>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]
    elif auto == "list":
        hdr += ["List-Id: Professeurs documentalistes de Bretagne <doc-bretagne.listes.ac-rennes.fr>",
                "List-Post: <mailto:doc-bretagne@listes.ac-rennes.fr>", "Precedence: list",
                "Sender: doc-bretagne-owner@listes.ac-rennes.fr"]
    elif auto == "xautoreply":
        hdr += ["X-Autoreply: yes", "X-Autorespond: accueil@mairie-saint-clair.fr"]
    elif auto == "mib":
        hdr += ["Auto-Submitted: auto-generated", "X-Mailinblack: challenge"]
    elif auto == "dmarc":
        pass

    boundary = "=_b%012x" % rng.getrandbits(48)
    if auto in ("bounce_postfix", "bounce_exchange", "bounce_gmail", "delay"):
        hdr.append("Auto-Submitted: auto-replied")
        hdr.append('Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % boundary)
        action, status = ("delayed", "4.4.1") if auto == "delay" else ("failed", "5.1.1")
        orig = ("From: Assistance <support@assistance.example.fr>\nTo: <%s>\nSubject: %s\n"
                "Message-ID: %s\nDate: %s\n" % (kw["bounce_rcpt"], enc_header(kw["bounce_subject"]),
                                                ticket_mid(kw["bounce_subject"].split("[#")[1].split("]")[0]),
                                                format_datetime(date)))
        parts = [
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + body,
            "Content-Type: message/delivery-status\n\nReporting-MTA: dns; %s\n\nFinal-Recipient: rfc822; %s\n"
            "Action: %s\nStatus: %s\n" % (dom, kw["bounce_rcpt"], action, status),
            "Content-Type: text/rfc822-headers\n\n" + orig,
        ]
        payload = "This is a MIME-encapsulated message.\n\n" + "".join(
            "--%s\n%s\n" % (boundary, p) for p in parts) + "--%s--\n" % boundary
    elif auto == "mdn":
        hdr.append('Content-Type: multipart/report; report-type=disposition-notification;\n boundary="%s"' % boundary)
        parts = [
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + body,
            "Content-Type: message/disposition-notification\n\nReporting-UA: %s; Microsoft Outlook 16.0\n"
            "Final-Recipient: rfc822;%s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (dom, addr),
        ]
        payload = "".join("--%s\n%s\n" % (boundary, p) for p in parts) + "--%s--\n" % boundary
    elif auto == "dmarc":
        hdr.append('Content-Type: multipart/mixed; boundary="%s"' % boundary)
        zipdata = base64.encodebytes(bytes(rng.getrandbits(8) for _ in range(180))).decode("ascii")
        parts = [
            'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n' + body,
            'Content-Type: application/zip; name="google.com!assistance.example.fr!1736985600!1737071999.zip"\n'
            'Content-Disposition: attachment; filename="google.com!assistance.example.fr!1736985600!1737071999.zip"\n'
            "Content-Transfer-Encoding: base64\n\n" + zipdata,
        ]
        payload = "".join("--%s\n%s\n" % (boundary, p) for p in parts) + "--%s--\n" % boundary
    else:
        fmt = kw.get("fmt")
        if fmt is None:
            if auto:
                fmt = "plain"
            elif client == "gmail":
                fmt = "alt"
            elif client == "outlook":
                fmt = rng.choice(["alt", "html"])
            else:
                fmt = rng.choice(["plain", "plain", "qp", "alt", "b64"])
        charset = kw.get("charset", "utf-8")
        if fmt == "latin1":
            h, b = encode_part("text/plain", body, "8bit", "iso-8859-1")
            inner = (h, b)
        elif fmt == "plain":
            inner = encode_part("text/plain", body, "8bit", charset)
        elif fmt == "qp":
            inner = encode_part("text/plain", body, "quoted-printable", charset)
        elif fmt == "b64":
            inner = encode_part("text/plain", body, "base64", charset)
        elif fmt == "html":
            inner = encode_part("text/html", to_html(body, charset), "quoted-printable", charset)
        elif fmt == "alt":
            b2 = "=_a%012x" % rng.getrandbits(48)
            p1 = encode_part("text/plain", body, "quoted-printable", charset)
            p2 = encode_part("text/html", to_html(body, charset), "quoted-printable", charset)
            inner = ('Content-Type: multipart/alternative; boundary="%s"\n' % b2,
                     "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b2, p1[0], p1[1], b2, p2[0], p2[1], b2))
        else:
            raise ValueError(fmt)
        if kw.get("attach"):
            fname, ctype = kw["attach"]
            data = base64.encodebytes(bytes(rng.getrandbits(8) for _ in range(400))).decode("ascii")
            hdr.append('Content-Type: multipart/mixed; boundary="%s"' % boundary)
            payload = ("--%s\n%s\n%s\n--%s\nContent-Type: %s; name=\"%s\"\n"
                       "Content-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                       % (boundary, inner[0], inner[1], boundary, ctype, fname, fname, data, boundary))
        else:
            hdr.append(inner[0].rstrip("\n"))
            payload = inner[1]
    text = "\n".join(hdr) + "\n\n" + payload
    if not text.endswith("\n"):
        text += "\n"
    label = {
        "file": "h%03d.eml" % i,
        "category": m["cat"],
        "auto_reply_ok": m["ok"],
        "uai": full,
        "region": region,
        "platform": m["platform"],
        "hard": m["hard"],
        "lang": m["lang"],
        "notes": sub(m["notes"]),
    }
    return text, label


def main():
    rng = random.Random(SEED)
    mails = list(MAILS)
    rng.shuffle(mails)
    start = datetime.datetime(2024, 9, 2, 7, 0)
    labels = []
    for i, m in enumerate(mails, 1):
        when = start + datetime.timedelta(days=rng.randint(0, 290), hours=rng.randint(0, 12),
                                          minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        if when.weekday() >= 5 and not m["kw"].get("auto"):
            when -= datetime.timedelta(days=2)
        text, label = build(i, m, rng, when)
        with open(os.path.join(HERE, label["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        labels.append(label)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    verify()


def verify():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert len(emls) == 150, len(emls)
    assert emls == ["h%03d.eml" % i for i in range(1, 151)]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == emls
    for lab in labels:
        assert list(lab.keys()) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        sender = msg["From"].addresses[0].addr_spec
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] not in AUTO_CATEGORIES:
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert valid_uai(lab["uai"]), lab
            assert lab["region"] == DEPT2REGION[lab["uai"][:3]], lab
        else:
            dom = sender.rsplit("@", 1)[1].lower()
            assert lab["region"] == DOMAIN2REGION.get(dom), (lab, dom)
        assert lab["region"] is None or lab["region"] in REGIONS
        # the body really carries something readable
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            assert body.get_content().strip(), lab["file"]
        if lab["uai"] is not None:
            raw = open(os.path.join(HERE, lab["file"]), "rb").read()
            whole = "\n".join(p.get_content() for p in msg.walk()
                              if p.get_content_maintype() == "text") + str(msg["From"]) + str(msg["Subject"]) + str(msg.get("Cc", ""))
            assert lab["uai"] in whole or lab["uai"].lower() in whole, lab["file"]
    from collections import Counter
    c = Counter(l["category"] for l in labels)
    print("ok: 150 mails;", dict(sorted(c.items())), "auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels))


if __name__ == "__main__":
    main()
