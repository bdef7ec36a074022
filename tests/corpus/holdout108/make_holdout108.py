#!/usr/bin/env python3
"""Build holdout108: 150 hand-written support mails (theme: rural schools of
Occitanie and Nouvelle-Aquitaine in May-June, exam season and end of year).

Standard library only, deterministic. Every mail text below was written by
hand; the code only wraps the texts in headers and MIME structure, then
re-reads everything and checks the labels.
"""
import base64
import email
import email.policy
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(108108)
DESK = "support@assistance.example.fr"
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
DEPT2REG = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT2REG[_d if len(_d) == 3 else "0" + _d] = _r
DOM2REG = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}
REG = {"occ": "occitanie", "na": "nouvelle-aquitaine", None: None}


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and LETTERS[int(code[:7]) % 23] == code[7])


def region_of(uai, sender):
    if uai:
        return DEPT2REG.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOM2REG.get(dom)


MAILS = []


def M(n, a, s, d, b, cat, ok, uai, reg, plat, notes, hard=False, lang="fr",
      f="8bit", x=None, h=(), att=None, to=None, cc=None, irt=None,
      raw=None, cs="utf-8"):
    """One hand-written mail and its label.

    n/a: sender display name and address; s: subject; d: 'MM-DD HH:MM' (2025);
    b: body text; f: 8bit | qp | b64 | html | alt | alt64; x: X-Mailer line;
    h: extra headers; att: (filename, content type) of a small attachment;
    irt: Message-ID this replies to; raw: a complete prebuilt message body
    (with its own Content-Type) for machine-generated mail.
    """
    MAILS.append(dict(n=n, a=a, s=s, d=d, b=b, f=f, x=x, h=list(h), att=att,
                      to=to, cc=cc, irt=irt, raw=raw, cs=cs,
                      label=dict(category=cat, auto_reply_ok=ok, uai=uai,
                                 region=REG.get(reg, reg), platform=plat,
                                 hard=hard, lang=lang, notes=notes)))


# ---------------------------------------------------------------- password_reset
ZIM = "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF126 (Win)/9.0.0_ZEXTRAS_20240927)"
OUT = "Microsoft Outlook 16.0"
TB = "Mozilla Thunderbird 115.11.0"
IPH = "iPhone Mail (21F90)"

M("Sandrine Lafon", "sandrine.lafon@ac-toulouse.fr", "mot de passe BCD", "05-06 12:48",
  """Bonjour,

Je suis directrice de l'école de Cajarc (0462688X). J'ai oublié le mot de passe
du portail e-sidoc de notre BCD, et je voudrais enregistrer les livres rendus
avant la fin de l'année.

Pouvez-vous m'aider ?

Sandrine Lafon
Directrice, école élémentaire de Cajarc
""", "password_reset", True, "0462688X", "occ", "esidoc",
  "Village-school head forgot the library (BCD) portal password; UAI in the body. Asks for herself, not an authorisation.",
  x=ZIM, f="qp")

M("Secrétariat collège Jean Picart Le Doux", "ce.0238767E@ac-limoges.fr",
  "Réinitialisation mot de passe e-sidoc", "05-12 09:05",
  """Bonjour,

Notre documentaliste est en arrêt jusqu'à la fin de l'année et personne n'a le
mot de passe du compte d'administration e-sidoc. Pourriez-vous envoyer le lien
de réinitialisation sur l'adresse du secrétariat (celle-ci) ?

Merci beaucoup,
Le secrétariat
Collège de Bourganeuf
""", "password_reset", True, "0238767E", "na", "esidoc",
  "Secretariat writes from the official ce.<UAI> address and asks for the link on that same address: the safe reset path. UAI only in the sender address.",
  hard=True, x=ZIM)

M("Delphine Castex", "delphine.castex@ac-toulouse.fr", "Compte bloqué", "05-13 16:22",
  """Bonjour,
Après plusieurs essais ce matin le portail du CDI m'indique que le compte est
verrouillé. Collège du Val d'Arros, RNE 0324622A.
Pouvez-vous le débloquer ou m'envoyer un nouveau lien ?
Bonne journée
D. Castex, professeure documentaliste
""", "password_reset", True, "0324622A", "occ", "esidoc",
  "Account locked after failed attempts; UAI given as RNE.", x=TB)

M("Hannah Whitfield", "h.whitfield@lyceebiarritz-international.org", "Forgotten password for the library portal",
  "05-14 10:31",
  """Hello,

I coordinate the British international section at our lycee and I look after
the English shelf of the library while our librarian is busy with the bac
timetable. I can't remember the password of the e-sidoc back office.
Our school code is 0647580S.

Could you send me the reset procedure? Sorry, my French is not good enough to
explain it properly.

Many thanks,
Hannah Whitfield
""", "password_reset", True, "0647580S", "na", "esidoc",
  "English; forgotten e-sidoc password, UAI given. The standard reset path (address on file or official address) fits.",
  lang="en", f="alt")

M("Pascale Veyssière", "pascale.veyssiere@ac-limoges.fr", "Lien expiré", "05-19 08:12",
  """Bonjour,

j'ai reçu vendredi soir le mail pour changer le mot de passe mais je ne l'ai
ouvert que ce matin et le lien dit qu'il n'est plus valide. Pouvez-vous m'en
renvoyer un ? Collège d'Ussel, 0199137D.

Merci
Pascale
""", "password_reset", True, "0199137D", "na", "esidoc",
  "Reset link expired over the weekend; asks for a new one.", x=ZIM, f="qp")

M("ecole st beauzely", "ecole.stbeauzely@orange.fr", "bcd", "05-20 18:47",
  """bonjour
je connais pas le mot de passe de la bcd, l ancienne directrice est partie et
elle l a pas laisse. le code de l ecole c est 0124517V
merci
""", "password_reset", True, "0124517V", "occ", "esidoc",
  "No accents or capitals; the new head never had the library password. UAI in the body; non-academic sender, region from the UAI.",
  x="Open-Xchange Mailer v7.10.6-Rev62")

M("Gestionnaire collège de Florac", "gestion.college.florac@ac-montpellier.fr",
  "Identifiant Espace Acheteur", "05-21 11:03",
  """Bonjour,

Je dois passer les dernières commandes de l'exercice avant le 15 juin mais je
n'arrive plus à me connecter à l'Espace Acheteur : l'identifiant ne passe plus
et je ne sais pas sur quelle adresse le compte avait été ouvert par mon
prédécesseur.

Collège des Trois Vallées, UAI 0482028U.

Bien cordialement,
Marc Pelatan
Adjoint gestionnaire
""", "password_reset", True, "0482028U", "occ", "espace_acheteur",
  "Espace Acheteur login lost and the address on file unknown (FAQ case).", x=OUT, f="alt")

M("Nadine Boutin", "nadine.boutin@ac-poitiers.fr", "RE: [#SUP-018342] Mot de passe e-sidoc",
  "05-22 14:40",
  """Bonjour,

Le lien est bien parti sur l'adresse ce. du collège, mais cette boîte n'est
relevée par personne depuis le départ de la secrétaire (poste vacant jusqu'en
septembre). Le principal est en jury toute la semaine. Comment fait-on ?
J'ai besoin du portail pour l'inventaire de fin d'année.

Nadine Boutin
Documentaliste, collège de Mauzé-sur-le-Mignon (0797804D)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 20 mai 2025 10:02
À : Nadine Boutin <nadine.boutin@ac-poitiers.fr>
Objet : [#SUP-018342] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de votre
établissement (c***@ac-****.fr). Il est valable 12 heures.
L'équipe d'assistance
""", "password_reset", False, "0797804D", "na", "esidoc",
  "Reply to the automatic reset answer: the link went to an unread official mailbox. The standard answer already failed; a person must take over (head's written request).",
  x=OUT, irt="SUP-018342.1747728120.a41c@assistance.example.fr")

M("Julien Azéma", "julien.azema@ac-toulouse.fr", "mdp + Europresse", "05-23 17:15",
  """Bonjour,

Deux choses, désolé de tout mettre dans le même message :
- j'ai perdu le mot de passe de l'administration e-sidoc du collège (0815919U)
- et l'abonnement Europresse commandé la semaine dernière n'apparaît toujours
  pas côté élèves.

Merci d'avance,
Julien Azéma
Collège de Vabre
""", "password_reset", False, "0815919U", "occ", "esidoc",
  "Two topics: lost password (first) and a subscription ordered a week ago not visible (past 72 h): one template cannot answer.",
  hard=True, x=TB)

M("Corinne Mallet", "corinne.mallet16@gmail.com", "Mot de passe portail documentaire",
  "05-26 21:34",
  """Bonsoir,

Je n'ai plus le mot de passe d'e-sidoc pour l'école de Montemboeuf
(0163702M). Pourriez-vous me l'envoyer directement sur cette adresse gmail ?
Je ne consulte pas la boîte de l'école pendant les vacances et je voudrais
avancer le catalogue.

Merci,
Corinne Mallet
""", "password_reset", False, "0163702M", "na", "esidoc",
  "Asks for the password to be sent to her personal Gmail, which is not on file: the automatic answer must not do that; a person explains the procedure.",
  hard=True)

M("Thierry Roumagnac", "thierry.roumagnac@ac-toulouse.fr", "Accès e-sidoc 0313028Z", "05-27 07:58",
  """Bonjour,
Je n'arrive plus à entrer dans e-sidoc (mot de passe oublié). Collège de
Cadours, code 0313028Z.
Cordialement,
T. Roumagnac
""", "password_reset", True, None, "occ", "esidoc",
  "UAI typed 0313028Z: the check letter is wrong (digits give 0313028Y), so no UAI; region from ac-toulouse.fr. A plain forgotten password otherwise.",
  hard=True, x=ZIM)

M("Marie-Line Dupouy", "marie-line.dupouy@ac-bordeaux.fr", "connexion impossible", "05-27 13:20",
  """Bonjour,

Impossible de me connecter à l'interface de gestion de https://0331965g.esidoc.fr
depuis la mise à jour de mon ordinateur, mon navigateur avait mémorisé le mot
de passe et je ne le connais plus.

Merci de votre aide,
Marie-Line
""", "password_reset", True, "0331965G", "na", "esidoc",
  "The UAI appears only in the portal URL, in lower case; forgotten password.", hard=True, f="html", x=OUT)

M("Vincent Labarthe", "vincent.labarthe@ac-bordeaux.fr", "mot de passe expiré", "05-28 10:44",
  """Bonjour,

Le portail me dit que mon mot de passe a expiré et me demande l'ancien pour le
changer, mais je ne m'en souviens pas. Collège de Gabarret (0404575F).

Merci
V. Labarthe
""", "password_reset", True, "0404575F", "na", "esidoc",
  "Expired password and the old one forgotten.", x=ZIM)

M("Lucie Fourcade", "lucie.fourcade@ac-toulouse.fr", "Remplacement au CDI", "06-02 09:36",
  """Bonjour,

Je remplace depuis ce matin la professeure documentaliste du collège
d'Arreau (0658005Y), en congé maternité. Personne ne m'a transmis le mot de
passe du portail e-sidoc. Comment puis-je l'obtenir ?

Merci,
Lucie Fourcade
""", "password_reset", True, "0658005Y", "occ", "esidoc",
  "Replacement librarian who never had the password ('personne ne m'a transmis').", f="qp", x=ZIM)

M("Olivier Sanchez", "olivier.sanchez@ac-montpellier.fr", "mot de passe administration EcoleDirecte",
  "06-03 15:02",
  """Bonjour,

Je ne retrouve plus le mot de passe du compte d'administration EcoleDirecte
du collège de Lodève (0343363W). Attention, je ne parle pas du mot de passe de
maintenance du jour, que j'obtiens sans problème, mais bien du compte admin
que j'utilise pour les paramètres de fin d'année.

Cordialement,
Olivier Sanchez
Chef de travaux / référent numérique
""", "password_reset", False, "0343363W", "occ", "ecoledirecte",
  "Lost EcoleDirecte administration password, explicitly not the daily maintenance password (transfer_incident). No automatic reset exists for this product.",
  hard=True, x=OUT)

M("Agnès", "agnes.b87@free.fr", "mdp", "06-04 19:51",
  """mdp esidoc perdu. RNE 0871197D. merci
Envoyé de mon iPhone""", "password_reset", True, "0871197D", "na", "esidoc",
  "One line from a phone; forgotten password with the UAI.", x=IPH)

M("Stéphanie Rouch", "stephanie.rouch@ac-toulouse.fr", "Mot de passe e-sidoc école de Massat",
  "06-05 11:27",
  """Bonjour,

Je suis secrétaire de mairie et je gère aussi un peu les trois écoles du RPI
(Massat, Biert et Le Port). Seule l'école de Massat est concernée : son
portail e-sidoc ne veut plus de notre mot de passe. Le code de l'école est
0093471Z.

Les deux autres n'ont pas de souci, je précise pour ne pas mélanger.

Merci pour votre aide,
Stéphanie Rouch
""", "password_reset", True, "0093471Z", "occ", "esidoc",
  "A secretary handling three schools; only one school (one UAI) is concerned: a plain reset.", x=ZIM)

M("Direction école Jean Jaurès", "ce.0665911S@ac-montpellier.fr", "J'ai oublié mon mot de passe", "06-06 08:05",
  """Bonjour,

Je suis le directeur de l'école et, je l'avoue, j'ai tout simplement oublié le
mot de passe du portail de la BCD. Pouvez-vous envoyer le lien sur l'adresse
de l'école ?

Merci,
Jordi Puig
Directeur, école Jean Jaurès, Prades
""", "password_reset", True, "0665911S", "occ", "esidoc",
  "Written by the school head from the ce. address, but he only forgot his own password and asks for the standard link: password_reset, not a head-of-establishment request.",
  hard=True, x=ZIM)

M("Émilie Darrigrand", "emilie.darrigrand@ac-bordeaux.fr", "identifiant ?", "06-10 13:58",
  """Bonjour,
On me demande un identifiant pour me connecter au portail du CDI, lequel est-ce ?
Et je n'ai pas non plus le mot de passe...
Merci
Émilie Darrigrand
""", "password_reset", True, None, "na", "esidoc",
  "Does not know the login (the UAI) nor the password; no UAI, region from ac-bordeaux.fr.", x=ZIM)

M("Fabrice Lannes", "fabrice.lannes@ac-bordeaux.fr", "URGENT mot de passe portail CDI", "06-11 07:41",
  """Bonjour,

C'est urgent : je dois imprimer les listes de lecture pour les 3e avant le
brevet et je suis bloqué à l'écran de connexion, mot de passe refusé. J'ai
essayé toutes les variantes que je connais.

Collège de Saint-Symphorien, 0336823M.

Merci de faire vite !!
Fabrice Lannes
""", "password_reset", True, "0336823M", "na", "esidoc",
  "Urgent tone; clear forgotten password with UAI.", f="qp", x=TB)

M("Jean-Marc Delpech", "intendance.college-belves@orange.fr", "Connexion Espace Acheteur", "06-12 10:10",
  """Bonjour,

L'adresse de connexion à l'Espace Acheteur est une boîte partagée entre moi et
la gestionnaire précédente, qui part en retraite fin juin. Je ne connais pas
l'identifiant qu'elle utilisait et je dois pouvoir me connecter à la rentrée.
Comment récupérer l'accès ?

Collège de Belvès, UAI 0245662Z

J.-M. Delpech
""", "password_reset", True, "0245662Z", "na", "espace_acheteur",
  "Shared mailbox and unknown login on the Espace Acheteur (FAQ case).", f="alt", x=OUT)
# ---------------------------------------------------------- missing_noreply_mail
M("Gestion collège de Lavit", "gestion.0825717U@ac-toulouse.fr", "Pas de mail d'activation", "05-05 10:20",
  """Bonjour,

J'ai créé lundi dernier mon compte sur l'Espace Acheteur mais je n'ai jamais
reçu le mail d'activation. Collège de Lavit, 0825717U.

Cordialement,
Hélène Bousquet, gestionnaire
""", "missing_noreply_mail", True, "0825717U", "occ", "espace_acheteur",
  "Activation mail never arrived; UAI in the body and in the sender address.", x=ZIM)

M("Karine Texier", "karine.texier@ac-poitiers.fr", "mail nouveau mot de passe", "05-07 15:33",
  """Bonjour,

J'ai demandé trois fois un nouveau mot de passe sur l'Espace Acheteur, rien
n'arrive, ni dans la boîte de réception ni dans les indésirables.

Collège de Saint-Jean-d'Angély, RNE 0171642T.

Merci
""", "missing_noreply_mail", True, "0171642T", "na", "espace_acheteur",
  "New-password mail never arrives, junk folder checked; no anti-spam product named.", x=ZIM, f="qp")

M("Directrice école de Lussac", "directrice.lussac@ac-poitiers.fr", "pas reçu de mail", "05-09 12:02",
  """Bonjour,
On m'a dit qu'un mail automatique devait m'arriver pour activer le compte du
portail documentaire de l'école. Rien reçu depuis mardi.
Bonne journée
Anne Giraud
""", "missing_noreply_mail", True, None, "na", "esidoc",
  "Activation mail for the library portal not received; no UAI, region from ac-poitiers.fr.", x=ZIM)

M("Patrick Cazals", "patrick.cazals@ac-montpellier.fr", "Re: [#SUP-017905] Mail d'activation non reçu",
  "05-12 17:26",
  """Bonjour,

J'ai suivi vos conseils (indésirables, ajout de l'adresse no-reply aux
contacts) mais toujours rien trois jours après. Pouvez-vous transmettre à la
région ou voir de votre côté ? Collège de Couiza, 0119779V.

Patrick Cazals

Le 09/05/2025 à 09:12, Assistance a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
> d'envoi à vos expéditeurs autorisés. Sans nouvelles de votre part sous
> 48 heures, nous reviendrons vers vous.
> L'équipe d'assistance
""", "missing_noreply_mail", False, "0119779V", "occ", "espace_acheteur",
  "Follow-up after the junk-folder answer: still nothing. The standard answer was already given; a person must follow up with the region.",
  x=TB, irt="SUP-017905.1746774720.77be@assistance.example.fr")

M("Claire Monroe", "claire.monroe.fle@gmail.com", "Notification emails never arrive", "05-13 09:09",
  """Hi,

I registered on the buyer space for our small language school partnership
with a collège in the Lot, but I never receive the automatic emails (the
account confirmation, the new password). Nothing in spam either.

Could you check?
Claire
""", "missing_noreply_mail", True, None, None, "espace_acheteur",
  "English; no-reply mails never arrive; no product named; no UAI and no académie domain.", lang="en")

M("Romain Puech", "romain.puech@ac-montpellier.fr", "Mail de confirmation", "05-15 14:48",
  """Bonjour,

Je n'ai pas reçu le mail de confirmation de l'Espace Acheteur. Je précise que
nous n'avons PAS Mailinblack au collège (je sais que d'autres établissements
du Gard l'ont), le filtrage est celui de la messagerie académique.

Collège de Saint-Ambroix, 0302144T.

Romain Puech
""", "missing_noreply_mail", True, "0302144T", "occ", "espace_acheteur",
  "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
  hard=True, x=TB)

M("Céline Arnaud", "celine.arnaud@mairie-saintgirons.fr", "portail tickets : pas de mail pour le mot de passe", "05-16 11:11",
  """Bonjour,

Je me suis inscrite sur le portail de tickets pour suivre la demande de
l'école, mais le mail qui permet de choisir son mot de passe n'est jamais
arrivé.

Cordialement,
Céline Arnaud
Service scolaire
""", "missing_noreply_mail", True, None, None, "ticket_portal",
  "Ticket portal confirmation mail never arrived; town-hall sender, no UAI.", x=OUT)

M("Gilles Bardet", "gilles.bardet@laposte.net", "inscription", "05-19 07:30",
  """Bonjour, inscription faite jeudi sur l'espace acheteur pour l'école de
Nontron, aucun mail de confirmation depuis. Merci de regarder.
G. Bardet""", "missing_noreply_mail", True, None, None, "espace_acheteur",
  "Short message; sign-up confirmation not received since Thursday. No UAI, non-academic sender.")

M("Sophie Peyrat", "sophie.peyrat@ac-limoges.fr", "Notifications comptes à valider", "05-20 10:55",
  """Bonjour,

Je suis administratrice de la structure sur l'Espace Acheteur pour le collège.
Depuis la bascule de notre messagerie académique sur la nouvelle version, je
ne reçois plus les notifications « compte à valider ». Un collègue attend
depuis une semaine.

Merci de votre aide
Sophie Peyrat
""", "missing_noreply_mail", True, None, "na", "espace_acheteur",
  "The structure administrator no longer receives validation notifications; no UAI, region from ac-limoges.fr.", x=ZIM, f="qp")

M("Laure Chauvin", "laure.chauvin@ac-poitiers.fr", "Signature convention", "05-22 16:07",
  """Bonjour,

Le principal devait recevoir un mail de la plateforme de signature
électronique pour signer la convention de groupement, il ne l'a jamais eu
(ni dans les spams). Collège de Lencloître, 0862359X.

Pouvez-vous le renvoyer ?

Laure Chauvin, secrétaire de direction
""", "missing_noreply_mail", True, "0862359X", "na", "esignature",
  "The e-signature invitation (an automatic mail) never arrived; the junk-folder / allow-sender answer fits.",
  hard=True, x=OUT)

M("Bernard Cassagne", "bernard.cassagne@ac-bordeaux.fr", "mot de passe Espace Acheteur", "05-26 09:40",
  """Bonjour,

Je clique bien sur « mot de passe oublié », le site me confirme qu'un mail
est parti, mais je ne reçois jamais ce mail. Mon mot de passe lui-même, je
veux bien le changer, c'est juste que le message n'arrive pas.

Collège de Casteljaloux, 0477405U.
""", "missing_noreply_mail", True, "0477405U", "na", "espace_acheteur",
  "Reads like a password problem but the reset tool works; the new-password mail never arrives: missing_noreply_mail.",
  hard=True, x=TB)

M("M. Fabre", "m.fabre@wanadoo.fr", "toujours rien", "05-28 20:02",
  """toujours rien reçu pour l'activation du compte, j'ai regardé partout
Envoyé de mon iPhone""", "missing_noreply_mail", True, None, None, None,
  "Phone one-liner, no history quoted, no platform named: the activation mail did not arrive.", x=IPH)

M("Aurélie Mirande", "aurelie.mirande@ac-toulouse.fr", "Mail non reçu et facture", "06-02 14:14",
  """Bonjour,

Je profite de ce message pour deux questions :
1. Je n'ai jamais reçu le mail de confirmation de création de compte sur
   l'Espace Acheteur (je l'attends depuis le 23 mai).
2. Notre facture de mars n'apparaît pas dans Chorus, le comptable la réclame
   pour la clôture.

Collège de Boulogne-sur-Gesse, 0314657U.

Merci,
Aurélie Mirande, secrétaire d'intendance
""", "missing_noreply_mail", False, "0314657U", "occ", "espace_acheteur",
  "Two topics: missing confirmation mail (first) and an invoice missing from Chorus (order_billing): a person must answer both.",
  hard=True, x=ZIM)

M("Ecole de Larceveau", "ecole.larceveau@orange.fr", "adresse expéditeur ?", "06-04 10:30",
  """Bonjour,

Notre messagerie est gérée par le prestataire de la communauté de communes.
Pour qu'il autorise vos mails automatiques (nous ne recevons ni l'activation
ni les notifications), pouvez-vous me donner l'adresse exacte d'envoi ?

École de Larceveau, 0645552M

Merci, milesker !
Maite Etcheverry
""", "missing_noreply_mail", True, "0645552M", "na", None,
  "Asks for the no-reply sender address so the provider can allow it; no product named. No platform named.", f="alt", x=OUT)

M("Françoise Bordas", "francoise.bordas@ac-limoges.fr", "Compte client", "06-06 14:51",
  """Bonjour,

Pour passer notre première commande en ligne, j'ai créé le compte client
mais le mail d'activation ne m'est jamais parvenu.

Collège d'Égletons, 0198474H.

Cordialement
F. Bordas
""", "missing_noreply_mail", True, "0198474H", "na", "esidoc",
  "HTML-only Outlook mail (windows-1252): activation mail for the customer account never came.",
  f="html", cs="windows-1252", x=OUT)

M("Nicolas Calvet", "nicolas.calvet@ac-toulouse.fr", "mails automatiques bloqués ?", "06-16 08:49",
  """Bonjour,

Les mails de votre plateforme ne nous arrivent plus. La mairie, qui gère la
messagerie de l'école, a mis en place un nouveau filtre cet hiver, je pense
que ça vient de là. Que dois-je leur demander ?

École de Vaour, 0819604Z

Nicolas Calvet, directeur
""", "missing_noreply_mail", True, "0819604Z", "occ", None,
  "Suspects a new filter at the town hall but names no product: missing_noreply_mail. Written by the head, but no request to authorise.",
  x=ZIM)

# ------------------------------------------------------------- mailinblack_spam
M("Josiane Dauzère", "josiane.dauzere@ac-toulouse.fr", "Mailinblack", "05-06 10:18",
  """Bonjour,

Le mail d'activation de l'Espace Acheteur est resté bloqué dans Mailinblack,
le département l'a installé dans tous les collèges du Gers cette année.
Comment faire pour autoriser vos messages ?

Collège de Mauvezin, 0321763T
""", "mailinblack_spam", True, "0321763T", "occ", "espace_acheteur",
  "Activation mail held by MailInBlack; asks how to allow the sender.", x=ZIM)

M("Serge Lartigau", "serge.lartigau@ac-bordeaux.fr", "mail in black", "05-07 11:46",
  """bonjour
depuis que le conseil departemental a mis mail in black sur les colleges des
landes je ne recois plus rien de votre plateforme. college de Sore 0405709N.
merci de m envoyer la marche a suivre
""", "mailinblack_spam", True, "0405709N", "na", "espace_acheteur",
  "Product spelled 'mail in black', no accents.", x=ZIM)

M("Martine Sabatier", "martine.sabatier@ac-toulouse.fr", "message bizarre", "05-13 13:37",
  """Bonjour,

Quand vous m'écrivez, il semble que vous receviez un message vous demandant
de cliquer pour prouver que vous n'êtes pas un robot, c'est ce que m'a dit le
collègue de la région. Du coup vos mails n'arrivent pas. Je ne sais pas quel
logiciel fait ça, c'est le rectorat qui gère.

Collège de Seix, 0097468U.

Martine Sabatier
""", "mailinblack_spam", False, "0097468U", "occ", None,
  "Sender-authentication challenge described without naming MailInBlack: likely mailinblack_spam, but the product is not confirmed, so a person should check.",
  hard=True, x=ZIM)

M("Gaëlle Pujol", "gaelle.pujol@ac-montpellier.fr", "TR: Rapport de quarantaine Mailinblack", "05-14 08:33",
  """Bonjour,

Voici le rapport que je reçois chaque matin : vos messages y sont tous. Faut-
il les libérer un par un ou peut-on autoriser votre domaine une fois pour
toutes ?

Collège de Clermont-l'Hérault, 0349858F

-------- Message transféré --------
Sujet : Rapport de quarantaine Mailinblack
Date : Wed, 14 May 2025 06:00:02 +0200
De : Mailinblack <noreply@mailinblack.com>

Vous avez 3 messages en attente :
 - noreply@assistance.example.fr  « Activez votre compte »
 - noreply@assistance.example.fr  « Nouveau mot de passe »
 - newsletter@editions-exemple.fr  « Nouveautés juin »
""", "mailinblack_spam", True, "0349858F", "occ", "espace_acheteur",
  "A person forwards the MailInBlack quarantine report with a real question: not automated.", x=TB)

M("Peter Lawson", "peter.lawson@collegeperigord-anglais.fr", "MailInBlack blocking your emails", "05-15 16:20",
  """Hello,

Our school (code 0247320B) uses MailInBlack and your activation emails are
stuck in quarantine. What should we whitelist?

Best,
Peter Lawson
Deputy head, bilingual section
""", "mailinblack_spam", True, "0247320B", "na", "espace_acheteur",
  "English; activation mails quarantined by MailInBlack.", lang="en", x="Apple Mail (2.3774.600.62)")

M("Alain Moreau", "alain.moreau@ac-poitiers.fr", "liste blanche", "05-20 09:12",
  """Bonjour,
Pour Mailinblack, faut-il autoriser l'adresse no-reply précise ou tout le
domaine ? Notre technicien du département me pose la question.
Collège de Champdeniers, 0796878X
A. Moreau
""", "mailinblack_spam", True, "0796878X", "na", None,
  "Asks whether to allow the address or the domain in MailInBlack; no platform named.", x=ZIM, f="qp")

M("Isabelle Ducasse", "isabelle.ducasse@ac-bordeaux.fr", "Mailinblack et abonnement", "05-23 11:29",
  """Bonjour,

1) Mailinblack retient vos messages, je ne reçois pas le lien d'activation.
2) Par ailleurs notre abonnement BNF/Gallica junior commandé il y a dix jours
n'est toujours pas visible sur le portail.

Collège de Pauillac, 0333753A

Isabelle Ducasse
""", "mailinblack_spam", False, "0333753A", "na", "esidoc",
  "Two topics: MailInBlack hold (first) and a subscription past the 72-hour window: a person must answer.",
  hard=True, x=ZIM)

M("Hervé Bonnefous", "herve.bonnefous@ac-toulouse.fr", "RE: [#SUP-018120] Mailinblack", "05-27 15:45",
  """Bonjour,

J'ai transmis votre guide Mailinblack au service informatique du
département il y a dix jours, aucune réponse et les messages sont toujours
bloqués. Pouvez-vous voir avec la région directement ?

Hervé Bonnefous
Collège de Naucelle (0121614P)

________________________________
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 16 mai 2025 11:20
Objet : [#SUP-018120] Mailinblack

Bonjour, vous trouverez ci-dessous la marche à suivre pour autoriser nos
messages dans Mailinblack...
""", "mailinblack_spam", False, "0121614P", "occ", "espace_acheteur",
  "Reply after the MailInBlack guide: still blocked, asks the desk to go to the region. The template was already sent; a person follows up.",
  x=OUT, irt="SUP-018120.1747387200.3c9d@assistance.example.fr")

M("Christine L.", "christine.lasserre@ac-bordeaux.fr", "Mailinblack", "06-03 12:31",
  """Mailinblack bloque vos mails, pouvez-vous m'envoyer la procédure ? Merci
Envoyé de mon iPhone""", "mailinblack_spam", True, None, "na", None,
  "One line from a phone; no UAI, region from ac-bordeaux.fr; no platform.", x=IPH)

M("Collège de Felletin", "ce.0232064U@ac-limoges.fr", "MAILINBLACK", "06-05 09:58",
  """Bonjour,

MAILINBLACK a mis en quarantaine le mail de votre plateforme avec le lien
pour valider mon compte acheteur. Je ne vois pas comment le libérer.

Merci,
Le secrétariat du collège
""", "mailinblack_spam", True, "0232064U", "na", "espace_acheteur",
  "HTML-only; MAILINBLACK in capitals; UAI only in the ce. sender address.", f="html", x=OUT)

M("Francis Vidal", "francis.vidal@ac-toulouse.fr", "toujours bloqué malgré Autoriser", "06-10 10:02",
  """Bonjour,

J'ai cliqué sur « Autoriser » dans le message de Mailinblack Protect pour
votre adresse, mais les mails suivants sont encore retenus.

Collège de Valence-d'Albigeois, 0819111N.
""", "mailinblack_spam", True, "0819111N", "occ", "espace_acheteur",
  "'Mailinblack Protect' still holds mail after clicking allow; first time writing, so the guide fits.", x=ZIM)

M("Sylvie Reboul", "sylvie.reboul@ac-montpellier.fr", "Notifications du portail bloquées", "06-17 14:26",
  """Bonjour,

Les notifications de réservation du portail e-sidoc n'arrivent plus aux
élèves ni à moi : Mailinblack les bloque depuis le changement de messagerie
du collège de Bagnols (0304943K). Quelle adresse faut-il déclarer ?

Sylvie Reboul, documentaliste
""", "mailinblack_spam", True, "0304943K", "occ", "esidoc",
  "e-sidoc notifications blocked by MailInBlack; asks which address to allow.", x=TB)
# ------------------------------------------------- head_of_establishment_request
M("Direction école de Lacapelle-Marival", "ce.0464078H@ac-toulouse.fr",
  "Changement d'adresse de contact e-sidoc", "05-05 17:02",
  """Bonjour,

Je quitte la direction de l'école au 31 août (mutation). Je vous demande de
remplacer l'adresse de contact du compte administrateur e-sidoc, qui est ma
boîte personnelle, par l'adresse de l'école (celle d'où je vous écris), pour
que mon successeur puisse y accéder.

Véronique Lacoste
Directrice, école de Lacapelle-Marival (0464078H)
""", "head_of_establishment_request", False, "0464078H", "occ", "esidoc",
  "A school head asks, from the official address, to replace the admin contact address before leaving.", x=ZIM)

M("Principal collège d'Auzances", "ce.0231994T@ac-limoges.fr", "Nouvel administrateur Espace Acheteur",
  "05-09 10:40",
  """Madame, Monsieur,

Notre gestionnaire, Mme Aubard, administratrice de la structure sur l'Espace
Acheteur, part à la retraite le 30 juin. Je désigne M. Kévin Marsaud, son
successeur, comme nouvel administrateur à compter du 1er juillet, et vous
demande de fermer l'accès de Mme Aubard à cette date.

Jean-Louis Pradeau
Principal du collège d'Auzances
UAI 0231994T
""", "head_of_establishment_request", False, "0231994T", "na", "espace_acheteur",
  "The principal names a new structure administrator and asks to close the retiring one's access.", x=OUT, f="alt")

M("Christophe Marcelin", "christophe.marcelin@ac-limoges.fr", "Autorisation commande abonnements 2025-2026",
  "05-14 15:15",
  """Bonjour,

En tant que principal du collège de Meymac (0192126H), j'autorise Mme
Chassagne, professeure documentaliste, à valider la commande de
renouvellement des abonnements du CDI. Vous trouverez le bon d'engagement
signé en pièce jointe.

Cordialement,
C. Marcelin, principal
""", "head_of_establishment_request", False, "0192126H", "na", "esidoc",
  "The principal authorises the librarian to validate the renewal order; signed bon d'engagement attached.",
  att=("BE_2025_041_Meymac.pdf", "application/pdf"), x=OUT)

M("Thomas Gaillard", "thomas.gaillard.ecole@gmail.com", "Accord pour la réinitialisation", "05-16 19:45",
  """Bonsoir,

Je suis directeur de l'école de Lherm et je donne mon accord pour que le
mot de passe du portail de la BCD soit réinitialisé, comme le demandait notre
enseignante référente la semaine dernière. Je vous écris de ma boîte perso car
je n'ai pas accès à celle de l'école ce soir.

Thomas Gaillard
""", "head_of_establishment_request", False, None, None, "esidoc",
  "A school head gives his agreement from a personal Gmail address, no UAI: weak evidence; staff must verify.",
  hard=True)

M("Philippe Roy", "philippe.roy@ac-poitiers.fr", "RE: [#SUP-018211] Demande écrite du chef d'établissement",
  "05-19 11:25",
  """Bonjour,

Comme demandé, je confirme par écrit ma demande de réinitialisation du mot de
passe administrateur e-sidoc du collège de Couhé (0863887H), le lien devant
être envoyé sur l'adresse du collège.

Philippe Roy, principal

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Philippe Roy" <philippe.roy@ac-poitiers.fr>
Envoyé: Vendredi 16 Mai 2025 14:03:11
Objet: [#SUP-018211] Demande écrite du chef d'établissement

Bonjour, pour donner suite à la demande de votre documentaliste, nous avons
besoin d'une demande écrite du chef d'établissement.
""", "head_of_establishment_request", False, "0863887H", "na", "esidoc",
  "Reply (Zimbra quote) in which the principal gives the written request the desk asked for.",
  x=ZIM, irt="SUP-018211.1747400591.2be0@assistance.example.fr")

M("Principal collège de Lannemezan", "ce.0656146C@ac-toulouse.fr", "Accès e-sidoc à retirer", "05-21 08:50",
  """Madame, Monsieur,

Notre professeure documentaliste a obtenu sa mutation et quitte
l'établissement ce vendredi. Je vous demande de réinitialiser le mot de passe
administrateur du portail e-sidoc afin qu'elle n'y ait plus accès, et
d'envoyer le nouveau lien à l'adresse du collège.

Bien cordialement,
Mireille Abadie
Principale, collège de Lannemezan (0656146C)
""", "head_of_establishment_request", False, "0656146C", "occ", "esidoc",
  "HTML-only Outlook letter: the principal asks for a reset so a departing librarian loses access.", f="html", x=OUT)

M("Proviseur", "ce.0665070C@ac-montpellier.fr", "Changement urgent adresse administrateur", "05-22 23:12",
  """Bonjour,

Je suis le proviseur de l'établissement. Merci de remplacer immédiatement
l'adresse des comptes administrateur (portail et Espace Acheteur) par
proviseur.perpignan.direction@gmail.com, l'adresse académique étant en panne.
Répondez uniquement à cette adresse.

Le proviseur
""", "head_of_establishment_request", False, "0665070C", "occ", None,
  "Claims to be the head from the ce. address, but SPF/DMARC fail, the Reply-To is free mail and it wants all admin addresses moved there, at night, urgently: probable spoof. Still a head request for the queue (to refuse). Two products: no platform.",
  hard=True, h=[("Reply-To", "proviseur.perpignan.direction@gmail.com"),
     ("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=ac-montpellier.fr;\n\tdmarc=fail (p=quarantine dis=none) header.from=ac-montpellier.fr")],
  )

M("Principal du collège de Langogne", "ce.0481976M@ac-montpellier.fr", "Délégation de signature commandes",
  "05-26 14:02",
  """Madame, Monsieur,

Je vous informe que Mme Solange Bonnal, adjointe gestionnaire, est habilitée
à valider les commandes de l'établissement sur l'Espace Acheteur jusqu'à la
fin de l'exercice 2025, en mon absence pendant la session d'examens.

François Chalvet
Principal, collège de Langogne (0481976M)
""", "head_of_establishment_request", False, "0481976M", "occ", "espace_acheteur",
  "Written delegation: the head declares who may validate orders during the exam session.", x=OUT)

M("Collège de Beaumont-de-Lomagne", "ce.0822199V@ac-toulouse.fr", "Demande de réinitialisation - 0822199W",
  "05-28 09:17",
  """Madame, Monsieur,

Je soussigné, principal du collège (RNE 0822199W), demande la
réinitialisation du mot de passe administrateur e-sidoc, la personne qui
le détenait ayant quitté l'établissement. Merci d'adresser le lien à
l'adresse officielle du collège.

Didier Lafforgue, principal
""", "head_of_establishment_request", False, "0822199V", "occ", "esidoc",
  "The subject and body give 0822199W (wrong check letter) but the sender address ce.0822199V@ac-toulouse.fr carries the valid UAI, which is the label.",
  hard=True, x=ZIM)

M("Jonathan Price", "head@lycee-saintjeandeluz-international.fr", "Authorisation: new administrator", "06-02 10:05",
  """Dear support team,

As head of the establishment (UAI 0643243C), I hereby authorise Ms Ainhoa
Larre, our new librarian, to become administrator of the school library
portal, replacing Mr Duhalde, who retires at the end of June. Please close
his access on 30 June.

Kind regards,
Jonathan Price
Head of School
""", "head_of_establishment_request", False, "0643243C", "na", "esidoc",
  "English; the head names a new administrator of the library portal and asks to close the former one's access.",
  lang="en", f="alt", x=OUT)

M("Directrice école de Chassenon", "ce.0166604S@ac-poitiers.fr", "Administrateur à changer à la rentrée",
  "06-06 16:38",
  """Bonjour,

Je pars à la retraite le 4 juillet. Merci de désigner à partir du 1er
septembre M. Yannick Ravard, nouveau directeur nommé, comme administrateur
du compte de l'école sur l'Espace Acheteur. Je vous écris depuis l'adresse
de l'école.

Monique Chabernaud
Directrice
""", "head_of_establishment_request", False, "0166604S", "na", "espace_acheteur",
  "A retiring school head designates her successor as administrator from September; UAI only in the ce. address.",
  x=ZIM)

M("Hélène Destenave", "helene.destenave@ac-bordeaux.fr", "Re: mot de passe CDI", "06-11 07:22",
  """Je confirme la demande de Mme Larrieu, vous pouvez réinitialiser.
H. Destenave, principale

Envoyé de mon iPhone

> Le 10 juin 2025 à 17:48, Mathilde Larrieu <mathilde.larrieu@ac-bordeaux.fr> a écrit :
>
> Bonjour Madame Destenave,
> pourriez-vous confirmer à l'assistance que vous êtes d'accord pour la
> réinitialisation du mot de passe e-sidoc du collège de Morcenx (0403119Y) ?
> Merci, Mathilde
""", "head_of_establishment_request", False, "0403119Y", "na", "esidoc",
  "The principal confirms from her phone, quoting her librarian's request (Apple quote); personal academic address.", x=IPH)

M("Proviseur lycée de Blaye", "ce.0332918T@ac-bordeaux.fr", "Départ de la gestionnaire - fermeture des accès",
  "06-13 11:00",
  """Madame, Monsieur,

Mme Cathy Brun, gestionnaire, quitte l'établissement le 20 juin. Je vous
demande de fermer ses accès à l'Espace Acheteur et au portail e-sidoc, et de
rattacher les deux comptes administrateur à M. Loïc Girard, adjoint
gestionnaire, à compter de cette date.

Le proviseur,
Bertrand Mesplède
""", "head_of_establishment_request", False, "0332918T", "na", None,
  "The proviseur asks to close a departing manager's access on two products and move both admin accounts: no single platform.",
  hard=True, x=OUT)

M("Secrétariat école de Lézignan", "secretariat.ecole.lezignan@ac-montpellier.fr",
  "Courrier du directeur - compte e-sidoc", "06-18 10:47",
  """Bonjour,

Je vous transmets ci-joint le courrier signé de M. Ferrand, directeur de
l'école (0112542D), qui demande le changement de l'adresse de contact du
compte e-sidoc. M. Ferrand est en copie de ce message.

Bonne journée,
Valérie, secrétaire
""", "head_of_establishment_request", False, "0112542D", "occ", "esidoc",
  "The secretary relays the head's signed letter (PDF) with the head in copy: the head's written request; staff check the letter.",
  hard=True, cc="Denis Ferrand <denis.ferrand@ac-montpellier.fr>",
  att=("courrier_directeur_esidoc.pdf", "application/pdf"), x=TB)

# ------------------------------------------------------------- account_creation
M("Anne-Sophie Guérin", "anne-sophie.guerin@ac-poitiers.fr", "administrateur de la structure ?",
  "05-07 13:13",
  """Bonjour,
Qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je dois
lui demander de valider mon compte et personne au collège ne le sait.
Collège de Gençay, 0863478N
""", "account_creation", False, "0863478N", "na", "espace_acheteur",
  "Asks who the structure's administrator is: a person must look it up.", x=ZIM)

M("Laurence Gaudin", "laurence.gaudin@ac-bordeaux.fr", "compte en attente", "05-12 11:37",
  """Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur jeudi, mais je
ne peux pas me connecter, le site dit que mon compte est en attente de
validation.

Collège de Saint-Ciers-sur-Gironde, 0339088Z
Laurence Gaudin
""", "account_creation", True, "0339088Z", "na", "espace_acheteur",
  "Sign-up done, account waiting for the structure administrator (FAQ case).", x=ZIM, f="qp")

M("Émeline Parot", "emeline.parot@ac-limoges.fr", "Pas de compte", "05-15 09:48",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte sur le
portail de l'école ! Je suis arrivée en janvier comme directrice. Comment
faire pour en créer un ?

École de Saint-Sulpice-Laurière, 0878945A
""", "account_creation", True, "0878945A", "na", "esidoc",
  "Negation: not a lost password, she never had an account; account_creation.", hard=True, x=ZIM)

M("Mairie de Salles-Curan", "mairie.sallescuran@wanadoo.fr", "Nouvelle école - UAI absent de la liste",
  "05-20 15:25",
  """Bonjour,

Suite au regroupement de nos deux écoles, la nouvelle école unique ouvrira
en septembre avec le code 0122408C. Ce code n'apparaît pas dans la liste
quand nous essayons de créer le compte client. Que faut-il faire ?

Service des affaires scolaires
""", "account_creation", False, "0122408C", "occ", "esidoc",
  "The new school's UAI is not in the list when opening the customer account: the sales team must handle it.", x=OUT)

M("Sabrina Lacoste", "sabrina.lacoste@ac-bordeaux.fr", "Droits de commande", "05-23 10:16",
  """Bonjour,

Mon compte Espace Acheteur fonctionne mais je ne peux pas passer commande
(le bouton « commander » est grisé). Je suis la nouvelle secrétaire
d'intendance du collège de Villeréal (0479134Y). Pouvez-vous ouvrir les
droits ?

Sabrina Lacoste
""", "account_creation", False, "0479134Y", "na", "espace_acheteur",
  "Account works; asks for order rights to be opened.", x=OUT)

M("Emma Collins", "emma.collins@ecole-bilingue-quercy.fr", "How do I create an account?", "05-27 16:40",
  """Hello,

I am the new administrator of a small bilingual primary school near Figeac.
How can I create an account on your platform for the school library?

Thanks,
Emma Collins
""", "account_creation", True, None, None, "esidoc",
  "English; how to create an account: the sign-up answer fits.", lang="en")

M("Jérôme Bastide", "jerome.bastide@ac-montpellier.fr", "compte toujours pas validé", "06-03 08:59",
  """Bonjour,

Mon compte acheteur attend validation depuis le 20 mai. L'administratrice de
la structure, notre principale, est présidente de jury du brevet et ne lit
plus ses mails avant juillet. Quelqu'un d'autre peut-il valider ?

Jérôme Bastide
""", "account_creation", False, None, "occ", "espace_acheteur",
  "Account waiting for validation for two weeks; the administrator is unavailable: the region must step in.", x=ZIM)

M("Claudine Escudié", "claudine.escudie@ac-toulouse.fr", "création comptes pour les 3 écoles du RPI",
  "06-09 14:44",
  """Bonjour,

Je suis secrétaire du SIVOS et je gère les commandes des trois écoles du RPI :
Saint-Cirq-Lapopie (0468560E), Tour-de-Faure (0463932Z) et Bouziès
(0466551W). Faut-il créer un compte par école ou un seul compte pour le
regroupement ? Et qui validera ?

Merci,
Claudine Escudié
""", "account_creation", False, None, "occ", "espace_acheteur",
  "Three UAIs for three schools: no single establishment code (uai null); region from ac-toulouse.fr. Needs a person's answer on account structure.",
  hard=True, x=ZIM)

M("Xavier Iribarne", "xavier.iribarne@ac-bordeaux.fr", "Ouverture compte client", "06-12 09:21",
  """Bonjour,

Nouveau gestionnaire au collège d'Hasparren (0648053F), je souhaite ouvrir
le compte client pour passer notre première commande d'abonnements pour la
rentrée. Quelle est la démarche ?

X. Iribarne
""", "account_creation", True, "0648053F", "na", "esidoc",
  "New gestionnaire wants to open the customer account before a first order.", f="html", x=OUT)

# ------------------------------------------------------ subscription_activation
M("Nathalie Dupuy", "nathalie.dupuy@ac-toulouse.fr", "Europresse pas visible", "05-06 08:51",
  """Bonjour,
Commande Europresse validée hier, la ressource n'apparaît pas encore sur le
portail. Collège de Fleurance, 0323181J. Merci
""", "subscription_activation", True, "0323181J", "occ", "esidoc",
  "Ordered yesterday: within the 72-hour window.", x=ZIM)

M("Jean-Pierre Lagarde", "jp.lagarde@ac-bordeaux.fr", "Abonnement toujours inactif", "05-12 10:37",
  """Bonjour,

Nous avons commandé l'abonnement à la base Universalis le 24 avril (bon de
commande n° 2025-118). Plus de deux semaines après il n'est toujours pas
actif. Collège de Terrasson, 0246685L.

Cordialement,
J.-P. Lagarde
""", "subscription_activation", False, "0246685L", "na", "esidoc",
  "Ordered more than two weeks ago: past the 72-hour rule; a person must check the order.", x=TB)

M("Principal collège de Réalmont", "ce.0816627N@ac-toulouse.fr", "Date de mise à disposition", "05-14 12:03",
  """Bonjour,

Je suis le principal du collège. Nous avons commandé lundi l'abonnement
Cafeyn pour le CDI. Pourriez-vous me dire quand il sera accessible aux
élèves ? Nous voudrions l'utiliser pour les révisions du brevet.

Cordialement,
Gérard Maurel
""", "subscription_activation", True, "0816627N", "occ", "esidoc",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  hard=True, x=OUT)

M("Valérie Guillon", "valerie.guillon@ac-poitiers.fr", "ressource à publier", "05-16 15:57",
  """Bonjour,

L'abonnement au magazine en ligne est actif dans « Mes abonnements », mais
comment le publier pour que les élèves le voient sur le portail ?

Collège de Marans, 0172271B
Valérie Guillon
""", "subscription_activation", True, "0172271B", "na", "esidoc",
  "Active subscription to publish for pupils: publication step.", x=ZIM)

M("Bruno Chastang", "bruno.chastang@ac-limoges.fr", "renouvellement affiché expiré", "05-21 16:30",
  """Bonjour, nous avons renouvelé hier l'abonnement Lumni+ du collège
d'Argentat (0192533A) mais il apparaît toujours comme expiré dans Mes
abonnements. Est-ce normal ?
""", "subscription_activation", True, "0192533A", "na", "esidoc",
  "Renewal ordered yesterday still shown as expired: within 72 hours.", x=ZIM)

M("Mélanie Cayrol", "melanie.cayrol@ac-toulouse.fr", "activation abonnement", "05-28 11:49",
  """Bonjour, merci d'activer notre abonnement, le bon de commande a été validé
lundi. École de Gramat, 0467101U. Bonne journée !""",
  "subscription_activation", True, "0467101U", "occ", "esidoc",
  "Short: please activate, order validated two days ago.", x=IPH)

M("Rachel Green", "rachel.green@ac-montpellier.fr", "Subscription not showing", "06-02 13:30",
  """Hello,

We ordered the online encyclopaedia subscription for our collège (0342929Z)
on Friday, and it is still not visible on the library portal. Is there
something we need to do?

Thanks,
Rachel Green, English teacher / library assistant
""", "subscription_activation", True, "0342929Z", "occ", "esidoc",
  "English; ordered on Friday (about 72 hours): activation answer fits.", lang="en", x=TB)

M("Lionel Barrau", "lionel.barrau@ac-toulouse.fr", "ressource invisible côté élèves", "06-04 14:06",
  """Bonjour,

Je n'ai aucun problème de mot de passe, je me connecte très bien. C'est la
nouvelle ressource (Le Monde des ados, commandée avant-hier) qui n'apparaît
pas pour les élèves quand ils passent par l'ENT.

Collège de Montréjeau, 0312013V
""", "subscription_activation", True, "0312013V", "occ", "esidoc",
  "Negation: the login works; a resource ordered two days ago is not visible to pupils.", hard=True, x=ZIM)

M("Corinne Larrouy", "corinne.larrouy@ac-toulouse.fr", "abonnement + transferts", "06-05 17:53",
  """Bonjour,

- L'abonnement Universalis commandé jeudi n'est pas encore visible.
- Autre chose : les transferts EcoleDirecte ne passent plus depuis lundi,
  les notes des conseils de classe ne remontent pas.

Collège de Vic-en-Bigorre, 0658628A.
Merci !
""", "subscription_activation", False, "0658628A", "occ", None,
  "Two topics on two products: subscription activation (first) and an EcoleDirecte transfer incident needing a person.",
  hard=True, x=ZIM)

M("Patricia Lalanne", "patricia.lalanne@ac-bordeaux.fr", "Abonnement payé et toujours rien !", "06-13 08:14",
  """Bonjour,

Nous avons payé il y a deux jours l'abonnement aux annales pour les
révisions du brevet et les élèves ne peuvent toujours pas y accéder. Le
brevet c'est dans deux semaines, pas à la rentrée !

Collège de Tartas, 0405056D.

P. Lalanne
""", "subscription_activation", True, "0405056D", "na", "esidoc",
  "Irritated tone; ordered two days ago: within the 72-hour window.", x=ZIM, f="qp")
# ----------------------------------------------------------------- order_billing
M("Gestion collège de Quillan", "gestion.college.quillan@ac-montpellier.fr", "Demande de devis renouvellement",
  "05-07 09:26",
  """Bonjour,

Pourriez-vous nous établir un devis pour le renouvellement du portail e-sidoc
et des abonnements du CDI pour 2025-2026 ? Il nous le faut avant le 6 juin
pour engager la dépense avant la clôture.

Collège Pierre Sémard, Quillan (0116991P)

Cordialement,
Le service de gestion
""", "order_billing", False, "0116991P", "occ", "esidoc",
  "Formal quote requested before the budget deadline.", x=OUT)

M("Véronique Jouhaud", "veronique.jouhaud@ac-limoges.fr", "Facture absente de Chorus", "05-13 14:20",
  """Bonjour,
La commande du 3 avril a été validée mais la facture n'est toujours pas
déposée sur Chorus Pro. L'agent comptable me la réclame.
Collège de La Souterraine, 0236072A
V. Jouhaud, gestionnaire
""", "order_billing", False, "0236072A", "na", "esidoc",
  "Invoice missing from Chorus for a validated order.", x=ZIM)

M("Martine Rouvière", "martine.rouviere@ac-montpellier.fr", "panier disparu", "05-19 16:48",
  """Bonjour,

J'avais préparé un panier de commande de livres pour le CDI il y a environ
trois semaines, je voulais le valider aujourd'hui : il a disparu ! Est-il
possible de le récupérer ?

Collège de Marvejols, 0484374U
""", "order_billing", False, "0484374U", "occ", "esidoc",
  "A saved basket disappeared (baskets are kept 15 days).", x=TB)

M("Secrétariat de mairie de Saint-Martory", "mairie.saintmartory@orange.fr", "Paiement par mandat administratif",
  "05-22 10:33",
  """Bonjour,

La commune règle les dépenses de l'école par mandat administratif. Pouvez-
vous nous transmettre un RIB à votre nom pour que la trésorerie puisse payer
la facture de la commande de l'école ?

Merci,
Le secrétariat de mairie
""", "order_billing", False, None, None, None,
  "Town hall asks for bank details to pay an invoice by mandat administratif; no UAI, no product named.", x=OUT)

M("Directeur école de Marciac", "ce.0325744V@ac-toulouse.fr", "Adresse de facturation", "05-27 12:12",
  """Bonjour,

La facture de notre commande a été adressée à l'école, mais c'est la mairie
qui paie. Pouvez-vous la refaire au nom de la Mairie de Marciac, Place de
l'Hôtel de Ville ?

Merci,
Rémi Lacassagne
Directeur
""", "order_billing", False, "0325744V", "occ", None,
  "Invoice to be re-issued to the town hall; written by the school head, but it is a billing question. No product named.",
  hard=True, x=ZIM)

M("Didier Chollet", "didier.chollet@ac-poitiers.fr", "Bon d'engagement refusé à la validation", "06-03 11:02",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec
le message « format non accepté ». Le fichier est un PDF, je le joins.

Collège de Mauléon, 0797233H

D. Chollet
""", "order_billing", False, "0797233H", "na", "esidoc",
  "The bon d'engagement upload fails at order validation; PDF attached.",
  att=("bon_engagement_2025-77.pdf", "application/pdf"), x=TB)

M("Monique Deschamps", "monique.deschamps@ac-limoges.fr", "Facture en double", "06-10 15:35",
  """Bonjour,

Nous avons reçu deux fois la même facture (n° F25-04418), une le 2 juin et
une le 6. Merci d'annuler le doublon pour que notre comptable ne paie pas
deux fois.

Collège de Bessines, 0873987L
""", "order_billing", False, "0873987L", "na", None,
  "Duplicate invoice; asks to cancel one. No product named.", x=ZIM, f="qp")

M("Accounts - Lycée international", "accounts@lycee-international-pau.fr", "Invoice details", "06-16 09:50",
  """Good morning,

Before we can pay your invoice for the buyer space subscription, our bursar
needs the SIRET number of the school and the purchase order reference to
appear on it. Could you send a corrected invoice?

Regards,
Accounts department
""", "order_billing", False, None, None, "espace_acheteur",
  "English; asks for a corrected invoice (SIRET and PO reference).", lang="en", x=OUT)

M("Valérie Sarda", "valerie.sarda@ac-montpellier.fr", "Commande en attente de validation", "06-19 13:47",
  """Bonjour,

Notre commande de fournitures est bloquée « en attente de validation » sur
l'Espace Acheteur. La personne qui valide est en arrêt jusqu'au 4 juillet et
le fournisseur doit livrer avant la fin de l'année scolaire. Pouvez-vous
débloquer ou nous dire qui peut valider ?

Collège de Prades, 0663945E
""", "order_billing", False, "0663945E", "occ", "espace_acheteur",
  "Order stuck waiting for validation; the validator is absent: order validation, human.", hard=True, x=OUT)

# ------------------------------------------------------------ contract_documents
M("Emmanuel Texier", "emmanuel.texier@ac-poitiers.fr", "Convention introuvable", "05-09 11:51",
  """Bonjour,

Je ne trouve plus la convention d'adhésion au groupement dans « Mes Marchés »,
alors qu'elle y était en janvier. L'agent comptable la demande pour le
compte financier.

Collège de Lussac-les-Châteaux, 0864800A
""", "contract_documents", False, "0864800A", "na", "espace_acheteur",
  "Membership convention no longer visible in 'Mes Marchés'.", x=ZIM)

M("Géraldine Roques", "geraldine.roques@ac-bordeaux.fr", "Avenant n°1 marché fournitures", "05-15 09:44",
  """Bonjour,

L'avenant n° 1 du marché 2024-031 (fournitures scolaires) nous a été annoncé
par courrier, mais il n'apparaît pas dans les pièces du marché sur l'Espace
Acheteur. Pouvez-vous le mettre en ligne ?

Collège de Sarlat, 0241607S
""", "contract_documents", False, "0241607S", "na", "espace_acheteur",
  "Amendment announced by letter but missing from the market documents.", x=OUT, f="alt")

M("Mairie de Montréal-de-l'Aude", "mairie.montreal11@orange.fr", "CCAP marché mobilier", "05-21 14:28",
  """Bonjour,

Pour équiper la nouvelle classe de l'école, nous voulons passer par le marché
de mobilier scolaire, mais nous ne trouvons pas le CCAP dans les documents.
Où est-il ?

Cordialement,
Secrétariat de mairie
""", "contract_documents", False, None, None, "espace_acheteur",
  "CCAP of a furniture market not found; town-hall sender, no UAI.", x=OUT)

M("Sébastien Marty", "sebastien.marty@ac-toulouse.fr", "Re: [#SUP-017744] Document manquant", "05-30 10:39",
  """Bonjour,

Malgré votre réponse du 20 mai, l'acte d'engagement du lot 3 n'est toujours
pas visible dans Mes Marchés. J'ai vidé le cache et essayé avec un autre
navigateur.

Sébastien Marty
Collège de Carmaux (0817966U)

Le mar. 20 mai 2025 à 15:11, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> La région a rattaché le document à votre structure, il devrait apparaître
> dans Mes Marchés.
""", "contract_documents", False, "0817966U", "occ", "espace_acheteur",
  "Follow-up (Gmail quote): the document is still missing after the region's answer.",
  irt="SUP-017744.1747746660.90fa@assistance.example.fr")

M("Ane Mendiburu", "ane.mendiburu@ac-bordeaux.fr", "pièce vide", "06-11 16:05",
  """Bonjour, le fichier « Convention d'adhésion 2025 » s'ouvre vide (0 Ko)
quand je le télécharge depuis l'Espace Acheteur. Collège de Saint-Palais,
0646401K. Merci""", "contract_documents", False, "0646401K", "na", "espace_acheteur",
  "The convention document downloads as an empty file.", x=ZIM)

M("Didier Fauré", "didier.faure@ac-toulouse.fr", "conventions sur la nouvelle plateforme", "06-17 11:18",
  """Bonjour,

Sur l'ancienne plateforme je voyais toutes les conventions du groupement ;
sur la nouvelle, la rubrique est vide pour moi alors que ma collègue
gestionnaire les voit. Est-ce une question de droits ?

Collège de Saint-Gaudens, 0319016G
""", "contract_documents", False, "0319016G", "occ", "espace_acheteur",
  "Cannot see conventions on the new platform while a colleague can: contract_documents, although the fix may be rights (close to account_creation).",
  hard=True, x=ZIM)

# ------------------------------------------------------------ transfer_incident
M("Patrice Soulié", "patrice.soulie@ac-toulouse.fr", "Transferts EcoleDirecte en échec", "05-12 08:07",
  """Bonjour,

Depuis jeudi les transferts vers EcoleDirecte échouent (croix rouge dans
l'historique). Nos conseils de classe commencent le 2 juin, il faut que les
notes remontent.

Collège de Cazères, 0312471T
Patrice Soulié, référent numérique
""", "transfer_incident", False, "0312471T", "occ", "ecoledirecte",
  "Transfers failing since Thursday before the class councils.", x=OUT)

M("Sandrine Bouchet", "sandrine.bouchet@ac-poitiers.fr", "Licence expirée", "05-16 08:40",
  """Bonjour, au démarrage de Charlemagne un message « licence expirée »
s'affiche et plus aucun transfert ne part. Collège de Chalais, 0169497L.
Merci de régénérer la licence.""", "transfer_incident", False, "0169497L", "na", "ecoledirecte",
  "Licence to regenerate; transfers stopped.", x=ZIM)

M("Frédéric Cambon", "frederic.cambon@ac-montpellier.fr", "mot de passe de maintenance", "05-20 17:19",
  """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois
lancer une réindexation de la base avant le transfert des notes du 3e
trimestre.

Collège de Saint-Chinian
""", "transfer_incident", False, None, "occ", "ecoledirecte",
  "Daily maintenance password to reindex the base: transfer_incident per the taxonomy, not password_reset. No UAI, region from ac-montpellier.fr.",
  hard=True, x=TB)

M("Josette Mazières", "josette.mazieres@ac-toulouse.fr", "les parents ne voient plus les notes", "05-26 12:25",
  """Bonjour,

Plusieurs parents nous appellent : ils ne voient plus les notes depuis une
semaine sur EcoleDirecte. Dans Charlemagne, le dernier transfert réussi date
du 19 mai. Nous sommes à un mois du brevet, c'est très gênant.

Secrétariat du collège de Caylus (0829754G)
""", "transfer_incident", False, "0829754G", "occ", "ecoledirecte",
  "Last successful transfer a week old; parents no longer see grades.", x=ZIM, f="qp")

M("Jacques Vergnes", "jacques.vergnes@ac-toulouse.fr", "Antivirus et Charlemagne", "06-02 10:58",
  """Bonjour,

Le nouvel antivirus installé par le département a mis en quarantaine
« Outils » de Charlemagne, et depuis les transferts ne se lancent plus. Que
faut-il exclure ?

Collège de Decazeville, 0123183V
""", "transfer_incident", False, "0123183V", "occ", "ecoledirecte",
  "The antivirus quarantines the transfer tool.", x=OUT)

M("Informatique collège de Nay", "info.college.nay@ac-bordeaux.fr", "Transfert qui tourne sans fin", "06-05 15:14",
  """Bonjour,

Le transfert reste bloqué sur « en cours » depuis ce matin, et dans le
gestionnaire des tâches je vois quatre processus Outils.exe. Faut-il les
arrêter ?

Merci,
Le service informatique
""", "transfer_incident", False, None, "na", "ecoledirecte",
  "HTML-only Outlook: several stuck processes, transfers hang. No UAI; region from ac-bordeaux.fr.", f="html", x=OUT)

M("Éric Massol", "eric.massol@ac-montpellier.fr", "Réinitialisation réplication après restauration", "06-12 09:03",
  """Bonjour,

Suite à une panne de disque, notre serveur a été restauré depuis la
sauvegarde du 6 juin. Le transfert signale maintenant une incohérence de
réplication. Pouvez-vous réinitialiser la réplication de notre base ?

Collège de Ganges, 0347358N

Éric Massol
""", "transfer_incident", False, "0347358N", "occ", "ecoledirecte",
  "Replication re-initialisation needed after a restore.", x=TB)

M("Nathalie Pomarède", "nathalie.pomarede@ac-bordeaux.fr", "EcoleDirecte - diagnostic en échec", "06-19 11:36",
  """Bonjour,

Depuis l'installation du nouveau pare-feu par la région, le diagnostic des
transferts échoue au test de connexion. Les paramètres de proxy sont-ils à
renseigner quelque part ?

Lycée de Nérac, 0473341B
""", "transfer_incident", False, "0473341B", "na", "ecoledirecte",
  "New firewall: the transfer diagnostic fails at the connection test.", x=ZIM)
# ------------------------------------------------------------------------- other
M("Karima Benali", "karima.benali81@hotmail.fr", "résultats du brevet", "06-30 07:12",
  """Bonjour,
Mon fils a passé le brevet au collège de Graulhet, quand est-ce qu'on aura
les résultats et est-ce que vous pouvez me les envoyer par mail ?
Merci beaucoup""", "other", False, None, None, None,
  "A parent asks for exam results: wrong address, unrelated.")

M("Régine Lavergne", "regine.lavergne@ac-limoges.fr", "Re: [#SUP-018297] Lien de réinitialisation", "05-21 09:02",
  """Merci beaucoup, tout fonctionne, j'ai pu changer le mot de passe.
Bonne journée !

Régine

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Objet: [#SUP-018297] Lien de réinitialisation
Un lien de réinitialisation du mot de passe a été envoyé...
""", "other", False, None, "na", "esidoc",
  "Thanks only, quoting the reset answer: 'mot de passe' appears but nothing is asked.",
  hard=True, x=ZIM, irt="SUP-018297.1747728000.11aa@assistance.example.fr")

M("Service Messagerie Académique", "support@ac-toulouse-messagerie.net", "Votre boîte aux lettres est presque pleine",
  "05-14 03:27",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la
suppression de vos messages, confirmez votre identifiant et votre mot de
passe dans les 24 heures en cliquant ici :
http://ac-toulouse-messagerie.net/valider

Service Messagerie
""", "other", False, None, None, None,
  "Phishing imitating the académie webmail; ac-toulouse-messagerie.net is not an académie domain, so no region. Mentions a password but is not password_reset.",
  hard=True, f="html", h=[("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=ac-toulouse-messagerie.net;\n\tdmarc=none")])

M("Kevin from RankBoost", "kevin@rankboost-seo.co", "Boost your school website traffic", "05-19 14:02",
  """Hi there,

I noticed assistance.example.fr is not ranking on the first page for key
terms. We can get you there in 30 days, guaranteed. Can I send you a free
audit?

Cheers,
Kevin
""", "other", False, None, None, None, "English SEO spam.", lang="en")

M("Mairie de Castelnau-Montratier", "mairie.castelnau46@orange.fr", "Transport scolaire", "05-23 11:40",
  """Bonjour,

Nous avons une question concernant les horaires du car scolaire pour la
sortie de fin d'année de l'école le 27 juin. À qui faut-il s'adresser ?

Merci
""", "other", False, None, None, None, "Town hall asks about school-bus timetables: unrelated.")

M("Élodie Sirven", "elodie.sirven@ac-montpellier.fr", "ressources sur l'EMI", "05-28 18:20",
  """Bonjour,

Auriez-vous des ressources pédagogiques clés en main sur l'éducation aux
médias pour une séance de fin d'année avec mes 6e ? Merci !

Élodie Sirven, professeure de français
""", "other", False, None, "occ", None,
  "Teacher asks for teaching resources: unrelated to the services. Region from ac-montpellier.fr.", x=ZIM)

M("Paul Garrigues", "paul.garrigues@ac-bordeaux.fr", "Toujours sans réponse", "06-04 16:55",
  """Bonjour,

Cela fait maintenant trois semaines que j'ai écrit et personne ne m'a
répondu. C'est inadmissible. J'attends un retour rapide.

P. Garrigues
""", "other", False, None, "na", None,
  "Angry complaint that says nothing about the topic: no category can be told.", x=OUT)

M("Hélène Cabrol", "helene.cabrol@ac-toulouse.fr", "désinscription lettre d'information", "06-06 12:40",
  """Bonjour, merci de me retirer de votre lettre d'information, je pars à la
retraite fin juin. Bonne continuation !
Hélène Cabrol""", "other", False, None, "occ", None,
  "A person asks to be removed from the newsletter: hand-written, so not automated.", x=ZIM)

M("Calandreta de Lombers", "calandreta.lombers@gmail.com", "Mercés plan !", "05-30 17:30",
  """Adiu,

Mercés plan per vòstra ajuda de la setmana passada, ara tot fonciona
plan per la bibliotèca de l'escòla. Bonas vacanças a tota la còla !

Amistats,
Marion, regenta
""", "other", False, None, None, None,
  "Occitan thank-you from an associative Occitan school: nothing is asked.", lang="oc", hard=True)

M("Colegio Sant Jordi", "direccion@colegiosantjordi-figueres.es", "Intercambio escolar", "05-20 10:10",
  """Buenos días,

Somos un colegio de Figueres y buscamos un colegio francés de la zona de
Perpiñán para un intercambio escolar el próximo curso. ¿Podrían ponernos en
contacto con algún centro?

Un saludo,
Montserrat Puigdemont
Dirección
""", "other", False, None, None, None,
  "Spanish school seeking an exchange partner: unrelated.", lang="es")

M("Photo Souvenir Sud-Ouest", "contact@photosouvenir-so.fr", "Photos de classe 2025-2026", "05-15 09:00",
  """Madame, Monsieur,

Photographe scolaire depuis 20 ans dans le Sud-Ouest, je vous propose nos
photos de classe pour la rentrée, avec un tarif spécial pour les écoles
rurales. Puis-je vous appeler pour en parler ?

Jean-Claude Rivals
""", "other", False, None, None, None, "Cold sales pitch for class photos, written to one address: other, not automated.")

M("Service comptabilité", "compta@factures-relance-pro.com", "Facture impayée n° 2025-0613", "06-13 06:45",
  """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Merci de
régler sous 48 h pour éviter des pénalités. Ouvrez le document pour le
détail.

Service comptabilité
""", "other", False, None, None, None,
  "Fake 'unpaid invoice' with an attachment from an unknown sender: phishing, not order_billing.",
  hard=True, att=("Facture_2025-0613.pdf.html", "text/html"))

M("Jean Delmas", "jean.delmas.retraite@free.fr", "Suppression de mes données", "06-20 10:12",
  """Bonjour,

Ancien directeur de l'école de Belmont-sur-Rance, parti en retraite, je
vous demande de supprimer toutes mes données personnelles de vos fichiers,
conformément au RGPD.

Jean Delmas
""", "other", False, None, None, None, "GDPR erasure request from a retired head: other (human review).")

M("Audrey Cassan", "audrey.cassan@ac-toulouse.fr", "partager un ticket", "06-17 15:29",
  """Bonjour, sur le portail de tickets, comment ajouter ma collègue à un
ticket que j'ai ouvert, pour qu'elle suive la réponse pendant mes congés ?
Merci""", "other", False, None, "occ", "ticket_portal",
  "How-to question about sharing a ticket on the ticket portal: no category of its own.", x=ZIM)

M("Sophie Ribière", "sophie.ribiere@ac-limoges.fr", "pot vendredi", "06-26 13:04",
  """Coucou,

Pour le pot de fin d'année vendredi, je m'occupe des gâteaux, tu peux
prendre les boissons ? On fait ça dans la cour vers 17h.

Bises
Sophie
""", "other", False, None, "na", None,
  "Personal message sent to the desk by address autocomplete.", x=ZIM)

M("Marc Aubert", "marc.aubert@ac-bordeaux.fr", "webinaire nouveautés", "06-03 14:37",
  """Bonjour,
Je voulais m'inscrire au webinaire de présentation de la nouvelle version,
mais le lien d'inscription renvoie une erreur 404. Pouvez-vous m'inscrire ?
Marc Aubert""", "other", False, None, "na", None,
  "Wants to register for a webinar whose link fails: other.", x=ZIM)

M("Gisèle Fournié", "gisele.fournie@ac-toulouse.fr", "Re: [#SUP-018455] Transferts", "06-10 08:31",
  """Bien reçu, merci.

Envoyé de mon iPhone

> Le 9 juin 2025 à 16:02, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour, la licence a été régénérée, les transferts devraient repartir.
""", "other", False, None, "occ", "ecoledirecte",
  "'Bien reçu, merci' from a phone quoting an answer about transfers: nothing to do.",
  x=IPH, irt="SUP-018455.1749477720.c0de@assistance.example.fr")
# --------------------------------------------------------------------- automated
AUTO = [("Auto-Submitted", "auto-replied")]


def report(kind, boundary, human, machine, original):
    """A multipart/report body (delivery-status or disposition-notification)."""
    sub = "message/delivery-status" if kind == "delivery-status" else "message/disposition-notification"
    return ("Content-Type: multipart/report; report-type=%s;\n boundary=\"%s\"\n\n"
            "This is a MIME-encapsulated message.\n\n"
            "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s\nContent-Type: %s\n\n%s\n"
            "--%s\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n"
            % (kind, boundary, boundary, human, boundary, sub, machine, boundary,
               original, boundary))


M("Brigitte Lalande", "brigitte.lalande@ac-toulouse.fr", "Absente - jury du brevet", "06-26 07:00",
  """Bonjour,

Je suis absente les 26 et 27 juin (surveillance et jury du DNB). Je
traiterai votre message à mon retour, le 30 juin.

Brigitte Lalande
""", "automated", False, None, "occ", None,
  "Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); region from the sender domain.",
  x=ZIM, f="qp", h=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])

M("Laurent Dubarry", "laurent.dubarry@ac-bordeaux.fr", "Réponse automatique : [#SUP-018390] Mot de passe e-sidoc",
  "05-26 10:15",
  """Bonjour,

Je suis en formation jusqu'au mercredi 28 mai inclus, avec un accès limité à
ma messagerie. Pour toute urgence, merci de contacter le secrétariat du
collège.

Cordialement,
L. Dubarry
""", "automated", False, None, "na", None,
  "Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress; the subject quotes a password ticket but nothing is asked.",
  x=OUT, h=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", "<SUP-018390.1748247000.5e21@assistance.example.fr>")])

M("Christiane Pouget", "christiane.pouget@ac-montpellier.fr", "Absence", "06-05 12:01",
  """Bonjour,
Merci pour votre message. Je suis absente jusqu'au 10 juin (pont de la
Pentecôte compris). Votre courriel ne sera pas transféré.
C. Pouget
""", "automated", False, None, "occ", None,
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  hard=True, x=TB)

M("École de Saint-Pierre-de-Chignac", "ecole.stpierredechignac@gmail.com", "Fermeture de l'école - pont de l'Ascension",
  "05-29 09:30",
  """Bonjour,

L'école est fermée du jeudi 29 mai au dimanche 1er juin (pont de
l'Ascension). Nous lirons votre message à la réouverture.

La directrice
""", "automated", False, None, None, None,
  "Gmail vacation responder of a village school (Auto-Submitted: auto-replied); personal Gmail, no region.",
  h=AUTO + [("Precedence", "bulk")])

M("Mail Delivery System", "MAILER-DAEMON@ac-bordeaux.fr", "Undelivered Mail Returned to Sender", "06-16 14:02",
  None, "automated", False, None, "na", None,
  "Postfix bounce (multipart/report): the recipient left after a transfer (user unknown). Region from the académie sender domain.",
  h=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")],
  raw=report("delivery-status", "B.1750075320/smtp.ac-bordeaux.fr",
             "This is the mail system at host smtp.ac-bordeaux.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<josiane.pradel@ac-bordeaux.fr>: user unknown\n",
             "Reporting-MTA: dns; smtp.ac-bordeaux.fr\n\nFinal-Recipient: rfc822; josiane.pradel@ac-bordeaux.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n",
             "From: Assistance <support@assistance.example.fr>\nTo: josiane.pradel@ac-bordeaux.fr\nSubject: [#SUP-018602] Votre demande\nDate: Mon, 16 Jun 2025 14:01:58 +0200\n"))

M("Microsoft Outlook", "postmaster@ecoles-cc-quercy.onmicrosoft.com", "Non remis : [#SUP-018477] Abonnement",
  "06-10 11:48", None, "automated", False, None, None, None,
  "Exchange Online non-delivery report in French (multipart/report).",
  h=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  raw=report("delivery-status", "NDR_b7e2a_quercy",
             "Votre message n'a pas pu être remis à directeur.ecole-lalbenque@ecoles-cc-quercy.fr.\n\nLa boîte aux lettres du destinataire n'existe pas ou a été désactivée.\nContactez le destinataire par un autre moyen.\n",
             "Reporting-MTA: dns;PR3P191MB0912.EURP191.PROD.OUTLOOK.COM\n\nFinal-Recipient: rfc822;directeur.ecole-lalbenque@ecoles-cc-quercy.fr\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\n",
             "From: Assistance <support@assistance.example.fr>\nSubject: [#SUP-018477] Abonnement\nDate: Tue, 10 Jun 2025 11:47:50 +0200\n"))

M("Mail Delivery System", "MAILER-DAEMON@ac-limoges.fr", "Undelivered Mail Returned to Sender", "06-23 09:14",
  None, "automated", False, "0233910A", "na", None,
  "Bounce: the official mailbox ce.0233910A@ac-limoges.fr is over quota. The failed recipient gives the UAI; still automated, never answered.",
  hard=True, h=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")],
  raw=report("delivery-status", "Q.1750662840/smtp.ac-limoges.fr",
             "This is the mail system at host smtp.ac-limoges.fr.\n\n<ce.0233910A@ac-limoges.fr>: mailbox full, quota exceeded\n",
             "Reporting-MTA: dns; smtp.ac-limoges.fr\n\nFinal-Recipient: rfc822; ce.0233910A@ac-limoges.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
             "From: Assistance <support@assistance.example.fr>\nTo: ce.0233910A@ac-limoges.fr\nSubject: [#SUP-018688] Lien de réinitialisation\n"))

M("Pierre Soulé", "pierre.soule@ac-toulouse.fr", "Lu : [#SUP-018511] Votre demande d'activation", "06-11 10:02",
  None, "automated", False, None, "occ", None,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification.",
  x=OUT, raw=report("disposition-notification", "RR_a1f0_soule",
                    "Votre message\n\n  À : Pierre Soulé\n  Objet : [#SUP-018511] Votre demande d'activation\n\na été lu le mercredi 11 juin 2025 10:02:11.\n",
                    "Reporting-UA: PR1P264MB; Microsoft Exchange Server\nFinal-Recipient: rfc822;pierre.soule@ac-toulouse.fr\nDisposition: automatic-action/MDN-sent-automatically; displayed\n",
                    "Subject: [#SUP-018511] Votre demande d'activation\n"))

M("Anne Rigal", "anne.rigal@ac-montpellier.fr", "Accusé de réception (affiché) - Re: [#SUP-018533] Convention",
  "06-12 15:40", None, "automated", False, None, "occ", None,
  "Thunderbird return receipt in French, multipart/report disposition-notification.",
  x=TB, raw=report("disposition-notification", "mdn_tb_rigal_0612",
                   "Ceci est un accusé de réception pour le courrier que vous avez envoyé à\n<anne.rigal@ac-montpellier.fr>.\n\nNote : cet accusé de réception indique seulement que le message a été\naffiché sur l'ordinateur du destinataire.\n",
                   "Reporting-UA: Mozilla Thunderbird\nFinal-Recipient: rfc822;anne.rigal@ac-montpellier.fr\nDisposition: manual-action/MDN-sent-manually; displayed\n",
                   "Subject: [#SUP-018533] Convention\n"))

M("DANE Occitanie - Lettre d'info", "lettre-info@ac-toulouse.fr", "La lettre du numérique éducatif - juin 2025",
  "06-02 06:30",
  """Au sommaire ce mois-ci :
- Fin d'année : archiver les espaces de classe de l'ENT
- Les ressources numériques pour réviser le brevet
- Calendrier des formations de rentrée

Vous recevez cette lettre car vous êtes abonné(e) à la liste.
Se désabonner : https://listes.ac-toulouse.fr/unsubscribe/lettre-info
""", "automated", False, None, "occ", None,
  "Académie newsletter: List-Id, List-Unsubscribe, Precedence: list. Region from the académie list domain.",
  f="alt", h=[("List-Id", "Lettre du numerique <lettre-info.listes.ac-toulouse.fr>"),
              ("List-Unsubscribe", "<https://listes.ac-toulouse.fr/unsubscribe/lettre-info>"),
              ("Precedence", "list")])

M("Espace Acheteur", "no-reply@espace-acheteur.example.fr", "Un compte est en attente de validation", "05-20 07:05",
  """Bonjour,

Un nouvel utilisateur, Mme Laure Fabre (collège de Saint-Affrique), a créé
un compte et attend la validation d'un administrateur de structure.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "automated", False, None, None, "espace_acheteur",
  "No-reply notification to the desk (fallback administrator): an account awaits validation. Auto-Submitted: auto-generated.",
  h=[("Auto-Submitted", "auto-generated")])

M("Signature électronique", "notifications@signature.example.fr", "Document signé : Convention de groupement 2025 - Collège de Mirepoix",
  "06-18 16:21",
  """Bonjour,

Toutes les parties ont signé le document « Convention de groupement 2025 -
Collège de Mirepoix ». Vous pouvez le télécharger depuis votre espace
pendant 30 jours.

L'équipe Signature électronique
""", "automated", False, None, None, "esignature",
  "E-signature 'completed' notification with no Auto-Submitted or Precedence: the notification sender and wording show it is automatic.",
  hard=True, f="alt")

M("Portail tickets", "noreply@tickets.example.fr", "[Ticket #44821] Mise à jour de votre ticket", "06-04 18:40",
  """Le ticket #44821 « Export des prêts bloqué » a été mis à jour par
l'éditeur.

Statut : résolu
Consultez le ticket sur le portail pour voir la réponse.

Ne répondez pas à ce message.
""", "automated", False, None, None, "ticket_portal",
  "Ticket-portal notification about a supplier ticket (Auto-Submitted: auto-generated).",
  h=[("Auto-Submitted", "auto-generated")])

M("Agenda Zimbra", "agenda-noreply@ac-poitiers.fr", "Rappel : Bilan de fin d'année - référents numériques (mar. 17 juin 14:00)",
  "06-17 13:45", None, "automated", False, None, "na", None,
  "Calendar reminder generated by the académie calendar (text/calendar part, Auto-Submitted). Region from the sender domain.",
  h=[("Auto-Submitted", "auto-generated")],
  raw=("Content-Type: multipart/alternative; boundary=\"=_cal_9f21\"\n\n"
       "--=_cal_9f21\nContent-Type: text/plain; charset=utf-8\n\n"
       "Rappel : Bilan de fin d'année - référents numériques\nQuand : mardi 17 juin 2025, 14:00 - 16:00\nOù : visioconférence\n\n"
       "--=_cal_9f21\nContent-Type: text/calendar; charset=utf-8; method=PUBLISH\n\n"
       "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:Zimbra-Calendar-Provider\nMETHOD:PUBLISH\nBEGIN:VEVENT\n"
       "UID:bilan-ref-num-2025@ac-poitiers.fr\nDTSTAMP:20250617T114500Z\nDTSTART:20250617T120000Z\n"
       "DTEND:20250617T140000Z\nSUMMARY:Bilan de fin d'année - référents numériques\nEND:VEVENT\nEND:VCALENDAR\n"
       "--=_cal_9f21--\n"))

M("IEN Figeac via Directeurs Figeac", "ien.figeac@ac-toulouse.fr",
  "Invitation : Conseil des maîtres de cycle - jeudi 12 juin", "06-05 08:00", None, "automated", False, None, "occ", None,
  "Meeting invitation (text/calendar, METHOD:REQUEST) posted by the district inspector on a directors' mailing list the desk is on: List-Id, Precedence: list; not written to us. Region from ac-toulouse.fr.",
  hard=True, to="directeurs-figeac@listes.ac-toulouse.fr", h=[("List-Id", "Directeurs de la circonscription de Figeac <directeurs-figeac.listes.ac-toulouse.fr>"),
                ("Precedence", "list")],
  raw=("Content-Type: multipart/alternative; boundary=\"=_inv_3c8\"\n\n"
       "--=_inv_3c8\nContent-Type: text/plain; charset=utf-8\n\n"
       "Conseil des maîtres de cycle 3, jeudi 12 juin 2025 de 17h à 18h30, école de Capdenac.\n\n"
       "--=_inv_3c8\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"
       "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:cmc3-figeac-20250612@ac-toulouse.fr\n"
       "DTSTART:20250612T150000Z\nDTEND:20250612T163000Z\nSUMMARY:Conseil des maîtres de cycle 3\n"
       "ORGANIZER:mailto:ien.figeac@ac-toulouse.fr\nEND:VEVENT\nEND:VCALENDAR\n--=_inv_3c8--\n"))

M("Mailinblack", "challenge@mailinblack.com", "Confirmez l'envoi de votre message à college.mirande@cd32.fr",
  "05-28 14:11",
  """Bonjour,

Votre message à college.mirande@cd32.fr est en attente. Pour qu'il soit
délivré, confirmez que vous êtes bien un humain en cliquant sur le lien
ci-dessous :

https://protect.mailinblack.com/challenge/7f3a9e

Cette demande est envoyée une seule fois par expéditeur.
""", "automated", False, None, None, None,
  "MailInBlack challenge sent to the desk because our own reply was held: machine mail, not a user's MailInBlack question. Must never be answered.",
  hard=True, f="html", h=[("Auto-Submitted", "auto-replied")])

M("Mail Delivery Subsystem", "MAILER-DAEMON@mx1.assistance.example.fr", "Delayed Mail (still being retried)",
  "06-24 12:30", None, "automated", False, None, None, None,
  "Delay warning from our own relay (Action: delayed): not a failure, still automatic.",
  h=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")],
  raw=report("delivery-status", "D.1750761000/mx1",
             "This is the mail system at host mx1.assistance.example.fr.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n<ecole.aulus@orange.fr>: connect to smtp-in.orange.fr: Connection timed out\n",
             "Reporting-MTA: dns; mx1.assistance.example.fr\n\nFinal-Recipient: rfc822; ecole.aulus@orange.fr\nAction: delayed\nStatus: 4.4.1\nWill-Retry-Until: Thu, 26 Jun 2025 12:30:00 +0200\n",
             "From: Assistance <support@assistance.example.fr>\nTo: ecole.aulus@orange.fr\nSubject: [#SUP-018720] Activation\n"))

M("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1487523309146627110", "06-08 02:59",
  None, "automated", False, None, None, None, "DMARC aggregate report (zip attachment).", lang="en",
  raw=("Content-Type: multipart/mixed; boundary=\"000000000000dmarc\"\n\n"
       "--000000000000dmarc\nContent-Type: text/plain; charset=utf-8\n\n"
       "This is an aggregate report from google.com.\n\n"
       "--000000000000dmarc\nContent-Type: application/zip; name=\"google.com!assistance.example.fr!1749254400!1749340799.zip\"\n"
       "Content-Disposition: attachment; filename=\"google.com!assistance.example.fr!1749254400!1749340799.zip\"\n"
       "Content-Transfer-Encoding: base64\n\nUEsDBBQAAAAIAAAAIQBkbWFyYy54bWyzsa/IzVEoSy0qzszPs1Uy1DNQsrNRyc0sSi0uSQQA\nUEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==\n"
       "--000000000000dmarc--\n"))

M("Assistance DSI - Académie de Montpellier", "assistance-dsi@ac-montpellier.fr",
  "[DSI-2025-33187] Accusé de réception de votre demande", "05-16 10:22",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro DSI-2025-33187. Un
technicien la prendra en charge dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.
""", "automated", False, None, "occ", None,
  "Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the sender domain.",
  h=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dsi@ac-montpellier.fr")])

M("Caroline Merle", "caroline.merle@ac-poitiers.fr", "[docs-86] mot de passe e-sidoc perdu ?", "06-06 13:50",
  """Bonjour à toutes et à tous,

Quelqu'un sait-il à qui s'adresser quand on a perdu le mot de passe
d'administration e-sidoc ? Je suis nouvelle dans le département.

Merci !
Caroline
--
Liste de diffusion des professeurs documentalistes de la Vienne
""", "automated", False, None, "na", "esidoc",
  "A librarian's real question posted to a mailing list the desk receives (List-Id, Precedence: list): not written to us, never answered. Region from ac-poitiers.fr.",
  hard=True, x=TB, to="docs-86@listes.ac-poitiers.fr",
  h=[("List-Id", "Documentalistes de la Vienne <docs-86.listes.ac-poitiers.fr>"), ("Precedence", "list"),
     ("List-Post", "<mailto:docs-86@listes.ac-poitiers.fr>")])

M("Mairie de Mauléon-Licharre", "mairie@mauleon-licharre.fr", "Re: Facture école", "05-30 16:02",
  """Bonjour,
La mairie est fermée le vendredi après-midi. Votre message sera traité
lundi matin.
Cordialement""", "automated", False, None, None, None,
  "Hosting-provider autoresponder: only X-Autoreply and X-Autorespond, no Auto-Submitted.",
  h=[("X-Autoreply", "yes"), ("X-Autorespond", "mairie@mauleon-licharre.fr")])

M("Sarah Mitchell", "s.mitchell@bordeaux-edu-partners.co.uk", "Automatic reply: Ticket update", "06-20 09:00",
  """Thank you for your email. I am out of the office until 30 June with no
access to email. For urgent matters please contact office@bordeaux-edu-partners.co.uk.

Sarah
""", "automated", False, None, None, None,
  "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
  lang="en", x=OUT, h=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("Guy Lacombe", "guy.lacombe@ac-limoges.fr", "Non lu : [#SUP-018360] Votre demande", "06-25 08:15",
  None, "automated", False, None, "na", None,
  "Outlook 'Non lu :' notice (deleted without being read), disposition-notification.",
  x=OUT, raw=report("disposition-notification", "NRN_lacombe_0625",
                    "Votre message\n\n  À : Guy Lacombe\n  Objet : [#SUP-018360] Votre demande\n\na été supprimé sans avoir été lu le mercredi 25 juin 2025 08:15.\n",
                    "Reporting-UA: Microsoft Exchange Server\nFinal-Recipient: rfc822;guy.lacombe@ac-limoges.fr\nDisposition: automatic-action/MDN-sent-automatically; deleted\n",
                    "Subject: [#SUP-018360] Votre demande\n"))

M("Secrétariat collège de Lectoure", "ce.0327908X@ac-toulouse.fr", "Fermeture estivale du secrétariat", "06-30 17:40",
  """Bonjour,

Le secrétariat du collège sera fermé du 11 juillet au 22 août. Pour les
inscriptions, les codes d'accès EcoleDirecte ou les mots de passe de
l'ENT, merci de revenir vers nous à partir du 25 août.

Bonnes vacances !
""", "automated", False, "0327908X", "occ", None,
  "Out-of-office of a school office (ce.<UAI> address) that mentions access codes and passwords; Auto-Submitted present. UAI from the address.",
  hard=True, x=ZIM, h=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("Mail Delivery System", "Mailer-Daemon@mail.ecoles-cc-bastides.fr", "Mail delivery failed: returning message to sender",
  "06-03 07:57",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ecole.monflanquin@ecoles-cc-bastides.fr
    host mail.ecoles-cc-bastides.fr [203.0.113.44]
    SMTP error from remote mail server after RCPT TO:<ecole.monflanquin@ecoles-cc-bastides.fr>:
    550 Unrouteable address

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-018540] Activation de votre abonnement
""", "automated", False, None, None, None,
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  hard=True, lang="en", h=[("Return-Path", "<>")])

M("Éditions Jeunesse Sud", "newsletter@editions-jeunesse-sud.fr", "Nos coups de cœur pour l'été : sélection CDI",
  "06-19 10:00",
  """Découvrez notre sélection de romans pour l'été, idéale pour les
listes de lecture des 6e et 5e, et nos offres spéciales collectivités
jusqu'au 15 juillet.

Pour ne plus recevoir nos messages : https://editions-jeunesse-sud.fr/desinscription
""", "automated", False, None, None, None,
  "Publisher marketing newsletter: List-Unsubscribe, Precedence: bulk.",
  f="html", h=[("List-Unsubscribe", "<https://editions-jeunesse-sud.fr/desinscription>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("ENT Occitanie", "ne-pas-repondre@ent-occitanie.example.fr", "Nouvel événement dans l'agenda de l'établissement",
  "06-16 06:15",
  """Un nouvel événement a été ajouté à l'agenda de l'établissement :

Épreuves écrites du DNB - jeudi 26 et vendredi 27 juin 2025
Salle polyvalente, collège de Saint-Girons

Ce message est généré automatiquement.
""", "automated", False, None, None, None,
  "ENT calendar notification from a do-not-reply address (Auto-Submitted: auto-generated); not one of our products.",
  h=[("Auto-Submitted", "auto-generated")])

M("Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "Delivery Status Notification (Delay)", "06-27 11:05",
  None, "automated", False, None, None, None,
  "Gmail delay notification (Action: delayed), multipart/report.", lang="en",
  h=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")],
  raw=report("delivery-status", "00000000000045ddelay",
             "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to directeur.ecole.lherm@gmail.com. Gmail will retry for 46 more hours.\n",
             "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; directeur.ecole.lherm@gmail.com\nAction: delayed\nStatus: 4.2.2\n",
             "From: Assistance <support@assistance.example.fr>\nSubject: [#SUP-018770] Votre accord\n"))
# ------------------------------------------------------------------ the wrapping
import datetime
import html as _html


def _hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def _html_of(text, cs):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join('<p class="MsoNormal">%s</p>' % "<br>\n".join(_html.escape(l) for l in p.split("\n"))
                     for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>\n'
            '<body lang="FR">\n<div class="WordSection1">\n%s\n</div>\n</body></html>\n' % (cs, body))


def _part(ctype, text, cs, cte):
    data = text.encode(cs)
    if cte == "qp":
        enc, name = quopri.encodestring(data).decode("ascii"), "quoted-printable"
    elif cte == "b64":
        enc, name = base64.encodebytes(data).decode("ascii"), "base64"
    else:
        enc = text
        name = "7bit" if all(ord(c) < 128 for c in text) else "8bit"
    return ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s"
            % (ctype, cs, name, enc if enc.endswith("\n") else enc + "\n"))


def build(m):
    name, addr = m["n"], m["a"]
    dom = addr.rsplit("@", 1)[1]
    mm, rest = m["d"].split("-")
    dd, hm = rest.split(" ")
    hh, mi = hm.split(":")
    dt = datetime.datetime(2025, int(mm), int(dd), int(hh), int(mi), RNG.randint(0, 59),
                           tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    date = email.utils.format_datetime(dt)
    extra = {k.lower(): (k, v) for k, v in m["h"]}
    lines = []
    if "return-path" in extra:
        lines.append("Return-Path: %s" % extra.pop("return-path")[1])
    else:
        lines.append("Return-Path: <%s>" % addr)
    lines.append("Delivered-To: %s" % DESK)
    ip = "192.0.2.%d" % RNG.randint(2, 250)
    recv = (dt + datetime.timedelta(seconds=RNG.randint(3, 40)))
    lines.append("Received: from smtp.%s (smtp.%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CEST)"
                 % (dom, dom, ip, "%013X" % RNG.getrandbits(52), DESK, email.utils.format_datetime(recv)))
    if "authentication-results" in extra:
        lines.append("Authentication-Results: %s" % extra.pop("authentication-results")[1])
    elif addr.lower().startswith("mailer-daemon") or "Return-Path" in [k for k, _ in m["h"]]:
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=smtp.%s;\n\tdmarc=none" % dom)
    else:
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    lines.append("From: %s" % formataddr((name, addr), charset="utf-8") if name != addr else "From: <%s>" % addr)
    lines.append("To: %s" % (m["to"] or RNG.choice([DESK, "Assistance <%s>" % DESK, "support@assistance.example.fr"])))
    if m["cc"]:
        lines.append("Cc: %s" % _hdr(m["cc"]))
    lines.append("Subject: %s" % _hdr(m["s"]))
    lines.append("Date: %s" % date)
    x = m["x"] or ""
    if "Zimbra" in x:
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6), RNG.randint(10**12, 10**13), dom)
    elif "Outlook" in x:
        mid = "<PR%dMB%04d%s@%s.PROD.OUTLOOK.COM>" % (RNG.randint(1, 3), RNG.randint(1000, 9999), "%020X" % RNG.getrandbits(80), "EURP%d" % RNG.randint(190, 195))
    elif "iPhone" in x or "Apple" in x:
        mid = "<%08X-%04X-%04X-%04X-%012X@%s>" % (RNG.getrandbits(32), RNG.getrandbits(16), RNG.getrandbits(16), RNG.getrandbits(16), RNG.getrandbits(48), dom)
    else:
        mid = "<%s.%d@%s>" % ("%016x" % RNG.getrandbits(64), int(dt.timestamp()), dom)
    lines.append("Message-ID: %s" % mid)
    if m["irt"]:
        lines.append("In-Reply-To: <%s>" % m["irt"])
        lines.append("References: <%s>" % m["irt"])
    lines.append("MIME-Version: 1.0")
    if x:
        lines.append(("User-Agent: %s" if "Thunderbird" in x else "X-Mailer: %s") % x)
    for k, v in extra.values():
        lines.append("%s: %s" % (k, v) if v else "%s:" % k)
    head = "\n".join(lines) + "\n"

    if m["raw"] is not None:
        return head + m["raw"]
    cs, f, text = m["cs"], m["f"], m["b"]
    if f == "8bit" and RNG.random() < 0.18:
        f = "b64"
    if f in ("8bit", "qp", "b64"):
        body = _part("text/plain", text, cs, f)
    elif f == "html":
        body = _part("text/html", _html_of(text, cs), cs, "qp")
    else:  # alt
        b = "----=_NextPart_%s" % ("%024X" % RNG.getrandbits(96))
        tcte = "b64" if f == "alt64" else "qp"
        body = ("Content-Type: multipart/alternative;\n\tboundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n\n--%s\n%s\n--%s\n%s\n--%s--\n"
                % (b, b, _part("text/plain", text, cs, tcte), b, _part("text/html", _html_of(text, cs), cs, tcte), b))
    if m["att"]:
        fn, ct = m["att"]
        b = "----=_Mixed_%s" % ("%020X" % RNG.getrandbits(80))
        blob = (b"%PDF-1.4\n% holdout108 placeholder\n" if ct == "application/pdf"
                else b"<html><body><form action='http://example.invalid/'></form></body></html>\n")
        blob += bytes(RNG.getrandbits(8) for _ in range(120))
        body = ("Content-Type: multipart/mixed;\n\tboundary=\"%s\"\n\n--%s\n%s\n--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                % (b, b, body, b, ct, fn, fn, base64.encodebytes(blob).decode("ascii"), b))
    return head + body


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for i, k in enumerate(order, 1):
        m = MAILS[k]
        fn = "h%03d.eml" % i
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(build(m).encode("utf-8"))
        lab = {"file": fn}
        lab.update(m["label"])
        labels.append((lab, m["a"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab, _ in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def _text_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        try:
            out.append(part.get_content() if part.get_content_type().startswith("text/") else "")
        except Exception:
            payload = part.get_payload(decode=True) or b""
            out.append(payload.decode("utf-8", "replace"))
    return "\n".join(str(o) for o in out)


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh]
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert len(emls) == 150 and len(labels) == 150
    assert [l["file"] for l in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    for lab in labels:
        assert list(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert not any(isinstance(d, email.errors.StartBoundaryNotFoundDefect) for d in msg.defects)
        sender = msg["From"].addresses[0].addr_spec
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if cat in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            whole = (str(msg) + _text_of(msg)).upper()
            assert lab["uai"] in whole, lab
        assert lab["region"] == region_of(lab["uai"], sender), (lab, sender)
        assert lab["lang"] in ("fr", "en", "oc", "es") and lab["notes"]
    print("holdout108: 150 mails and labels checked")


if __name__ == "__main__":
    main()
